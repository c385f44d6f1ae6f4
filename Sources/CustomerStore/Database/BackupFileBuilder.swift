import Foundation
import CustomerCore

/// A backup file whose data comes from elsewhere — a shop's PostgreSQL server — in the same shape as
/// `DatabaseBackup`'s: a Clientele file at `path` (openable with `--db path`, restorable with
/// `migrate-to`) and the documents in `attachments/` beside it. Built as `path.partial-…` and put in
/// place with `link(2)` only when whole; a failure removes the partial file and the document files
/// this run added.
public struct BackupFileBuilder {
    /// The partial file, schema made, for the caller to fill (in one write transaction).
    public let file: SQLiteDirectoryFile
    let documents: AttachmentFileStore
    var placed: [URL] = []
    public private(set) var files = 0
    public private(set) var bytes: Int64 = 0

    /// Builds the backup: `fill` writes the rows and places the documents; its answer is the
    /// customers and documents the backup holds.
    public static func make(at path: String, _ fill: (inout BackupFileBuilder) throws -> (customers: Int, documents: Int)) throws -> BackupSummary {
        let started = Date()
        let destination = URL(fileURLWithPath: path)
        let folder = destination.deletingLastPathComponent()
        try DatabaseBackup.refuseUnusable(destination, folder: folder)
        let partial = folder.appendingPathComponent("\(destination.lastPathComponent).partial-\(UUID().uuidString)")
        var builder: BackupFileBuilder?
        do {
            builder = BackupFileBuilder(file: SQLiteDirectoryFile(database: try AppDatabase(path: partial.path, access: .writes, registersPresence: false)),
                                        documents: AttachmentFileStore(root: folder.appendingPathComponent("attachments", isDirectory: true)))
            let held = try fill(&builder!)
            try DatabaseBackup.synchronize(file: partial.path)
            guard link(partial.path, destination.path) == 0 else {
                if errno == EEXIST { throw StoreError.fileExists(path: destination.path) }
                throw StoreError.fileProblem("cannot put the backup in place at \(destination.path): \(String(cString: strerror(errno)))")
            }
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(partial.path + suffix) }
            AttachmentFileStore.syncDirectory(folder)
            let fileBytes = (try? DatabaseBackup.size(of: destination.path)) ?? 0
            return BackupSummary(file: path, customers: held.customers, documents: held.documents, files: builder!.files,
                                 bytes: fileBytes + builder!.bytes, seconds: Date().timeIntervalSince(started))
        } catch {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(partial.path + suffix) }
            for url in builder?.placed ?? [] { unlink(url.path) }
            throw error
        }
    }

    /// Puts the document `hash` in the backup's `attachments/`: `write` writes its bytes to the path
    /// it is given (a temporary name); checked by size and SHA-256, then renamed into place. A file
    /// already there with that size (an earlier backup's) is kept.
    public mutating func placeDocument(hash: String, byteCount: Int64, write: (String) throws -> Void) throws {
        files += 1
        bytes += byteCount
        let target = documents.url(forHash: hash)
        if (try? DatabaseBackup.size(of: target.path)) == byteCount { return }
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.fileProblem("cannot write in \(documents.root.path): \(error.localizedDescription)")
        }
        let temporary = documents.root.appendingPathComponent(".tmp-backup-\(UUID().uuidString)")
        do {
            try write(temporary.path)
            try DatabaseBackup.synchronize(file: temporary.path)
            guard try DatabaseBackup.size(of: temporary.path) == byteCount,
                  AttachmentFileStore.hash(try Data(contentsOf: temporary, options: .alwaysMapped)) == hash else {
                throw StoreError.fileProblem("the copy of document \(hash.prefix(12))… is not the \(byteCount) bytes it was stored with; nothing was backed up")
            }
            guard rename(temporary.path, target.path) == 0 else {
                throw StoreError.fileProblem("cannot move a document file into \(documents.root.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        placed.append(target)
        AttachmentFileStore.syncDirectory(target.deletingLastPathComponent())
    }
}
