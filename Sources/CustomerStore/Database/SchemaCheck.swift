import GRDB

/// What `clientele check` adds to SQLite's own checks: SQLite's integrity check passes a file whose
/// search index or one of its triggers was dropped (the schema is consistent, just smaller), yet
/// search then misses customers and new profiles are never indexed. So every table, index, trigger
/// and view the migrations create must be there — the list read from a freshly migrated in-memory
/// database, never written out by hand, so that a new migration is checked without anyone
/// remembering to — and the FTS5 index must agree with the customer table.
enum SchemaCheck {
    /// One object of the schema, as `sqlite_master` names it.
    struct Object: Hashable, Comparable {
        let type: String
        let name: String
        static func < (lhs: Object, rhs: Object) -> Bool { (lhs.type, lhs.name) < (rhs.type, rhs.name) }
    }

    /// The search index the triggers keep (v1).
    static let searchIndex = "customer_search"

    /// Everything today's migrations create, SQLite's own automatic indexes left out.
    static func expectedObjects() throws -> Set<Object> {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue)
        return try queue.read(objects)
    }

    static func objects(_ db: Database) throws -> Set<Object> {
        let rows = try Row.fetchAll(db, sql: "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return Set(rows.map { Object(type: $0["type"], name: $0["name"]) })
    }

    /// A sentence for each expected object the file lacks.
    static func missingObjects(_ db: Database) throws -> [String] {
        let missing = try expectedObjects().subtracting(objects(db))
        return missing.sorted().map { object in
            object.name == searchIndex
                ? "the search index \(object.name) is missing: searching by name finds nobody — restore a backup"
                : "the \(object.type) \(object.name) is missing (the schema expects it) — restore a backup"
        }
    }

    /// Customers the index lacks or rows it holds for customers that are gone — what a dropped
    /// insert or delete trigger leaves — read from FTS5's per-row table, without a lock.
    static func searchIndexRowProblems(_ db: Database) throws -> [String] {
        guard try db.tableExists(searchIndex), try db.tableExists("\(searchIndex)_docsize") else { return [] }
        let unindexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM customer WHERE id NOT IN (SELECT id FROM \(searchIndex)_docsize)") ?? 0
        let stale = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(searchIndex)_docsize WHERE id NOT IN (SELECT id FROM customer)") ?? 0
        var problems: [String] = []
        if unindexed > 0 { problems.append("the search index \(searchIndex) lacks \(unindexed) customer\(unindexed == 1 ? "" : "s"): searching by name misses them — restore a backup") }
        if stale > 0 { problems.append("the search index \(searchIndex) holds \(stale) customer\(stale == 1 ? "" : "s") that no longer exist — restore a backup") }
        return problems
    }

    /// FTS5's own check of the index against the customer table (sqlite.org/fts5.html §6.6; rank 1:
    /// against the external content too, which catches a profile renamed while the update trigger
    /// was gone). It is an INSERT by syntax, so it needs the write lock although it writes nothing:
    /// it runs on a connection of its own that does not wait, and is skipped (nil) while another
    /// counter is writing, so that `check` never waits on an import — the row comparison above still
    /// runs. Empty when sound or when the index is missing (reported by `missingObjects`).
    static func searchIndexContentProblems(path: String) throws -> [String]? {
        var config = Configuration()
        config.busyMode = .immediateError
        config.label = "Clientele search index check"
        let queue = try DatabaseQueue(path: path, configuration: config)
        return try queue.writeWithoutTransaction { db in
            guard try db.tableExists(searchIndex) else { return [] }
            do {
                try db.execute(sql: "INSERT INTO \(searchIndex)(\(searchIndex), rank) VALUES('integrity-check', 1)")
                return []
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
                return ["the search index \(searchIndex) does not match the customers (a trigger was missing while they changed) — restore a backup"]
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                return nil
            }
        }
    }
}
