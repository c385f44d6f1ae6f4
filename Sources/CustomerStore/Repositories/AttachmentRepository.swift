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

    /// Attaches a file read from disk, streamed (`AttachmentFileStore.stream`): the size limit is
    /// enforced while reading, so memory stays at one chunk and a 2 GB file is refused after
    /// reading a little over 20 MB; the 100-a-profile limit is checked again inside the write
    /// transaction. `counter`, when given, counts the bytes read.
    public func attach(fileAt path: String, to customerID: CustomerID, now: Date, counter: AttachmentFileStore.ByteCounter?) throws -> Attachment {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        try Self.refuseName(fileName)
        try refuseWhenFull(customerID)
        let streamed = try files.stream(fileAt: path, fileName: fileName, counter: counter)
        defer { streamed.placement?.release() }  // after the row's commit (or the failure's clean-up)
        return try insert(hash: streamed.hash, type: streamed.type, byteCount: streamed.byteCount, fileName: fileName, to: customerID, now: now)
    }

    public func attach(fileAt path: String, to customerID: CustomerID, now: Date = Date()) throws -> Attachment {
        try attach(fileAt: path, to: customerID, now: now, counter: nil)
    }

    /// Checks type, size and the per-profile limit, stores the bytes, then the row. The limit is
    /// checked inside the write transaction, so two counters cannot together pass 100 files.
    public func attach(data: Data, fileName: String, to customerID: CustomerID, now: Date = Date()) throws -> Attachment {
        try Self.refuseName(fileName)
        let type = try check(data: data, fileName: fileName, existing: 0)
        try refuseWhenFull(customerID)
        let (hash, placement) = try files.storeHeld(data)
        defer { placement?.release() }  // after the row's commit (or the failure's clean-up)
        return try insert(hash: hash, type: type, byteCount: data.count, fileName: fileName, to: customerID, now: now)
    }

    func refuseWhenFull(_ customerID: CustomerID) throws {
        let existing = try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM attachment WHERE customer_id = ?", arguments: [customerID]) ?? 0
        }
        if existing >= AttachmentRules.maximumFilesPerCustomer { throw StoreError.attachmentRefused(.tooManyFiles(existing: existing)) }
    }

    static func refuseName(_ fileName: String) throws {
        let trimmed = fileName.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.count > 255 || trimmed.contains("/") || trimmed.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw StoreError.attachmentRefused(.badName(fileName))
        }
        try refuseSensitive(name: fileName)
    }

    /// The row for content already in place, the count checked inside the transaction. A refusal
    /// (or any failure) removes the content file when no row refers to it; and a content file a
    /// concurrent refusal removed in the meantime fails this attach rather than leave a row without its file.
    func insert(hash: String, type: AttachmentFileType, byteCount: Int, fileName: String, to customerID: CustomerID, now: Date) throws -> Attachment {
        let name = fileName.trimmingCharacters(in: .whitespaces)
        do {
            return try database.writer.write { db in
                let existing = try Int.fetchOne(db, sql: "SELECT count(*) FROM attachment WHERE customer_id = ?", arguments: [customerID]) ?? 0
                if existing >= AttachmentRules.maximumFilesPerCustomer { throw StoreError.attachmentRefused(.tooManyFiles(existing: existing)) }
                guard FileManager.default.fileExists(atPath: files.url(forHash: hash).path) else {
                    throw StoreError.fileProblem("the document's file was removed while it was being attached; attach it again")
                }
                try db.execute(sql: "INSERT INTO attachment (customer_id, file_name, file_type, byte_count, content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [customerID, name, type.rawValue, byteCount, hash, StoredTime.encode(now)])
                try CustomerRepository.touchActivity(db, customerID: customerID, at: now)
                return Attachment(id: db.lastInsertedRowID, customerID: customerID, fileName: name, fileType: type,
                                  byteCount: byteCount, contentHash: hash, createdAt: now)
            }
        } catch {
            try? database.writer.write { db in try removeFileIfUnreferenced(db, hash: hash) }
            throw error
        }
    }

    /// Inside a write transaction, so that no attach of the same content can add its row in between.
    func removeFileIfUnreferenced(_ db: Database, hash: String) throws {
        let referenced = try Bool.fetchOne(db, sql: "SELECT 1 FROM attachment WHERE content_hash = ? LIMIT 1", arguments: [hash]) ?? false
        files.removeIfUnreferenced(hash: hash, stillReferenced: referenced)
    }

    public func attachment(id: Int64) throws -> Attachment? {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM attachment WHERE id = ?", arguments: [id], Self.attachment).first
        }
    }

    /// The stored file itself.
    public func contentFile(of attachment: Attachment) throws -> URL {
        let url = files.url(forHash: attachment.contentHash)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw StoreError.fileProblem("the document file \(attachment.contentHash.prefix(12))… is missing from \(files.root.path)")
        }
        return url
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

    /// Deletes the row; the file goes too when no other profile refers to the same content
    /// (decided inside the transaction, so a concurrent attach of the same bytes keeps its file).
    public func delete(id: Int64) throws {
        try database.writer.write { db in
            let hash = try String.fetchOne(db, sql: "SELECT content_hash FROM attachment WHERE id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM attachment WHERE id = ?", arguments: [id])
            if let hash { try removeFileIfUnreferenced(db, hash: hash) }
        }
    }

    /// Copies the content into `directory/<name>` through a temporary file there (fsync, then a
    /// link that fails if the name is taken, or a rename when replacing).
    public func export(_ attachment: Attachment, to directory: String, replacing: Bool) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StoreError.fileProblem("there is no folder \(directory)")
        }
        try Self.refuseName(attachment.fileName)
        let destination = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(attachment.fileName)
        if !replacing, FileManager.default.fileExists(atPath: destination.path) { throw StoreError.fileExists(path: destination.path) }
        let source = try contentFile(of: attachment)
        let temporary = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(".\(attachment.fileName).tmp-\(UUID().uuidString)")
        do {
            try FileManager.default.copyItem(at: source, to: temporary)
            let descriptor = open(temporary.path, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 { fsync(descriptor); close(descriptor) }
            chmod(temporary.path, 0o644)  // a download for the shop to open, not the store's private copy
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw StoreError.fileProblem("cannot write in \(directory): \(error.localizedDescription)")
        }
        defer { unlink(temporary.path) }
        if replacing {
            guard Glibc.rename(temporary.path, destination.path) == 0 else {
                throw StoreError.fileProblem("cannot write \(destination.path): \(String(cString: strerror(errno)))")
            }
        } else if link(temporary.path, destination.path) != 0 {
            if errno == EEXIST { throw StoreError.fileExists(path: destination.path) }
            // A file system without hard links (a FAT USB stick): checked, then renamed.
            guard !FileManager.default.fileExists(atPath: destination.path) else { throw StoreError.fileExists(path: destination.path) }
            guard Glibc.rename(temporary.path, destination.path) == 0 else {
                throw StoreError.fileProblem("cannot write \(destination.path): \(String(cString: strerror(errno)))")
            }
        }
        AttachmentFileStore.syncDirectory(URL(fileURLWithPath: directory, isDirectory: true))
        return destination.path
    }
}
