import CustomerCore

/// Work on a card's documents.
public enum DocumentsEffect: Equatable, Sendable {
    case completePath(String)
    case attach(path: String, to: CustomerID)
    case rename(Attachment, to: String)
    /// A copy into `folder`; without `replacing`, a file of the same name there is asked about first.
    case export(Attachment, folder: String, replacing: Bool)
    case delete(Attachment)
    /// Metadata always, and the image (chafa) or the first page's text (pdftotext), at most width×height.
    case preview(Attachment, width: Int, height: Int)
}
