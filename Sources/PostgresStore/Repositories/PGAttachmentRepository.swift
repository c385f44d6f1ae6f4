import CustomerCore
import Foundation

/// Documents on a profile on PostgreSQL (PRODUCT §6): metadata in `attachment`, bytes in the
/// database too (`PGDocumentContent`), so that every counter reads them. `AttachmentRepository`'s
/// contract: the same name, type and size refusals, in the same order, the same 100-a-profile limit.
///
/// The limit under concurrent writers: the attach's transaction locks the profile's row
/// (`FOR NO KEY UPDATE`, which every attach to it takes, and which a note's or a booking's foreign key
/// does not wait for) before counting, so two counters adding the hundredth document count one
/// after the other. The lock is taken after the bytes are stored, so it is held for a moment, not
/// for the reading of a 20 MB file.
public struct PGAttachmentRepository: AttachmentsStore {
    let link: PGLink

    static let columns = "id, customer_id, file_name, file_type, byte_count, content_hash, created_at"

    static func attachment(_ row: PGRow) throws -> Attachment {
        Attachment(id: try row.int("id"), customerID: try row.int("customer_id"), fileName: try row.text("file_name"),
                   fileType: AttachmentFileType(rawValue: try row.text("file_type")) ?? .pdf, byteCount: Int(try row.int("byte_count")),
                   contentHash: try row.text("content_hash"), createdAt: StoredTime.decode(try row.int("created_at")))
    }

    /// Newest first.
    public func attachments(for customerID: CustomerID) throws -> [Attachment] {
        try link.query("SELECT \(Self.columns) FROM attachment WHERE customer_id = ? ORDER BY created_at DESC, id DESC", [customerID])
            .map(Self.attachment)
    }

    public func attachment(id: Int64) throws -> Attachment? {
        try link.one("SELECT \(Self.columns) FROM attachment WHERE id = ?", [id]).map(Self.attachment)
    }

    /// Attaches a file read from disk, a chunk at a time (`PGFileUpload`): the size limit is enforced
    /// while reading, so memory stays at one chunk and a 2 GB file is refused after reading a little
    /// over 20 MB.
    public func attach(fileAt path: String, to customerID: CustomerID, now: Date) throws -> Attachment {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        try Self.refuseName(fileName)
        try refuseWhenFull(customerID)
        let source = try PGFileUpload.Source(path: path)
        return try link.write { db in
            var upload = PGContentUpload(db)
            let type = try PGFileUpload.read(source, fileName: fileName, into: &upload)
            let hash = try upload.finish()
            return try Self.insert(db, hash: hash, type: type, byteCount: upload.byteCount, fileName: fileName, to: customerID, now: now)
        }
    }

    /// Checks type and size first (the bytes are in memory already), then stores them a chunk at a time.
    public func attach(data: Data, fileName: String, to customerID: CustomerID, now: Date) throws -> Attachment {
        try Self.refuseName(fileName)
        let type: AttachmentFileType
        do { type = try AttachmentRules.check(fileName: fileName, content: data, existingCount: 0) } catch {
            throw StoreError.attachmentRefused(error)
        }
        try refuseWhenFull(customerID)
        return try link.write { db in
            var upload = PGContentUpload(db)
            var offset = data.startIndex
            while offset < data.endIndex {
                let end = data.index(offset, offsetBy: PGDocumentContent.chunkSize, limitedBy: data.endIndex) ?? data.endIndex
                try upload.append(data[offset..<end])
                offset = end
            }
            let hash = try upload.finish()
            return try Self.insert(db, hash: hash, type: type, byteCount: data.count, fileName: fileName, to: customerID, now: now)
        }
    }

    /// Refused before a byte is read when the profile is full (checked again, locked, in `insert`).
    func refuseWhenFull(_ customerID: CustomerID) throws {
        let existing = Int(try link.int("SELECT count(*) FROM attachment WHERE customer_id = ?", [customerID]) ?? 0)
        if existing >= AttachmentRules.maximumFilesPerCustomer { throw StoreError.attachmentRefused(.tooManyFiles(existing: existing)) }
    }

    static func refuseName(_ fileName: String) throws {
        let trimmed = fileName.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.count > 255 || trimmed.contains("/") || trimmed.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw StoreError.attachmentRefused(.badName(fileName))
        }
        try refuseSensitive(name: fileName)
    }

    /// A document's name is stored and shown: a scan named `4111111111111111.pdf` keeps its bytes
    /// and its name out of the database (checked before the bytes are sent).
    static func refuseSensitive(name: String) throws {
        if let finding = SensitiveDataGuard.scan(name) {
            throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "File name", problem: ValidationProblem(finding))]))
        }
    }

    /// The row for content stored in this transaction, the count checked with the profile locked.
    static func insert(_ db: PGLink, hash: String, type: AttachmentFileType, byteCount: Int, fileName: String,
                       to customerID: CustomerID, now: Date) throws -> Attachment {
        let name = fileName.trimmingCharacters(in: .whitespaces)
        guard try db.one("SELECT 1 FROM customer WHERE id = ? FOR NO KEY UPDATE", [customerID]) != nil else {
            throw StoreError.notFound(what: "customer", id: customerID)
        }
        let existing = Int(try db.int("SELECT count(*) FROM attachment WHERE customer_id = ?", [customerID]) ?? 0)
        if existing >= AttachmentRules.maximumFilesPerCustomer { throw StoreError.attachmentRefused(.tooManyFiles(existing: existing)) }
        guard let id = try db.int("""
            INSERT INTO attachment (customer_id, file_name, file_type, byte_count, content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id
            """, [customerID, name, type.rawValue, byteCount, hash, StoredTime.encode(now)]) else {
            throw StoreError.fileProblem("the server returned no id for a new document")
        }
        try PGCustomerRepository.touchActivity(db, customerID: customerID, at: now)
        return Attachment(id: id, customerID: customerID, fileName: name, fileType: type, byteCount: byteCount, contentHash: hash, createdAt: now)
    }

    /// A readable file of the content: this process's copy (`PGDocumentCache`), written from the
    /// database when there is none; refused when the database no longer holds the content.
    public func contentFile(of attachment: Attachment) throws -> URL {
        try link.read { db in try PGDocumentCache.file(db, of: attachment) }
    }

    public func rename(id: Int64, to name: String) throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.count > 255 || trimmed.contains("/") {
            throw StoreError.attachmentRefused(.badName(name))
        }
        try Self.refuseSensitive(name: trimmed)
        try link.write { db in
            if try db.execute("UPDATE attachment SET file_name = ? WHERE id = ?", [trimmed, id]) == 0 {
                throw StoreError.notFound(what: "document", id: id)
            }
        }
    }

    /// Deletes the row; the content goes too when nothing else refers to it (decided inside the
    /// transaction, with the content locked: see `PGDocumentContent`).
    public func delete(id: Int64) throws {
        try link.write { db in
            let hash = try db.one("DELETE FROM attachment WHERE id = ? RETURNING content_hash", [id]).map { try $0.text(0) }
            if let hash { try PGDocumentContent.removeIfUnreferenced(db, hash: hash) }
        }
    }

    /// Streams the content into `directory/<name>` through a temporary file there (fsync, then a
    /// link that fails if the name is taken, or a rename when replacing).
    public func export(_ attachment: Attachment, to directory: String, replacing: Bool) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StoreError.fileProblem("there is no folder \(directory)")
        }
        try Self.refuseName(attachment.fileName)
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        let destination = folder.appendingPathComponent(attachment.fileName)
        if !replacing, FileManager.default.fileExists(atPath: destination.path) { throw StoreError.fileExists(path: destination.path) }
        guard PGDocumentContent.isHash(attachment.contentHash) else {
            throw StoreError.fileProblem("the document \(attachment.contentHash.prefix(12))… is missing from the database")
        }
        let temporary = folder.appendingPathComponent(".\(attachment.fileName).tmp-\(UUID().uuidString)")
        do {
            try link.read { db in try PGDocumentContent.copy(db, hash: attachment.contentHash, to: temporary.path) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.fileProblem("cannot write in \(directory): \(error)")
        }
        chmod(temporary.path, 0o644)  // a download for the shop to open, not the store's private copy
        defer { unlink(temporary.path) }
        if replacing {
            guard Glibc.rename(temporary.path, destination.path) == 0 else {
                throw StoreError.fileProblem("cannot write \(destination.path): \(String(cString: strerror(errno)))")
            }
        } else if Glibc.link(temporary.path, destination.path) != 0 {
            if errno == EEXIST { throw StoreError.fileExists(path: destination.path) }
            // A file system without hard links (a FAT USB stick): checked, then renamed.
            guard !FileManager.default.fileExists(atPath: destination.path) else { throw StoreError.fileExists(path: destination.path) }
            guard Glibc.rename(temporary.path, destination.path) == 0 else {
                throw StoreError.fileProblem("cannot write \(destination.path): \(String(cString: strerror(errno)))")
            }
        }
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 { fsync(descriptor); close(descriptor) }
        return destination.path
    }
}
