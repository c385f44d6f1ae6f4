import Foundation
import SampleCustomers

/// The floor of an import, measured in the same run on the same file: the sqlite3 shell loading
/// the CSV with `.import` into a table of Square's columns, with the indexes a directory needs —
/// the lower-cased email, the phone, and an FTS5 index over the names, email and company filled
/// once at the end — and no parsing, validation or normalisation. The same work as
/// `../shared/bench/sqlite_baseline.sh` (same table, indexes, cache size and timed commands),
/// kept in the project so that the benchmark needs nothing beside the checkout.
struct ImportFloor {
    let csv: String
    /// Rows after the header, to check that the shell loaded them all.
    let rows: Int
    let work: URL

    /// The sqlite3 shell's wall time for the load and the search index, in seconds; the table and
    /// its indexes are made before the clock starts, as the script makes them.
    func measure() throws -> Double {
        let db = work.appendingPathComponent("import-floor.sqlite").path
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let columns = CustomerListLayout.square.headers.map { "\"\($0)\"" }.joined(separator: ",")
        let schema = """
            CREATE TABLE customer(\(columns));
            CREATE INDEX customer_email ON customer(lower("Email Address"));
            CREATE INDEX customer_phone ON customer("Phone Number");
            CREATE VIRTUAL TABLE customer_fts USING fts5("First Name","Last Name","Email Address","Company Name",
              content='customer', content_rowid='rowid');
            """
        try sqlite(db, [schema])
        let load = try sqlite(db, ["PRAGMA cache_size=-400000", ".mode csv", ".import --skip 1 '\(csv)' customer",
                                   "INSERT INTO customer_fts(customer_fts) VALUES('rebuild')"])
        let loaded = try sqlite(db, ["SELECT count(*) FROM customer"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Int(loaded) == rows else { throw FloorError(what: "sqlite3 loaded \(loaded) of the \(rows) rows of \(csv)") }
        try? FileManager.default.removeItem(atPath: db)
        return load.seconds
    }

    /// `sqlite3 -bail DB command…`, each argument a statement or a dot-command; anything it prints
    /// but an answer to a query is an error.
    @discardableResult
    private func sqlite(_ db: String, _ commands: [String]) throws -> ImportBench.Outcome {
        let outcome = try ImportBench.spawn("/usr/bin/env", ["sqlite3", "-bail", db] + commands)
        let isQuery = commands.count == 1 && commands[0].hasPrefix("SELECT")
        guard isQuery || outcome.output.isEmpty else { throw FloorError(what: "sqlite3: \(outcome.output)") }
        return outcome
    }

    struct FloorError: Error, CustomStringConvertible {
        let what: String
        var description: String { "import floor: \(what)" }
    }
}
