import CustomerCore
import Foundation

/// `clientele check`, backups, row counts and leftovers over a server database (the port's
/// `Maintenance`), as `MaintenanceRepository` does over a SQLite file. The server looks after its
/// own pages and foreign keys; what is checked here is what it cannot know: that the schema is the
/// one the migrations made (`PGSchemaCheck`), and that every document's content is all there.
public struct PGMaintenanceRepository: Maintenance {
    let store: PostgresClienteleStore

    /// The schema objects missing, then documents whose content is missing (`quick`) or does not add
    /// up to their size (full), from one snapshot.
    public func integrityProblems(quick: Bool) throws -> [String] {
        try store.link.snapshot { db in
            try PGSchemaCheck.missingObjects(db) + PGSchemaCheck.documentContentProblems(db, quick: quick)
        }
    }

    /// Written by `PGBackup` (the server directory's backup, documents included).
    @discardableResult
    public func backup(to path: String) throws -> BackupSummary {
        try PGBackup.write(store, to: path)
    }

    /// Every table of the schema, the migrations' log and the search words left out (bookkeeping
    /// and an index kept by triggers, not the shop's data; SQLite's counts leave out its FTS5 tables).
    public func rowCounts() throws -> [String: Int] {
        try store.link.snapshot { db in
            let tables = try db.query("""
                SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'clientele_migration' ORDER BY tablename
                """).map { try $0.text(0) }.filter { !PostgresMigrations.derivedTables.contains($0) }
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] = Int(try db.int("SELECT count(*) FROM \"\(table.replacingOccurrences(of: "\"", with: "\"\""))\"") ?? 0)
            }
            return counts
        }
    }

    /// Document content no document names and no merge's snapshot keeps (undo brings those back):
    /// what an attach killed after writing its chunks and before committing its row left, or a
    /// delete that did not finish. Decided and deleted in one statement; how many documents'
    /// contents went. This relies on an attach writing its chunks and its row in one transaction
    /// (its uncommitted chunks are then invisible here): an attach committing chunks before its row
    /// would need to hold a lock this takes too.
    public func removeLeftovers() throws -> Int {
        try store.link.write { db in
            let removed = try db.query("""
                DELETE FROM attachment_content_chunk c
                WHERE NOT \(PGDocumentContent.isReferenced("c.content_hash"))
                RETURNING c.content_hash
                """)
            return Set(try removed.map { try $0.text(0) }).count
        }
    }
}
