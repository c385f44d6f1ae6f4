import CustomerCore
import Foundation

/// The PostgreSQL backend's export: `DirectoryExportWriter` (shared, so the same bytes as from the
/// file) over the server's batched reads.
public struct PGDirectoryExporter: ExportStore, DirectoryExportSource {
    let store: PostgresClienteleStore

    @discardableResult
    public func export(format: DirectoryExportFormat, filter: DirectoryFilter, groupName: String?, now: Date, to output: FileHandle) throws -> Int {
        try DirectoryExportWriter(source: self).export(format: format, filter: filter, groupName: groupName, now: now, to: output)
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
