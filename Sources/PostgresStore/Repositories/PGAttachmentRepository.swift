import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGAttachmentRepository: AttachmentsStore {
    let link: PGLink

    public func attachments(for customerID: CustomerID) throws -> [Attachment] { throw PGUnported(part: "AttachmentsStore") }
    public func attach(fileAt path: String, to customerID: CustomerID, now: Date) throws -> Attachment { throw PGUnported(part: "AttachmentsStore") }
    public func attach(data: Data, fileName: String, to customerID: CustomerID, now: Date) throws -> Attachment { throw PGUnported(part: "AttachmentsStore") }
    public func rename(id: Int64, to name: String) throws { throw PGUnported(part: "AttachmentsStore") }
    public func delete(id: Int64) throws { throw PGUnported(part: "AttachmentsStore") }
    public func attachment(id: Int64) throws -> Attachment? { throw PGUnported(part: "AttachmentsStore") }
    public func contentFile(of attachment: Attachment) throws -> URL { throw PGUnported(part: "AttachmentsStore") }
    public func export(_ attachment: Attachment, to directory: String, replacing: Bool) throws -> String { throw PGUnported(part: "AttachmentsStore") }
}
