import CustomerCore
import Foundation

/// Many validated profiles in one statement: each column bound as one array and the rows made by
/// `unnest` — a few round trips for thousands of rows rather than one per row. The ids are taken
/// from the table's sequence first, so that the caller learns which id each profile got, in order.
enum PGBulkCustomerInsert {
    /// 27 columns of this many rows make one statement (about 2 MB of parameters at most).
    static let rowsPerStatement = 5_000

    /// Columns that may be NULL travel as '' (never a valid stored value for them) and are put back
    /// with NULLIF.
    private static let nullable: Set<String> = ["email_normalized", "phone_e164", "phone_reversed", "birthday"]
    private static let integers: Set<String> = ["created_at", "updated_at", "last_activity_at", "version"]

    static let columns: [String] = PGCustomerRow.storedColumns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }

    static let sql: String = {
        let arrays = (["?::bigint[]"] + columns.map { integers.contains($0) ? "?::bigint[]" : "?::text[]" }).joined(separator: ", ")
        let selected = (["id"] + columns.map { nullable.contains($0) ? "NULLIF(\($0), '')" : $0 }).joined(separator: ", ")
        return """
            INSERT INTO customer (id, \(columns.joined(separator: ", ")))
            SELECT \(selected) FROM unnest(\(arrays)) AS t(id, \(columns.joined(separator: ", ")))
            """
    }()

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
        var texts = Array(repeating: [String](), count: columns.count)
        var numbers = Array(repeating: [Int64](), count: columns.count)
        for index in columns.indices {
            if integers.contains(columns[index]) { numbers[index].reserveCapacity(customers.count) } else { texts[index].reserveCapacity(customers.count) }
        }
        for (position, original) in customers.enumerated() {
            var customer = original
            customer.version = max(1, customer.version)
            // The single insert's values (`PGCustomerRow.storedValues`), column by column: a NULL
            // travels as '' (see `nullable`).
            for (index, value) in PGCustomerRow.storedValues(customer, derived: derived?[position]).enumerated() {
                if let number = value as? Int64 {
                    numbers[index].append(number)
                } else if let number = value as? Int {
                    numbers[index].append(Int64(number))
                } else {
                    texts[index].append(value as? String ?? "")
                }
            }
        }
        var binds: [any PGBindable] = [PGArray(ids)]
        for index in columns.indices {
            binds.append(integers.contains(columns[index]) ? PGArray(numbers[index]) : PGArray(texts[index]))
        }
        try db.execute(sql, binds)
        return ids
    }
}
