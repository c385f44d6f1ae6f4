import Foundation

/// What `clientele check` looks for on a server database: every table, index, trigger and function
/// the migrations create must be there (a dropped search index or change trigger leaves a database
/// that works, just wrongly: search misses people, other counters never hear of a save). The list is
/// derived from `PostgresMigrations` itself — each migration's `CREATE`s added, its `DROP`s taken
/// away, in order — never written out by hand, so that a new migration is checked without anyone
/// remembering to. It is read without running anything: a check must not write.
enum PGSchemaCheck {
    /// One object of the schema, by kind and name.
    struct Object: Hashable, Comparable {
        let kind: String
        let name: String
        static func < (lhs: Object, rhs: Object) -> Bool { (lhs.kind, lhs.name) < (rhs.kind, rhs.name) }
    }

    /// The name search's index (v1).
    static let searchIndex = "customer_search"

    /// Everything today's migrations leave behind.
    static let expectedObjects: Set<Object> = {
        var objects = Set<Object>()
        for migration in PostgresMigrations.all {
            for statement in PGLink.statements(of: migration.sql) {
                guard let (verb, object) = parse(statement) else { continue }
                switch verb {
                case .create: objects.insert(object)
                case .drop: objects.remove(object)
                }
            }
        }
        return objects
    }()

    enum Verb { case create, drop }

    /// `CREATE [UNIQUE] INDEX name`, `CREATE TABLE name`, `CREATE TRIGGER name`, `CREATE FUNCTION
    /// name(`, and their `DROP … [IF EXISTS] name`; nil for any other statement.
    static func parse(_ statement: String) -> (Verb, Object)? {
        let code = statement.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }.joined(separator: " ")
        var words = code.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "(" }).map { String($0).lowercased() }
        guard let first = words.first else { return nil }
        let verb: Verb
        switch first {
        case "create": verb = .create
        case "drop": verb = .drop
        default: return nil
        }
        words.removeFirst()
        if words.first == "unique" { words.removeFirst() }
        guard let kind = words.first, ["table", "index", "trigger", "function"].contains(kind) else { return nil }
        words.removeFirst()
        if words.starts(with: ["if", "exists"]) { words.removeFirst(2) }
        if words.starts(with: ["if", "not", "exists"]) { words.removeFirst(3) }
        guard let name = words.first?.trimmingCharacters(in: CharacterSet(charactersIn: "\";")), !name.isEmpty else { return nil }
        return (verb, Object(kind: kind, name: name))
    }

    /// What the database's own schema holds (PostgreSQL's internal triggers, those of foreign keys,
    /// left out).
    static func liveObjects(_ db: PGLink) throws -> Set<Object> {
        let rows = try db.query("""
            WITH here AS (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
            SELECT CASE WHEN c.relkind IN ('r', 'p') THEN 'table' ELSE 'index' END AS kind, c.relname::text AS name
            FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM here) AND c.relkind IN ('r', 'p', 'i', 'I')
            UNION ALL
            SELECT 'trigger', t.tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE c.relnamespace = (SELECT oid FROM here) AND NOT t.tgisinternal
            UNION ALL
            SELECT 'function', p.proname::text FROM pg_proc p WHERE p.pronamespace = (SELECT oid FROM here)
            """)
        return Set(try rows.map { Object(kind: try $0.text("kind"), name: try $0.text("name")) })
    }

    /// A sentence for each expected object the database lacks.
    static func missingObjects(_ db: PGLink) throws -> [String] {
        try expectedObjects.subtracting(liveObjects(db)).sorted().map { object in
            object.name == searchIndex
                ? "the search index \(object.name) is missing: searching by name finds nobody — restore a backup"
                : "the \(object.kind) \(object.name) is missing (the schema expects it) — restore a backup"
        }
    }

    /// Documents whose content is not all there: no chunk at all (quick), or chunks that do not run
    /// 0, 1, 2… or do not add up to the document's size (full).
    static func documentContentProblems(_ db: PGLink, quick: Bool) throws -> [String] {
        let sql = quick
            ? """
              SELECT a.id, a.file_name, a.byte_count, 0::bigint AS stored, 0::bigint AS chunks, -1::bigint AS last_position FROM attachment a
              WHERE NOT EXISTS (SELECT 1 FROM attachment_content_chunk c WHERE c.content_hash = a.content_hash)
              ORDER BY a.id
              """
            : """
              SELECT a.id, a.file_name, a.byte_count, coalesce(s.stored, 0)::bigint AS stored, coalesce(s.chunks, 0)::bigint AS chunks,
                     coalesce(s.last_position, -1)::bigint AS last_position
              FROM attachment a LEFT JOIN (
                  SELECT content_hash, sum(length(bytes)) AS stored, count(*) AS chunks, max(position) AS last_position
                  FROM attachment_content_chunk GROUP BY content_hash) s ON s.content_hash = a.content_hash
              WHERE s.content_hash IS NULL OR s.stored <> a.byte_count OR s.last_position <> s.chunks - 1
              ORDER BY a.id
              """
        return try db.query(sql).map { row in
            let (id, name, size) = (try row.int("id"), try row.text("file_name"), try row.int("byte_count"))
            let (stored, chunks, last) = (try row.int("stored"), try row.int("chunks"), try row.int("last_position"))
            if chunks == 0 { return "document #\(id) (\(name)) has no content stored — restore a backup" }
            if last != chunks - 1 { return "document #\(id) (\(name)) lacks parts of its content (\(chunks) of \(last + 1) parts) — restore a backup" }
            return "document #\(id) (\(name)) holds \(stored) bytes where \(size) were stored — restore a backup"
        }
    }
}
