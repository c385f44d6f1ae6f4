import Foundation

/// Documents on a profile (PRODUCT §6): checked by type and size, at most
/// `AttachmentRules.maximumFilesPerCustomer` a profile (refusals are `StoreError.attachmentRefused`).
public protocol AttachmentsStore: Sendable {
    /// Newest first.
    func attachments(for customerID: CustomerID) throws -> [Attachment]
    /// Attaches a file read from disk; the size limit is enforced while reading.
    func attach(fileAt path: String, to customerID: CustomerID, now: Date) throws -> Attachment
    func attach(data: Data, fileName: String, to customerID: CustomerID, now: Date) throws -> Attachment
    func rename(id: Int64, to name: String) throws
    func delete(id: Int64) throws
    /// One document, or nil when there is none with that id.
    func attachment(id: Int64) throws -> Attachment?
    /// A readable file holding the document's bytes (for SQLite, the stored file itself: read it, never write it).
    func contentFile(of attachment: Attachment) throws -> URL
    /// Writes a copy into `directory` under the document's name; returns its path. When a file of
    /// that name is there: replaced if `replacing`, else `StoreError.fileExists`. A missing folder is
    /// `StoreError.fileProblem`.
    func export(_ attachment: Attachment, to directory: String, replacing: Bool) throws -> String
}

extension AttachmentsStore {
    public func attach(fileAt path: String, to customerID: CustomerID) throws -> Attachment {
        try attach(fileAt: path, to: customerID, now: Date())
    }

    public func attach(data: Data, fileName: String, to customerID: CustomerID) throws -> Attachment {
        try attach(data: data, fileName: fileName, to: customerID, now: Date())
    }

    /// Writes a copy into `directory` ("download"), never overwriting: a name already taken there
    /// becomes "name (1).pdf", "name (2).pdf"…; returns the path written.
    public func export(_ attachment: Attachment, to directory: String) throws -> String {
        var candidate = attachment
        for counter in 0... {
            candidate.fileName = NumberedFileName.candidate(attachment.fileName, counter)
            do { return try export(candidate, to: directory, replacing: false) } catch StoreError.fileExists {
                if counter >= 10_000 { throw StoreError.fileExists(path: (directory as NSString).appendingPathComponent(attachment.fileName)) }
            }
        }
        fatalError("unreachable")
    }
}
