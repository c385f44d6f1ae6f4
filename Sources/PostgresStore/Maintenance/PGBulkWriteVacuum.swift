/// After a bulk write has committed (an import, `migrate-to`, the demo): the written rows' pages
/// marked all-visible, so that the index-only scans the directory relies on (the search words'
/// starts, the duplicate keys, the last digits) need not visit the table for each entry. Autovacuum
/// would do it within a minute or so; until then a duplicate scan right after an import of 100,000
/// read every row from the table (509 ms against 347 ms vacuumed). About 70 ms at 100,000 rows.
enum PGBulkWriteVacuum {
    /// The import's tables; the whole database when nil (`migrate-to` and the demo fill every table).
    /// `SKIP_LOCKED` leaves a table another counter has locked (its own import) to autovacuum. Best
    /// effort: the rows are stored whatever becomes of it.
    static func run(_ link: PGLink, tables: [String]? = nil) {
        try? link.script(statement(tables: tables))
    }

    static func statement(tables: [String]?) -> String {
        "VACUUM (SKIP_LOCKED)" + (tables.map { " " + $0.joined(separator: ", ") } ?? "")
    }
}
