import CustomerCore

/// Answers about a card's documents.
public enum DocumentsMsg: Equatable, Sendable {
    case pathCompleted(String, candidates: [String])
    case attached(Attachment)
    /// The store or the file system refused (a rule, a missing folder): said in the open prompt.
    case refused(String)
    case renamed(String)
    case exported(path: String)
    /// A file of that name is in the folder: asked before replacing it.
    case exportWouldReplace(Attachment, folder: String, path: String)
    case deleted(String)
    case previewed(attachmentID: Int64, DocumentDetails, PreviewOutcome)
}
