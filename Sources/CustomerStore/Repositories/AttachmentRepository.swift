import Foundation
import GRDB
import CustomerCore

/// Documents on a profile (PRODUCT §6): metadata in SQLite, bytes in `AttachmentFileStore`.
public struct AttachmentRepository: AttachmentsStore {
    let database: AppDatabase
    public let files: AttachmentFileStore

    public init(database: AppDatabase, files: AttachmentFileStore? = nil) {
        self.database = database
        let root = database.attachmentsDirectory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("clientele-attachments-\(ProcessInfo.processInfo.processIdentifier)")
        self.files = files ?? AttachmentFileStore(root: root)
    }

    static let columns = "id, customer_id, file_name, file_type, byte_count, content_hash, created_at"

    static func attachment(_ row: Row) -> Attachment {
        Attachment(id: row["id"], customerID: row["customer_id"], fileName: row["file_name"],
                   fileType: AttachmentFileType(rawValue: row["file_type"]) ?? .pdf, byteCount: row["byte_count"],
                   contentHash: row["content_hash"], createdAt: StoredTime.decode(row["created_at"] as Int64))
    }

    public func attachments(for customerID: CustomerID) throws -> [Attachment] {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM attachment WHERE customer_id = ? ORDER BY created_at DESC, id DESC",
                           arguments: [customerID], Self.attachment)
        }
    }

    /// Attaches a file read from disk; the size limit is enforced while reading, never after
    /// loading a huge file whole.
    public func attach(fileAt path: String, to customerID: CustomerID, now: Date = Date()) throws -> Attachment {
        let url = URL(fileURLWithPath: path)
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw StoreError.fileProblem("cannot open \(path)")
        }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: AttachmentRules.maximumBytes + 1) ?? Data()
        return try attach(data: data, fileName: url.lastPathComponent, to: customerID, now: now)
    }

    /// Checks type, size and the per-profile limit, stores the bytes, then the row. The limit is
    /// checked inside the write transaction, so two counters cannot together pass 100 files.
    public func attach(data: Data, fileName: String, to customerID: CustomerID, now: Date = Date()) throws -> Attachment {
        _ = try check(data: data, fileName: fileName, existing: 0)
        try Self.refuseSensitive(name: fileName)
        let hash = try files.store(data)
        return try database.writer.write { db in
            let existing = try Int.fetchOne(db, sql: "SELECT count(*) FROM attachment WHERE customer_id = ?", arguments: [customerID]) ?? 0
            let type = try check(data: data, fileName: fileName, existing: existing)
            let name = fileName.trimmingCharacters(in: .whitespaces)
            try db.execute(sql: "INSERT INTO attachment (customer_id, file_name, file_type, byte_count, content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [customerID, name, type.rawValue, data.count, hash, StoredTime.encode(now)])
            try CustomerRepository.touchActivity(db, customerID: customerID, at: now)
            return Attachment(id: db.lastInsertedRowID, customerID: customerID, fileName: name, fileType: type,
                              byteCount: data.count, contentHash: hash, createdAt: now)
        }
    }

    /// A document's name is stored and shown: a scan named `4111111111111111.pdf` keeps its bytes
    /// out of the folder and its name out of the table (checked before the bytes are kept).
    static func refuseSensitive(name: String) throws {
        if let finding = SensitiveDataGuard.scan(name) {
            throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "File name", problem: ValidationProblem(finding))]))
        }
    }

    func check(data: Data, fileName: String, existing: Int) throws -> AttachmentFileType {
        do { return try AttachmentRules.check(fileName: fileName, content: data, existingCount: existing) } catch {
            throw StoreError.attachmentRefused(error)
        }
    }

    public func rename(id: Int64, to name: String) throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.count > 255 || trimmed.contains("/") {
            throw StoreError.attachmentRefused(.badName(name))
        }
        try Self.refuseSensitive(name: trimmed)
        try database.writer.write { db in
            try db.execute(sql: "UPDATE attachment SET file_name = ? WHERE id = ?", arguments: [trimmed, id])
            if db.changesCount == 0 { throw StoreError.notFound(what: "document", id: id) }
        }
    }

    /// Deletes the row; the file goes too when no other profile refers to the same content.
    public func delete(id: Int64) throws {
        let hash: String? = try database.writer.write { db in
            let hash = try String.fetchOne(db, sql: "SELECT content_hash FROM attachment WHERE id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM attachment WHERE id = ?", arguments: [id])
            return hash
        }
        if let hash {
            let referenced = try database.writer.read { db in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM attachment WHERE content_hash = ?", arguments: [hash]) ?? false
            }
            files.removeIfUnreferenced(hash: hash, stillReferenced: referenced)
        }
    }

    /// Writes a copy of the document into `directory` ("download"), never overwriting a file there.
    public func export(_ attachment: Attachment, to directory: String) throws -> String {
        let data = try files.read(hash: attachment.contentHash)
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        var destination = base.appendingPathComponent(attachment.fileName)
        var counter = 1
        while FileManager.default.fileExists(atPath: destination.path) {
            let name = (attachment.fileName as NSString).deletingPathExtension
            let ext = (attachment.fileName as NSString).pathExtension
            destination = base.appendingPathComponent("\(name) (\(counter))" + (ext.isEmpty ? "" : ".\(ext)"))
            counter += 1
        }
        try data.write(to: destination, options: .atomic)
        return destination.path
    }
}
