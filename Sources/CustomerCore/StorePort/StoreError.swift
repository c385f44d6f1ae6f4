import Foundation

/// What can go wrong in the store, worded for the person at the counter. Part of the port: every
/// backend throws these, so the interface and the command line handle a conflict or a refusal the
/// same way whichever store is behind them.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Someone else saved this profile since it was loaded; `current` is what is stored now.
    case conflict(current: Customer)
    case notFound(what: String, id: Int64)
    case invalid(ValidationFailure)
    case networkFileSystem(path: String, type: String)
    case duplicateName(what: String, name: String)
    case attachmentRefused(AttachmentRules.Refusal)
    case fileProblem(String)
    /// A file of that name is already there and was not to be replaced (a document's export).
    case fileExists(path: String)
    /// A file cannot be written there (a backup's folder missing or read-only); `reason` says which.
    case unusableDestination(path: String, reason: String)

    public var description: String {
        switch self {
        case .conflict(let current):
            "\(current.displayName) was changed at another counter since you opened it (now version \(current.version)); review the changes and save again"
        case .notFound(let what, let id):
            "no \(what) with id \(id)"
        case .invalid(let failure):
            failure.description
        case .networkFileSystem(let path, let type):
            "\(path) is on a network file system (\(type)); SQLite cannot lock it safely — keep the database on a local disk"
        case .duplicateName(let what, let name):
            "a \(what) named “\(name)” already exists"
        case .attachmentRefused(let refusal):
            refusal.description
        case .fileProblem(let message):
            message
        case .fileExists(let path):
            "\(path) already exists; choose another folder or name, or replace it"
        case .unusableDestination(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
