import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only; owned by the documents part): the signatures are fixed, the
// bodies are to be written.
/// A document's bytes in `attachment_content_chunk`: content-addressed, ≤ 1 MiB a chunk.
enum PGDocumentContent {
    /// Deletes the chunks of `hash` unless an attachment row still names it or a merge record's
    /// snapshot keeps it (undo brings it back); inside the caller's transaction.
    static func removeIfUnreferenced(_ db: PGLink, hash: String) throws { throw PGUnported(part: "PGDocumentContent") }

    /// Writes the bytes of `hash` to a new file at `path` (streamed a chunk at a time).
    static func copy(_ db: PGLink, hash: String, to path: String) throws { throw PGUnported(part: "PGDocumentContent") }
}
