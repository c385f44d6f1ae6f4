import Foundation

/// An import into an empty directory builds the customer table's indexes (and the search words')
/// once, after its rows,
/// instead of updating 13 indexes row by row: at 20,000 rows the rows alone took 0.12 s and the
/// same rows with the indexes 1.23 s (each B-tree 50–110 ms, the search index 160 ms). All of it
/// inside the import's one transaction (PostgreSQL's DDL is transactional): a failure, a cancel or
/// a lost connection rolls the indexes back with the rows, never leaving a table without them.
///
/// Only for an empty table, taken with `ACCESS EXCLUSIVE`: the indexes' drop holds that lock
/// until the commit, so another counter's lookups wait for the import. With profiles already
/// there, those counters keep working beside the import instead, and the indexes are updated as
/// rows arrive (the import is then slower, but nobody waits).
public struct PGDeferredIndexes {
    /// The dropped indexes' own definitions (`pg_indexes.indexdef`), rebuilt by `rebuild`.
    private(set) var definitions: [(name: String, sql: String)] = []

    /// Inside the import's transaction: when the directory holds no profile, locks the table and
    /// drops its indexes (the primary key stays). Returns nil when there are profiles.
    static func dropIfEmpty(_ db: PGLink) throws -> PGDeferredIndexes? {
        // Looked at before the lock (a directory with profiles is never locked) and again under it
        // (a counter may have saved a profile in between).
        guard try isEmpty(db) else { return nil }
        try db.script("LOCK TABLE customer, customer_search_word IN ACCESS EXCLUSIVE MODE")
        guard try isEmpty(db) else { return nil }
        let definitions = try Self.definitions(db)
        for index in definitions { try db.script("DROP INDEX \(Self.quoted(index.name))") }
        return PGDeferredIndexes(definitions: definitions)
    }

    /// The indexes an import into an empty directory drops and builds again, with their own
    /// definitions: the customer table's, and the search words' B-tree (the insert trigger adds four
    /// or five words a row). Public for the bench's floor, which loads the same rows the same way.
    public static func definitions(_ db: PGLink) throws -> [(name: String, sql: String)] {
        try db.query("""
            SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
            WHERE x.indrelid IN ('customer'::regclass, 'customer_search_word'::regclass) AND NOT x.indisprimary AND NOT x.indisunique
            ORDER BY c.relname
            """).map { (name: try $0.text(0), sql: try $0.text(1)) }
    }

    private static func isEmpty(_ db: PGLink) throws -> Bool {
        try db.int("SELECT CASE WHEN EXISTS (SELECT 1 FROM customer) THEN 0 ELSE 1 END") == 1
    }

    /// Builds every dropped index again, before anything reads them (the import's duplicate count).
    /// A larger sort memory for these builds only (`SET LOCAL`: the transaction's).
    func rebuild(_ db: PGLink) throws {
        guard !definitions.isEmpty else { return }
        try db.script("SET LOCAL maintenance_work_mem = '256MB'")
        for index in definitions { try db.script(index.sql) }
        try db.script("ANALYZE customer, customer_search_word")
    }

    public static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
