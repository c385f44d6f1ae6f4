import Crypto
import CustomerCore
import Foundation

/// A document's bytes in `attachment_content_chunk`: content-addressed (the hex SHA-256 of the
/// bytes), ≤ 1 MiB a chunk, so that neither a write nor a read holds a whole document in memory.
///
/// Why the locks: under READ COMMITTED a delete deciding "nobody refers to this content" cannot
/// see another counter's attach that found the content and has not committed its row yet. So an
/// attach that reuses stored content holds a share lock on its first chunk (`lockStored`) until it
/// commits, and a removal takes the first chunk `FOR UPDATE` before it looks for references: it
/// waits for that attach, and its next statement sees the attach's row. An attach that comes
/// second finds the chunk gone (a locking read skips a row deleted meanwhile) and stores the bytes again.
enum PGDocumentContent {
    static let chunkSize = 1 << 20

    /// SQL true when the content named by `hash` (a column or a `?`) is still needed: an attachment
    /// row names it, or a merge record's snapshot keeps it (undo brings it back). The one definition
    /// the attach, the delete, the erasure, the purge, `check`'s sweep and the backup share.
    static func isReferenced(_ hash: String) -> String {
        "(EXISTS (SELECT 1 FROM attachment a WHERE a.content_hash = \(hash)) OR EXISTS (SELECT 1 FROM merge_record m WHERE strpos(m.snapshot, \(hash)) > 0))"
    }

    /// Deletes the chunks of `hash` unless it is still referenced (`isReferenced`), inside the
    /// caller's transaction; true when it deleted them.
    @discardableResult
    static func removeIfUnreferenced(_ db: PGLink, hash: String) throws -> Bool {
        guard try db.one("SELECT 1 FROM attachment_content_chunk WHERE content_hash = ? AND position = 0 FOR UPDATE", [hash]) != nil else {
            return false
        }
        guard try db.one("SELECT 1 WHERE \(isReferenced("?::text"))", [hash, hash]) == nil else { return false }
        try db.execute("DELETE FROM attachment_content_chunk WHERE content_hash = ?", [hash])
        PGDocumentCache.forget(hash: hash)
        return true
    }

    /// Writes the bytes of `hash` to a new file at `path` (streamed a chunk at a time), synced;
    /// refused when the database holds no such content. A failure leaves no file.
    static func copy(_ db: PGLink, hash: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.fileProblem("cannot write \(path): \(String(cString: strerror(errno)))") }
        let written = ChunkWriter(descriptor: descriptor)
        do {
            // One statement: one snapshot of the rows, however long the reading takes.
            try db.forEachRow("SELECT bytes FROM attachment_content_chunk WHERE content_hash = ? ORDER BY position", [hash]) { row in
                var bytes = try row.bytes(0)
                try bytes.withUnsafeReadableBytes { try written.write($0, to: path) }
                bytes.clear()
            }
            guard written.total > 0 else {
                throw StoreError.fileProblem("the document \(hash.prefix(12))… is missing from the database")
            }
            guard fsync(descriptor) == 0 else { throw StoreError.fileProblem("cannot write \(path): \(String(cString: strerror(errno)))") }
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(path)
            throw error
        }
    }

    /// Whether the database holds the content (its first chunk).
    static func isStored(_ db: PGLink, hash: String) throws -> Bool {
        try db.one("SELECT 1 FROM attachment_content_chunk WHERE content_hash = ? AND position = 0", [hash]) != nil
    }

    /// The content is stored: its first chunk share-locked until the transaction ends (see above).
    static func lockStored(_ db: PGLink, hash: String) throws -> Bool {
        try db.one("SELECT 1 FROM attachment_content_chunk WHERE content_hash = ? AND position = 0 FOR KEY SHARE", [hash]) != nil
    }

    /// A hex SHA-256, and nothing that could name another path.
    static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// Writes the rows `copy` reads to the open file, counting what it wrote.
    private final class ChunkWriter: @unchecked Sendable {
        let descriptor: Int32
        private(set) var total = 0

        init(descriptor: Int32) { self.descriptor = descriptor }

        func write(_ raw: UnsafeRawBufferPointer, to path: String) throws {
            var offset = 0
            while offset < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.fileProblem("cannot write \(path): \(String(cString: strerror(errno)))")
                }
                offset += count
            }
            total += raw.count
        }
    }
}
