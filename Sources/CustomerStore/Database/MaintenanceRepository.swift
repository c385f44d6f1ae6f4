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
    /// and what an attach killed between placing its content file and committing its row left: its
    /// `.placing-HASH-…` name, unlocked (`Placement`). Its content file goes when no row names that
    /// hash — checked inside a write transaction, so none can come to — and only if it is still the
    /// file that attach made (same inode): never a content file that was there before, which
    /// another database beside this one (a backup) may name.
    public func removeLeftovers() throws -> Int {
        guard let directory = database.attachmentsDirectory else { return 0 }
        let files = AttachmentFileStore(root: directory)
        var removed = files.removeLeftovers()
        guard database.readOnlyReason == nil,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return removed }
        for name in names {
            guard let hash = Placement.hash(fromName: name) else { continue }
            let placing = directory.appendingPathComponent(name).path
            let descriptor = open(placing, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }  // its attach is still running
            let content = files.url(forHash: hash).path
            try database.writer.write { db in
                let named = try Bool.fetchOne(db, sql: "SELECT 1 FROM attachment WHERE content_hash = ? LIMIT 1", arguments: [hash]) ?? false
                var placed = stat(), inPlace = stat()
                if !named, fstat(descriptor, &placed) == 0, stat(content, &inPlace) == 0, placed.st_ino == inPlace.st_ino, placed.st_dev == inPlace.st_dev {
                    if unlink(content) == 0 { removed += 1 }
                }
            }
            unlink(placing)
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
