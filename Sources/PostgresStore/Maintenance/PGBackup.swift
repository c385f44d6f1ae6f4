import CustomerCore
import CustomerStore
import Foundation

/// `clientele backup FILE` of a server directory: a Clientele file, the same as a local directory's
/// backup (openable with `--db FILE`, restorable with `migrate-to`), with every document's bytes in
/// `attachments/` beside it. Everything is read from one snapshot of the server (REPEATABLE READ):
/// one committed state while other counters go on writing.
enum PGBackup {
    static func write(_ store: PostgresClienteleStore, to path: String) throws -> BackupSummary {
        try BackupFileBuilder.make(at: path) { builder in
            try store.link.snapshot { db in
                let target = builder.file
                try target.write { writer in
                    for name in StoredTable.directoryTables {
                        let table = try PGTableCopy.table(db, name)
                        try PGTableCopy.forEachBatch(db, of: table, size: 5_000) { rows in try writer.insert(rows, into: table) }
                    }
                }
                // Every document the data refers to: its rows', and those its merge records keep for undo.
                let documents = try db.query("""
                    SELECT c.content_hash, sum(length(c.bytes))::bigint AS bytes FROM attachment_content_chunk c
                    WHERE c.content_hash IN (SELECT f.content_hash FROM attachment_content_chunk f
                                             WHERE f.position = 0 AND \(PGDocumentContent.isReferenced("f.content_hash")))
                    GROUP BY c.content_hash ORDER BY c.content_hash
                    """)
                for row in documents {
                    let hash = try row.text("content_hash")
                    try builder.placeDocument(hash: hash, byteCount: try row.int("bytes")) { temporary in
                        try PGDocumentContent.copy(db, hash: hash, to: temporary)
                    }
                }
                return (Int(try db.int("SELECT count(*) FROM customer") ?? 0), Int(try db.int("SELECT count(*) FROM attachment") ?? 0))
            }
        }
    }
}
