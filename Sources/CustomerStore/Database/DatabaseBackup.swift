import Foundation
import GRDB
import CustomerCore

/// `clientele backup FILE`: an online, consistent copy of the database made while other counters
/// write, and the document files it refers to copied into `attachments/` beside it.
///
/// The copy is `VACUUM INTO` a `FILE.partial-…` (one read transaction, so one committed state; see
/// DECISIONS 2026-12-02 for the figures against the backup API). The list of content files is read
/// from that copy, not from the live database, so that a document attached meanwhile at another
/// counter is never referenced without its file. The files go in first (each through a temporary
/// name, hard-linked when on the same file system, else copied, and checked by size); the database
/// file is put in place last with `link(2)`, which refuses a name that appeared meanwhile. A failure
/// removes the partial file and the content files this run added: nothing half made is left.
struct DatabaseBackup {
    let database: AppDatabase

    func write(to path: String) throws -> BackupSummary {
        let started = Date()
        let destination = URL(fileURLWithPath: path)
        let folder = destination.deletingLastPathComponent()
        try Self.refuseUnusable(destination, folder: folder)
        let partial = folder.appendingPathComponent("\(destination.lastPathComponent).partial-\(UUID().uuidString)")
        let targetFiles = AttachmentFileStore(root: folder.appendingPathComponent("attachments", isDirectory: true))
        var placed: [URL] = []
        do {
            // Its read lock keeps other counters' saves waiting until the copy is made: they say for what.
            let activity = ActivityReporter(file: database.activityFile, operation: .backingUp)
            activity.progress(nil)
            defer { activity.finish() }
            try database.writer.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [partial.path])
            }
            // An import under way at another counter is, in that committed state, some of its slices
            // and its marker: not finished, so not in the backup (whole or absent, as anywhere else).
            try InterruptedImports.removeAll(inCopyAt: partial.path)
            let contents = try Self.contents(of: partial.path)
            var bytes = try Self.size(of: partial.path)
            if !contents.files.isEmpty {
                guard let source = database.attachmentsDirectory.map(AttachmentFileStore.init(root:)) else {
                    throw StoreError.fileProblem("an in-memory database has no document files to back up")
                }
                for (hash, byteCount) in contents.files.sorted(by: { $0.key < $1.key }) {
                    if try Self.copy(hash: hash, byteCount: byteCount, from: source, to: targetFiles) {
                        placed.append(targetFiles.url(forHash: hash))
                    }
                    bytes += byteCount
                }
            }
            try Self.synchronize(file: partial.path)
            // link, not rename: a FILE created since the check above is refused, never replaced.
            guard link(partial.path, destination.path) == 0 else {
                if errno == EEXIST { throw StoreError.fileExists(path: destination.path) }
                throw StoreError.fileProblem("cannot put the backup in place at \(destination.path): \(String(cString: strerror(errno)))")
            }
            unlink(partial.path)
            AttachmentFileStore.syncDirectory(folder)
            return BackupSummary(file: path, customers: contents.customers, documents: contents.documents, files: contents.files.count,
                                 bytes: bytes, seconds: Date().timeIntervalSince(started))
        } catch {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(partial.path + suffix) }
            for url in placed { unlink(url.path) }
            throw error
        }
    }

    /// FILE exists (whatever it is), or its folder is missing, not a folder, or not writable.
    static func refuseUnusable(_ destination: URL, folder: URL) throws {
        var status = stat()
        if lstat(destination.path, &status) == 0 { throw StoreError.fileExists(path: destination.path) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            throw StoreError.unusableDestination(path: destination.path, reason: "the folder \(folder.path) does not exist")
        }
        guard isFolder.boolValue else {
            throw StoreError.unusableDestination(path: destination.path, reason: "\(folder.path) is not a folder")
        }
        guard access(folder.path, W_OK | X_OK) == 0 else {
            throw StoreError.unusableDestination(path: destination.path, reason: "the folder \(folder.path) is not writable")
        }
    }

    /// What the copy holds: its customers and documents, and every content file it refers to with
    /// its size — its documents' and those its merge records keep for undo.
    static func contents(of path: String) throws -> (customers: Int, documents: Int, files: [String: Int64]) {
        var configuration = Configuration()
        configuration.readonly = true
        let copy = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? copy.close() }
        return try copy.read { db in
            let customers = try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM attachment") ?? 0
            return (customers, documents, try referencedFiles(db))
        }
    }

    /// Every content file a database refers to, with its size: its documents' and those its merge
    /// records keep for undo.
    static func referencedFiles(_ db: Database) throws -> [String: Int64] {
            var files: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT content_hash, max(byte_count) AS bytes FROM attachment GROUP BY content_hash") {
                files[row["content_hash"] as String] = row["bytes"] as Int64
            }
            for json in try String.fetchAll(db, sql: "SELECT snapshot FROM merge_record") {
                // An older snapshot's shape keeps no document we could name.
                guard let snapshot = try? JSONDecoder().decode(MergeSnapshot.self, from: Data(json.utf8)) else { continue }
                for attachment in snapshot.droppedAttachments where files[attachment.contentHash] == nil {
                    files[attachment.contentHash] = Int64(attachment.byteCount)
                }
            }
            return files
    }

    /// Puts the content file `hash` into `target` (a hard link, else a copy, through a temporary name,
    /// checked by size); true when this call placed it, false when an earlier backup there already had it.
    static func copy(hash: String, byteCount: Int64, from source: AttachmentFileStore, to target: AttachmentFileStore) throws -> Bool {
        let from = source.url(forHash: hash), to = target.url(forHash: hash)
        if (try? size(of: to.path)) == byteCount { return false }
        guard (try? size(of: from.path)) == byteCount else {
            throw StoreError.fileProblem("the document file \(hash.prefix(12))… is missing or not \(byteCount) bytes in \(source.root.path); nothing was backed up")
        }
        let temporary = target.root.appendingPathComponent(".tmp-backup-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.fileProblem("cannot write in \(target.root.path): \(error.localizedDescription)")
        }
        do {
            if link(from.path, temporary.path) != 0 {
                // Another file system (EXDEV), or one without hard links: the bytes are copied.
                try FileManager.default.copyItem(at: from, to: temporary)
                try synchronize(file: temporary.path)
            }
            guard try size(of: temporary.path) == byteCount else {
                throw StoreError.fileProblem("the copy of document file \(hash.prefix(12))… is not \(byteCount) bytes")
            }
            guard rename(temporary.path, to.path) == 0 else {
                throw StoreError.fileProblem("cannot move a document file into \(target.root.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        AttachmentFileStore.syncDirectory(to.deletingLastPathComponent())
        return true
    }

    static func size(of path: String) throws -> Int64 {
        var status = stat()
        guard stat(path, &status) == 0 else { throw StoreError.fileProblem("cannot read \(path): \(String(cString: strerror(errno)))") }
        return Int64(status.st_size)
    }

    static func synchronize(file path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.fileProblem("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw StoreError.fileProblem("cannot save \(path): \(String(cString: strerror(errno)))") }
    }
}
