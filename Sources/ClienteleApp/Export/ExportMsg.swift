/// Answers for the export dialog.
public enum ExportMsg: Equatable, Sendable {
    case exported(count: Int, path: String)
    /// The file could not be created; nothing was written.
    case cannotWrite(path: String)
    /// The folder it would go in does not exist; nothing was written.
    case noFolder(path: String)
    /// A file is there already; nothing was written until the person says to replace it.
    case fileExists(path: String)
}
