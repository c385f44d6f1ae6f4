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

    /// The attachments folder's `.tmp-*` files whose writer is gone (`AttachmentFileStore.removeLeftovers`).
    /// Not content files no row of *this* database names: the folder is shared by every database
    /// file beside it (backups kept next to the live file), so such a file may be another's.
    public func removeLeftovers() throws -> Int {
        guard let directory = database.attachmentsDirectory else { return 0 }
        return AttachmentFileStore(root: directory).removeLeftovers()
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
