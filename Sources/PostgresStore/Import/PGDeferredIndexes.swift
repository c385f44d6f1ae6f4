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
    /// The dropped indexes' own definitions (`pg_get_indexdef`), rebuilt by `rebuild`.
    private(set) var definitions: [(name: String, sql: String)] = []

    /// The lock both tables are taken with: the indexes' drop holds it until the commit.
    public static let lockStatement = "LOCK TABLE customer, customer_search_word IN ACCESS EXCLUSIVE MODE"

    /// Inside the import's transaction: when the directory holds no profile, locks the table and
    /// drops its indexes (the primary key stays). Returns nil when there are profiles.
    static func dropIfEmpty(_ db: PGLink) throws -> PGDeferredIndexes? {
        // Looked at before the lock (a directory with profiles is never locked) and again under it
        // (a counter may have saved a profile in between).
        guard try isEmpty(db) else { return nil }
        try db.script(lockStatement)
        guard try isEmpty(db) else { return nil }
        let dropped = PGDeferredIndexes(definitions: try definitions(db))
        for statement in dropped.dropStatements { try db.script(statement) }
        return dropped
    }

    /// The indexes an import into an empty directory drops and builds again, with their own
    /// definitions: the customer table's, and the search words' B-tree (the insert trigger adds four
    /// or five words a row).
    static func definitions(_ db: PGLink) throws -> [(name: String, sql: String)] {
        try db.query("""
            SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
            WHERE x.indrelid IN ('customer'::regclass, 'customer_search_word'::regclass) AND NOT x.indisprimary AND NOT x.indisunique
            ORDER BY c.relname
            """).map { (name: try $0.text(0), sql: try $0.text(1)) }
    }

    /// The directory's deferred indexes as they are now, dropped by nothing: for the bench's floor,
    /// which runs the same statements through `psql` around the same rows.
    public static func current(_ db: PGLink) throws -> PGDeferredIndexes { PGDeferredIndexes(definitions: try definitions(db)) }

    private static func isEmpty(_ db: PGLink) throws -> Bool {
        try db.int("SELECT CASE WHEN EXISTS (SELECT 1 FROM customer) THEN 0 ELSE 1 END") == 1
    }

    public var dropStatements: [String] { definitions.map { "DROP INDEX \(Self.quoted($0.name))" } }

    /// Every dropped index built again, then the tables analysed. A larger sort memory for these
    /// builds only (`SET LOCAL`: the transaction's).
    public var rebuildStatements: [String] {
        guard !definitions.isEmpty else { return [] }
        return ["SET LOCAL maintenance_work_mem = '256MB'"] + definitions.map(\.sql) + ["ANALYZE customer, customer_search_word"]
    }

    /// Builds every dropped index again, before anything reads them (the import's duplicate count).
    func rebuild(_ db: PGLink) throws {
        for statement in rebuildStatements { try db.script(statement) }
    }

    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
