import Crypto
import CustomerCore
import Foundation

/// A document's bytes on their way into `attachment_content_chunk`, inside the attach's transaction:
/// each chunk is stored as it comes under a temporary key (64 random hex digits, a key no content
/// has) while it is hashed, so nothing holds the whole document; `finish` then gives the chunks
/// their hash's key, or drops them when that content is already stored. A refusal or a failure
/// rolls the transaction back and the temporary chunks with it: no other counter ever sees them.
struct PGContentUpload {
    let db: PGLink
    let temporaryKey: String
    private var hasher = SHA256()
    private var position: Int64 = 0
    private(set) var byteCount = 0

    init(_ db: PGLink) {
        precondition(db.isInTransaction, "an upload outside the attach's transaction")
        self.db = db
        temporaryKey = (UUID().uuidString + UUID().uuidString).replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// Stores `bytes` (at most `PGDocumentContent.chunkSize`) as the next chunk.
    mutating func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard !bytes.isEmpty else { return }
        hasher.update(bufferPointer: bytes)
        try db.execute("INSERT INTO attachment_content_chunk (content_hash, position, bytes) VALUES (?, ?, ?)",
                       [temporaryKey, position, PGBytes(bytes)])
        position += 1
        byteCount += bytes.count
    }

    mutating func append(_ data: Data) throws {
        try data.withUnsafeBytes { try append($0) }
    }

    /// The content's hash, its chunks under that key (and the stored content locked until the
    /// transaction ends, `PGDocumentContent.lockStored`).
    func finish() throws -> String {
        let hash = PGDocumentContent.hex(hasher.finalize())
        while true {
            if try PGDocumentContent.lockStored(db, hash: hash) {
                try db.execute("DELETE FROM attachment_content_chunk WHERE content_hash = ?", [temporaryKey])
                return hash
            }
            do {
                try db.savepoint { db in
                    try db.execute("UPDATE attachment_content_chunk SET content_hash = ? WHERE content_hash = ?", [hash, temporaryKey])
                }
                return hash
            } catch let error as PGServerError where error.isUniqueViolation {
                // Another counter stored the same bytes and committed meanwhile: use theirs (locked, above).
                continue
            }
        }
    }
}
