import CustomerCore
import Foundation

/// Rows of `StoredValue`s into and out of the server's tables: the PostgreSQL side of
/// `clientele migrate-to` (written, inside its one transaction) and of a backup (read through a
/// cursor, inside one snapshot, never a whole table in memory).
enum PGTableCopy {
    /// Many rows per INSERT, under PostgreSQL's 65,535 parameters.
    static func insert(_ db: PGLink, _ rows: [[StoredValue]], into table: StoredTable) throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, 30_000 / max(1, table.columns.count))
        let columns = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let tuple = "(" + Array(repeating: "?", count: table.columns.count).joined(separator: ",") + ")"
        var start = 0
        while start < rows.count {
            let part = rows[start..<min(start + perStatement, rows.count)]
            var binds: [any PGBindable] = []
            binds.reserveCapacity(part.count * table.columns.count)
            for row in part {
                for value in row {
                    switch value {
                    case .null: binds.append(String?.none)
                    case .integer(let integer): binds.append(integer)
                    case .text(let text): binds.append(text)
                    }
                }
            }
            try db.execute("INSERT INTO \(table.name) (\(columns)) VALUES \(Array(repeating: tuple, count: part.count).joined(separator: ","))", binds)
            start += part.count
        }
    }

    /// After rows were inserted with their ids, the table numbers new rows after the largest.
    static func continueNumbering(_ db: PGLink, table: String) throws {
        try db.execute("SELECT setval(pg_get_serial_sequence('\(table)', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM \(table)")
    }

    /// The table's columns on the server, in order.
    static func table(_ db: PGLink, _ name: String) throws -> StoredTable {
        let columns = try db.query("""
            SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position
            """, [name]).map { try $0.text(0) }
        guard !columns.isEmpty else { throw StoreError.fileProblem("the server's database has no table \(name)") }
        return StoredTable(name: name, columns: columns)
    }

    /// The table's rows in batches of `size`, read through a cursor of the caller's transaction.
    static func forEachBatch(_ db: PGLink, of table: StoredTable, size: Int, _ body: ([[StoredValue]]) throws -> Void) throws {
        precondition(db.isInTransaction, "a cursor lives in a transaction")
        let columns = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
        try db.execute("DECLARE clientele_copy NO SCROLL CURSOR FOR SELECT \(columns) FROM \(table.name)")
        defer { _ = try? db.execute("CLOSE clientele_copy") }
        while true {
            let rows = try db.query("FETCH FORWARD \(size) FROM clientele_copy")
            if rows.isEmpty { break }
            try body(try rows.map { row in try (0..<table.columns.count).map { try row.storedValue($0) } })
        }
    }
}
