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
                    SELECT content_hash, sum(length(bytes))::bigint AS bytes FROM attachment_content_chunk c
                    WHERE EXISTS (SELECT 1 FROM attachment a WHERE a.content_hash = c.content_hash)
                       OR EXISTS (SELECT 1 FROM merge_record m WHERE strpos(m.snapshot, c.content_hash) > 0)
                    GROUP BY content_hash ORDER BY content_hash
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
