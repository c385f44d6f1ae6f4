import CustomerCore
import Foundation

/// Many validated profiles through `COPY customer FROM STDIN`, thousands a statement: the server
/// parses COPY's text rows without the bind and the `unnest` of 28 arrays the array insert before
/// it needed (0.90× its import time at 100,000 rows: DECISIONS.md, 2026-12-03). The ids are taken from
/// the table's sequence first, so that the caller learns which id each profile got, in order.
/// COPY fires the table's statement triggers as an INSERT does (search words, change notices).
enum PGBulkCustomerInsert {
    /// Rows sent by one COPY (about 2 MB of text).
    static let rowsPerStatement = 5_000

    static let columns: [String] = PGCustomerRow.storedColumns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Positions (in `columns`) of the columns NULL when empty (never a valid stored value for them).
    private static let nullable: Set<Int> = Set(columns.indices.filter {
        ["email_normalized", "phone_e164", "phone_reversed", "birthday"].contains(columns[$0])
    })

    /// Inserts in order inside the caller's transaction; the new ids in the same order. `derived`,
    /// when given, holds each profile's derived columns, already computed (an import's).
    static func insert(_ db: PGLink, _ customers: [Customer], derived: [DerivedCustomerColumns]? = nil) throws -> [CustomerID] {
        precondition(derived == nil || derived!.count == customers.count)
        var ids: [CustomerID] = []
        ids.reserveCapacity(customers.count)
        var start = 0
        while start < customers.count {
            let range = start..<min(start + rowsPerStatement, customers.count)
            ids += try insertPart(db, Array(customers[range]), derived: derived.map { Array($0[range]) })
            start = range.upperBound
        }
        return ids
    }

    private static func insertPart(_ db: PGLink, _ customers: [Customer], derived: [DerivedCustomerColumns]?) throws -> [CustomerID] {
        let ids = try db.query("SELECT nextval(pg_get_serial_sequence('customer', 'id')) FROM generate_series(1, ?)", [customers.count])
            .map { try $0.int(0) }
        // About 300 bytes a generated profile: one allocation for most batches.
        var rows = PGCopyText(capacity: customers.count * 400)
        for (position, original) in customers.enumerated() {
            var customer = original
            customer.version = max(1, customer.version)
            rows.append(ids[position])
            // The single insert's values (`PGCustomerRow.storedValues`), column by column; an empty
            // or missing text is NULL in a nullable column and '' in the others.
            for (index, value) in PGCustomerRow.storedValues(customer, derived: derived?[position]).enumerated() {
                switch value {
                case let number as Int64: rows.append(number)
                case let number as Int: rows.append(Int64(number))
                case let text as String where !text.isEmpty: rows.append(text)
                default: if nullable.contains(index) { rows.appendNull() } else { rows.append("") }
                }
            }
            rows.endRow()
        }
        try db.copy(into: "customer", columns: ["id"] + columns, rows: rows.buffer)
        return ids
    }
}
