import Foundation

/// What SQLite alone needs to store an import's profiles in this directory's schema: the rows an
/// import produced, copied by the sqlite3 shell from that database into an empty one made by
/// `clientele` — no file to read, no parsing, validation or phone numbers — the way the import
/// stores them (indexes and search trigger dropped, rows inserted, the 11 indexes built with
/// SQLite's sorter on every core, the search index filled once, every profile put in a group).
/// Why: `sqlite_baseline.sh` loads the same file into a table with 2 indexes and a search
/// index without prefixes; this shows how much of our time is the schema's own cost, measured
/// in the same run on the same machine.
struct SchemaFloor {
    /// The imported database (read only) and a folder to work in.
    let source: String
    let work: URL

    /// The sqlite3 shell's wall time for the copy, in seconds.
    func measure(clientele: String) throws -> Double {
        let empty = work.appendingPathComponent("schema-floor.sqlite").path
        // A command that writes makes the empty database (`check` only reads, and never creates one).
        let made = try ImportBench.spawn(clientele, ["settings", "set", "region", "US", "--db", empty])
        guard FileManager.default.fileExists(atPath: empty) else { throw FloorError(what: "clientele settings set --db \(empty): \(made.output)") }
        let indexes = try query(empty, "SELECT name || char(9) || sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer' AND sql IS NOT NULL")
            .map { $0.split(separator: "\t", maxSplits: 1).map(String.init) }
        let trigger = try query(empty, "SELECT sql FROM sqlite_master WHERE name = 'customer_search_insert'").joined(separator: "\n")
        let columns = try query(empty, "SELECT name FROM pragma_table_info('customer') WHERE name <> 'id'").joined(separator: ", ")
        guard indexes.count > 1, !trigger.isEmpty, !columns.isEmpty else { throw FloorError(what: "the schema of \(empty) is not the directory's") }
        // `.output`: the PRAGMAs' answers are not wanted; errors still reach standard error.
        let script = """
            .output /dev/null
            PRAGMA cache_size = -16000;
            ATTACH '\(source)' AS imported;
            BEGIN IMMEDIATE;
            DROP TRIGGER customer_search_insert;
            \(indexes.map { "DROP INDEX \($0[0]);" }.joined(separator: "\n"))
            INSERT INTO customer (\(columns)) SELECT \(columns) FROM imported.customer ORDER BY id;
            INSERT INTO customer_group (name, created_at) VALUES ('floor', 0);
            INSERT INTO group_member (group_id, customer_id) SELECT last_insert_rowid(), id FROM customer ORDER BY id;
            PRAGMA cache_size = -2048;
            PRAGMA threads = \(max(1, ProcessInfo.processInfo.activeProcessorCount));
            \(indexes.map { $0[1] + ";" }.joined(separator: "\n"))
            PRAGMA threads = 0;
            PRAGMA cache_size = -16000;
            INSERT INTO customer_search(customer_search, rank) VALUES ('hashsize', \(32 << 20));
            INSERT INTO customer_search(rowid, given_name, family_name, nickname, company_name)
                SELECT id, given_name, family_name, nickname, company_name FROM customer ORDER BY id;
            INSERT INTO customer_search(customer_search, rank) VALUES ('hashsize', \(1 << 20));
            \(trigger);
            COMMIT;
            """
        let copy = try SQLiteShellScript.run(script, on: empty, named: "schema-floor", in: work)
        let copied = try query(empty, "SELECT count(*) FROM customer").first
        let expected = try query(source, "SELECT count(*) FROM customer").first
        guard copy.output.isEmpty, copied == expected else { throw FloorError(what: "the copy failed (\(copied ?? "?") of \(expected ?? "?") rows): \(copy.output)") }
        return copy.seconds
    }

    private func query(_ database: String, _ sql: String) throws -> [String] {
        let outcome = try ImportBench.spawn("/usr/bin/env", ["sqlite3", "-bail", database, sql])
        return outcome.output.split(separator: "\n").map(String.init)
    }

    struct FloorError: Error, CustomStringConvertible {
        let what: String
        var description: String { "schema floor: \(what)" }
    }
}
