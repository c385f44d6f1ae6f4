import Foundation

/// What `Maintenance.backup` wrote: the file, what it holds, how big and how long it took.
public struct BackupSummary: Hashable, Sendable {
    /// The backup's path, as given.
    public var file: String
    public var customers: Int
    /// The document rows the backup holds (each one's content file is beside it).
    public var documents: Int
    /// Content files in the backup's `attachments/` folder it refers to (documents share files by content,
    /// and merges keep those of documents left out for undo).
    public var files: Int
    /// The database file and those content files together.
    public var bytes: Int64
    public var seconds: Double

    public init(file: String, customers: Int, documents: Int, files: Int, bytes: Int64, seconds: Double) {
        self.file = file
        self.customers = customers
        self.documents = documents
        self.files = files
        self.bytes = bytes
        self.seconds = seconds
    }
}
