import Foundation
import GRDB
import CustomerCore

/// The SQLite backend's export: `DirectoryExportWriter` (shared by both backends, in CustomerCore)
/// over this database's batched reads.
public struct DirectoryExporter: ExportStore, DirectoryExportSource {
    /// The port's `DirectoryExportFormat`, under the name callers already use.
    public typealias Format = DirectoryExportFormat
    public static var squareHeaders: [String] { DirectoryExportWriter.squareHeaders }
    public static var csvHeaders: [String] { DirectoryExportWriter.csvHeaders }

    let store: ClienteleStore

    public init(store: ClienteleStore) { self.store = store }

    @discardableResult
    public func export(format: Format, filter: DirectoryFilter = DirectoryFilter(), groupName: String? = nil,
                       now: Date = Date(), to output: FileHandle) throws -> Int {
        try DirectoryExportWriter(source: self).export(format: format, filter: filter, groupName: groupName, now: now, to: output)
    }

    /// One profile as the JSON export writes it (for the equivalence test).
    func json(_ c: Customer, fields: [CustomFieldDefinition], values: [Int64: String]) -> String {
        DirectoryExportWriter(source: self).json(c, fields: fields, values: values)
    }

    func jsonThroughFoundation(_ c: Customer, fields: [CustomFieldDefinition], values: [Int64: String]) -> String {
        DirectoryExportWriter(source: self).jsonThroughFoundation(c, fields: fields, values: values)
    }

    public func exportGroups() throws -> [CustomerGroup] { try store.groups.groups() }

    public func exportFieldDefinitions() throws -> [CustomFieldDefinition] { try store.customFields.definitions() }

    public func exportPage(filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> (customers: [Customer], next: DirectoryCursor?) {
        try store.customers.customers(filter: filter, after: cursor, limit: limit, now: now)
    }

    public func exportCustomValues(for ids: [CustomerID]) throws -> [CustomerID: [Int64: String]] {
        guard !ids.isEmpty else { return [:] }
        return try store.database.writer.read { db in
            var result: [CustomerID: [Int64: String]] = [:]
            let marks = ids.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchCursor(db, sql: "SELECT customer_id, field_id, value FROM custom_field_value WHERE customer_id IN (\(marks))",
                                           arguments: StatementArguments(ids))
            while let row = try rows.next() {
                result[row["customer_id"], default: [:]][row["field_id"]] = row["value"]
            }
            return result
        }
    }

    /// Visits and payments of one page of customers, in two grouped reads over their indexes.
    public func exportActivity(for ids: [CustomerID]) throws -> [CustomerID: ExportActivity] {
        guard !ids.isEmpty else { return [:] }
        return try store.database.writer.read { db in
            var result: [CustomerID: ExportActivity] = [:]
            let marks = ids.map { _ in "?" }.joined(separator: ",")
            let visits = try Row.fetchCursor(db, sql: """
                SELECT customer_id, min(starts_at) AS first, max(starts_at) AS last FROM booking
                WHERE customer_id IN (\(marks)) AND status = 'completed' GROUP BY customer_id
                """, arguments: StatementArguments(ids))
            while let row = try visits.next() {
                result[row["customer_id"], default: ExportActivity()].firstVisit = StoredTime.decode(row["first"] as Int64)
                result[row["customer_id"], default: ExportActivity()].lastVisit = StoredTime.decode(row["last"] as Int64)
            }
            let payments = try Row.fetchCursor(db, sql: """
                SELECT customer_id, currency, count(*) AS n, sum(amount_minor) AS total FROM payment
                WHERE customer_id IN (\(marks)) AND status = 'paid' GROUP BY customer_id, currency
                """, arguments: StatementArguments(ids))
            while let row = try payments.next() {
                let id: CustomerID = row["customer_id"]
                result[id, default: ExportActivity()].transactions += row["n"] as Int
                result[id, default: ExportActivity()].spend[row["currency"]] = row["total"]
            }
            return result
        }
    }
}
