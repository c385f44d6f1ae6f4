import CustomerCore
import Foundation

/// The PostgreSQL backend's export: `DirectoryExportWriter` (shared, so the same bytes as from the
/// file) over the server's batched reads.
///
/// The whole export reads one snapshot (REPEATABLE READ, READ ONLY) on a connection of its own, and
/// the profiles come through one server-side cursor, a page at a time: a profile another counter
/// renames while a long export runs is written once, as it was when the export began (with pages
/// read each in a transaction of their own, a profile renamed past the page being read appeared
/// twice, one renamed back not at all). The snapshot holds no lock: other counters go on writing.
/// The connection is the export's own so that the counter's other work (the interface's background
/// reads, its saves) never runs inside the export's read-only transaction.
public struct PGDirectoryExporter: ExportStore, DirectoryExportSource {
    let store: PostgresClienteleStore

    @discardableResult
    public func export(format: DirectoryExportFormat, filter: DirectoryFilter, groupName: String?, now: Date, to output: FileHandle) throws -> Int {
        let link = try PGLink(address: store.link.address)
        defer { link.close() }
        let reader = PGDirectoryExporter(store: PostgresClienteleStore(link: link, region: store.region))
        return try link.snapshot { _ in
            try DirectoryExportWriter(source: reader).export(format: format, filter: filter, groupName: groupName, now: now, to: output)
        }
    }

    /// The export's cursor over the profiles the filter lets through, in name order; only inside the
    /// snapshot `export` opens (a cursor lives in its transaction).
    public func forEachExportPage(filter: DirectoryFilter, now: Date, size: Int, _ body: ([Customer]) throws -> Void) throws {
        let link = store.link
        precondition(link.isInTransaction, "the export's cursor outside its snapshot")
        let (whereSQL, binds) = PGDirectorySQL.filterClause(filter, now: now)
        _ = try link.execute("""
            DECLARE clientele_export NO SCROLL CURSOR FOR
            SELECT \(PGCustomerRow.qualifiedSelectColumns) FROM customer c WHERE \(whereSQL) ORDER BY c.sort_key, c.id
            """, binds)
        while true {
            let rows = try link.query("FETCH FORWARD \(size) FROM clientele_export")
            if !rows.isEmpty { try body(try rows.map(PGCustomerRow.customer)) }
            if rows.count < size { break }
        }
        _ = try link.execute("CLOSE clientele_export")
    }

    public func exportGroups() throws -> [CustomerGroup] { try store.groups.groups() }

    public func exportFieldDefinitions() throws -> [CustomFieldDefinition] { try store.customFields.definitions() }

    public func exportPage(filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> (customers: [Customer], next: DirectoryCursor?) {
        try store.customers.customers(filter: filter, after: cursor, limit: limit, now: now)
    }

    public func exportCustomValues(for ids: [CustomerID]) throws -> [CustomerID: [Int64: String]] {
        guard !ids.isEmpty else { return [:] }
        var result: [CustomerID: [Int64: String]] = [:]
        for row in try store.link.query("SELECT customer_id, field_id, value FROM custom_field_value WHERE customer_id = ANY(?)", [PGArray(ids)]) {
            result[try row.int("customer_id"), default: [:]][try row.int("field_id")] = try row.text("value")
        }
        return result
    }

    public func exportActivity(for ids: [CustomerID]) throws -> [CustomerID: ExportActivity] {
        guard !ids.isEmpty else { return [:] }
        var result: [CustomerID: ExportActivity] = [:]
        try store.link.read { db in
            for row in try db.query("""
                SELECT customer_id, min(starts_at) AS first, max(starts_at) AS last FROM booking
                WHERE customer_id = ANY(?) AND status = 'completed' GROUP BY customer_id
                """, [PGArray(ids)]) {
                let id = try row.int("customer_id")
                result[id, default: ExportActivity()].firstVisit = StoredTime.decode(try row.int("first"))
                result[id, default: ExportActivity()].lastVisit = StoredTime.decode(try row.int("last"))
            }
            for row in try db.query("""
                SELECT customer_id, currency, count(*) AS n, sum(amount_minor)::bigint AS total FROM payment
                WHERE customer_id = ANY(?) AND status = 'paid' GROUP BY customer_id, currency
                """, [PGArray(ids)]) {
                let id = try row.int("customer_id")
                result[id, default: ExportActivity()].transactions += Int(try row.int("n"))
                result[id, default: ExportActivity()].spend[try row.text("currency")] = try row.int("total")
            }
        }
        return result
    }
}
