import Foundation
import GRDB
import CustomerCore

/// `clientele check`, backups and row counts over one SQLite file (the port's `Maintenance`).
public struct MaintenanceRepository: Maintenance {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// `PRAGMA integrity_check` (or `quick_check`) and the foreign key check.
    public func integrityProblems(quick: Bool = false) throws -> [String] {
        try database.integrityProblems(quick: quick)
    }

    /// The attachments folder's `.tmp-*` files whose writer is gone (`AttachmentFileStore.removeLeftovers`),
    /// and content files no row refers to: an attach killed after its file was put in place and
    /// before its row committed left one (a customer's document no erasure would find). Removed
    /// inside a write transaction, so no row can come to refer to one meanwhile; an attach still
    /// under way finds its file gone inside its own transaction and fails in words ("attach it
    /// again"), never leaving a row without its file.
    public func removeLeftovers() throws -> Int {
        guard let directory = database.attachmentsDirectory else { return 0 }
        let files = AttachmentFileStore(root: directory)
        var removed = files.removeLeftovers()
        let stored = files.contentHashes()
        guard !stored.isEmpty, database.readOnlyReason == nil else { return removed }
        removed += try database.writer.write { db in
            let referenced = try DatabaseBackup.referencedFiles(db)
            var count = 0
            for hash in stored where referenced[hash] == nil {
                if unlink(files.url(forHash: hash).path) == 0 { count += 1 }
            }
            return count
        }
        return removed
    }

    /// Through SQLite (`DatabaseBackup`), never a file copy; the documents it refers to beside it.
    @discardableResult
    public func backup(to path: String) throws -> BackupSummary {
        try DatabaseBackup(database: database).write(to: path)
    }

    /// Every table of the schema, the search index's own tables and the migrations' log left out:
    /// they are SQLite's and GRDB's bookkeeping, not the shop's data.
    public func rowCounts() throws -> [String: Int] {
        try database.writer.read { db in
            let virtualTables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .filter { name in name != "grdb_migrations" && !virtualTables.contains { name == $0 || name.hasPrefix($0 + "_") } }
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
            }
            return counts
        }
    }
}
