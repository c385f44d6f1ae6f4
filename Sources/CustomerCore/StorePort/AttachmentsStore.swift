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
    /// Writes a copy into `directory` ("download"), never overwriting a file there; returns its path.
    func export(_ attachment: Attachment, to directory: String) throws -> String
}

extension AttachmentsStore {
    public func attach(fileAt path: String, to customerID: CustomerID) throws -> Attachment {
        try attach(fileAt: path, to: customerID, now: Date())
    }

    public func attach(data: Data, fileName: String, to customerID: CustomerID) throws -> Attachment {
        try attach(data: data, fileName: fileName, to: customerID, now: Date())
    }
}
