import GRDB

/// The settings an import's one transaction runs under, and their undoing. Why: the search index
/// (FTS5) written 500 rows at a time makes a small index segment per statement, and later merges
/// them again and again; built once at the end from the new rows (as the sqlite3 shell's
/// `rebuild` does) it is written once. A larger page cache keeps the directory's B-tree indexes
/// in memory instead of spilling dirty pages — and journalling them — halfway through.
/// The trigger is dropped and re-created inside the import's transaction: a crash or a cancel
/// rolls the schema back with the rows, and no other counter can write meanwhile (the
/// transaction holds the write lock from its first statement).
enum BulkLoadMode {
    /// 128 MB (negative: KiB), against the 32 MB of everyday use; the cost is bounded, not per row.
    static let importCacheKiB = 131_072
    static let normalCacheKiB = 32_000

    static func begin(_ db: Database) throws {
        try db.execute(sql: "PRAGMA cache_size = -\(importCacheKiB)")
        try db.execute(sql: "DROP TRIGGER customer_search_insert")
    }

    /// Indexes the profiles inserted after `lastExistingID` for search, and puts the trigger back.
    static func end(_ db: Database, lastExistingID: Int64) throws {
        try db.execute(sql: """
            INSERT INTO customer_search(rowid, given_name, family_name, nickname, company_name)
            SELECT id, given_name, family_name, nickname, company_name FROM customer WHERE id > ? ORDER BY id
            """, arguments: [lastExistingID])
        try db.execute(sql: AppDatabase.searchInsertTriggerSQL)
    }

    /// The everyday cache again, after the transaction, whether it committed or rolled back
    /// (a pragma is not part of a transaction).
    static func restoreCache(_ database: AppDatabase) {
        try? database.writer.inDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(normalCacheKiB)") }
    }
}
