/// Answers for the export dialog.
public enum ExportMsg: Equatable, Sendable {
    case exported(count: Int, path: String)
    /// The file could not be created; nothing was written.
    case cannotWrite(path: String)
}
