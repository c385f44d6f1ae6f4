import Foundation
import GRDB

/// What an import alone with the file (`WholeImportWriter`) changes for its one transaction, and
/// its undoing before the commit: the search trigger is dropped and the search index filled once
/// at the end from the new rows (FTS5 written 500 rows a statement makes a segment a statement and
/// merges them again and again); a large import into a small directory also drops the customer
/// table's B-tree indexes and builds them again at the end, one sort each instead of a million
/// random inserts into trees bigger than the page cache (sqlite3 shell, 1M rows into this schema:
/// 23.7 s with the indexes in place, 10.2 s built after). Brought back from before the slices
/// (issue 16 removed it; issue 19): the definitions are read from the file, never restated here.
///
/// Inside the import's transaction: a crash or a cancel rolls the schema back with the rows.
struct BulkLoadMode {
    /// Below this many incoming rows, rebuilding every index would cost more than it saves.
    static let rowsWorthRebuildingIndexes = 50_000

    /// The dropped indexes' and trigger's own SQL, run again by `end`.
    private(set) var droppedIndexes: [String] = []
    private(set) var droppedTrigger: String?

    /// About this many bytes a row in Square's and the generator's files: enough to tell a large file.
    static let bytesPerRowEstimate = 150

    /// `estimatedRows`: how many rows the file probably holds (from its size). The directory's own
    /// rows are counted only up to that many: whether it is smaller is all that matters.
    static func begin(_ db: Database, estimatedRows: Int) throws -> BulkLoadMode {
        var mode = BulkLoadMode()
        if let trigger = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'customer_search_insert'") {
            try db.execute(sql: "DROP TRIGGER customer_search_insert")
            mode.droppedTrigger = trigger
        }
        if estimatedRows >= rowsWorthRebuildingIndexes,
           try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM customer LIMIT ?)", arguments: [estimatedRows + 1]) ?? 0 <= estimatedRows {
            for row in try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer' AND sql IS NOT NULL") {
                try db.execute(sql: "DROP INDEX \((row["name"] as String).quotedDatabaseIdentifier)")
                mode.droppedIndexes.append(row["sql"])
            }
        }
        return mode
    }

    /// Builds the indexes again, indexes the profiles inserted after `lastExistingID` for search,
    /// and puts the trigger back. SQLite's sorter may use every core for the index builds
    /// (`PRAGMA threads`; 4 indexes of a million rows: 7.6 → 5.0 s with two).
    func end(_ db: Database, lastExistingID: Int64) throws {
        if !droppedIndexes.isEmpty {
            // SQLite's sorter sizes its in-memory runs by the page cache: runs of 2 MB sort within
            // the CPU's caches and merge cheaply (sqlite3 shell, these indexes over 1M rows: 4.5 s
            // with the everyday 16 MB cache, 3.4 s with 2 MB, and 12 MB of memory instead of 85).
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -16_000
            try db.execute(sql: "PRAGMA cache_size = \(Self.indexBuildCacheSize)")
            try db.execute(sql: "PRAGMA threads = \(max(1, ProcessInfo.processInfo.activeProcessorCount))")
            for definition in droppedIndexes { try db.execute(sql: definition) }
            try db.execute(sql: "PRAGMA threads = 0")
            try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
        }
        guard let droppedTrigger else { return }
        // FTS5 writes its pending terms out as a segment whenever they pass `hashsize` (1 MB by
        // default); with 32 MB a million profiles make a few large segments (2.6 s → 1.4 s with the
        // sqlite3 shell). Set back afterwards, so that no everyday transaction holds more.
        let roomierPendingTerms = (try? db.execute(sql: "INSERT INTO customer_search(customer_search, rank) VALUES ('hashsize', \(Self.searchIndexPendingBytes))")) != nil
        try db.execute(sql: """
            INSERT INTO customer_search(rowid, given_name, family_name, nickname, company_name)
            SELECT id, given_name, family_name, nickname, company_name FROM customer WHERE id > ? ORDER BY id
            """, arguments: [lastExistingID])
        if roomierPendingTerms {
            try db.execute(sql: "INSERT INTO customer_search(customer_search, rank) VALUES ('hashsize', \(Self.defaultSearchIndexPendingBytes))")
        }
        try db.execute(sql: droppedTrigger)
    }

    /// The page cache while the indexes are built (negative: KiB, as `PRAGMA cache_size` reads it).
    static let indexBuildCacheSize = -2_048
    /// Pending search terms an import holds in memory before writing them out (FTS5's `hashsize`).
    static let searchIndexPendingBytes = 32 << 20
    /// FTS5's own default, put back after an import.
    static let defaultSearchIndexPendingBytes = 1 << 20
}
