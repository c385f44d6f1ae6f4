import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// Every index on the customer table earns its place (issue 19): each is named here with the
/// directory operation whose statements use it, found by running the operation on a traced
/// connection and asking SQLite for the plan of every statement it ran. An index no operation
/// uses fails the test (each one costs every import and every save), and so does an operation
/// that stops using its index (a query that went back to scanning the table).
@Suite struct CustomerIndexUseTests {
    /// Index → the operation that needs it (a key of `operations`).
    static let uses: [String: String] = [
        "customer_by_sort_key": "directory by name",
        "customer_by_created": "directory by recently added",
        "customer_by_activity": "directory by last activity",
        "customer_by_phone_e164": "phone lookup, whole number",
        "customer_by_phone_reversed": "phone lookup, last digits",
        "customer_by_email": "email lookup",
        "customer_by_reference": "reference ID lookup",
        "customer_by_status": "status filter",
        "customer_by_subscription": "subscription filter",
        "customer_by_address_key": "duplicate scan",
        "customer_by_postal_code": "duplicate scan",
        "customer_without_street_by_postal_code": "duplicate scan",
    ]

    /// The operations, each a run of the store's own code on the traced connection.
    static var operations: [(String, (ClienteleStore) throws -> Void)] { [
        ("directory by name", { store in _ = try store.customers.page(sort: .name, limit: 50) }),
        ("directory by recently added", { store in _ = try store.customers.page(sort: .recentlyAdded, limit: 50) }),
        ("directory by last activity", { store in _ = try store.customers.page(sort: .lastActivity, limit: 50) }),
        ("phone lookup, whole number", { store in _ = try store.customers.search("+1 415 555 0107", limit: 50) }),
        ("phone lookup, last digits", { store in _ = try store.customers.search("0107", limit: 50) }),
        ("email lookup", { store in _ = try store.customers.search("ana7@example.com", limit: 50) }),
        ("reference ID lookup", { store in _ = try store.customers.search("REF-0007", limit: 50) }),
        ("status filter", { store in _ = try store.customers.page(sort: .name, filter: DirectoryFilter(status: .lead), after: nil, limit: 50) }),
        ("subscription filter", { store in
            _ = try store.customers.page(sort: .name, filter: DirectoryFilter(emailSubscription: .unsubscribed), after: nil, limit: 50)
        }),
        // On the traced connection itself (the repository would open a second reader for it).
        ("duplicate scan", { store in _ = try store.database.writer.read(DuplicateRepository.clusters) }),
    ] }

    @Test func everyCustomerIndexIsUsedByTheOperationNamedForIt() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        for index in 0..<60 {
            _ = try store.customers.create(Customer(givenName: "Ana\(index)", familyName: ["Núñez", "Adams", "Zola"][index % 3],
                                                    emailAddress: "ana\(index)@example.com",
                                                    phoneNumber: "+1 415 555 01\(String(format: "%02d", index % 50))",
                                                    address: index % 4 == 0 ? PostalAddress(postalCode: "9410\(index % 3)")
                                                                            : PostalAddress(line1: "\(index % 7) Main St", postalCode: "9410\(index % 3)"),
                                                    referenceID: "REF-\(String(format: "%04d", index))",
                                                    emailSubscription: index % 5 == 0 ? .unsubscribed : .subscribed,
                                                    status: index % 6 == 0 ? .lead : .client))
        }
        try store.database.writer.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }

        let indexes = try store.database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer' AND sql IS NOT NULL ORDER BY name")
        }
        #expect(Set(indexes) == Set(Self.uses.keys), "indexes on customer: \(indexes)")

        var used: [String: Set<String>] = [:]
        for (name, operation) in Self.operations {
            // The trace stays on the connection between two accesses: the operation runs in between,
            // through the store's own reads (an access inside an access is refused).
            let collected = StatementLog()
            try store.database.writer.writeWithoutTransaction { db in
                db.trace(options: .statement) { event in
                    if case .statement(let statement) = event { collected.statements.append(statement.expandedSQL) }
                }
            }
            try operation(store)
            try store.database.writer.writeWithoutTransaction { db in db.trace(options: .statement, nil) }
            let statements = collected.statements
            #expect(!statements.isEmpty, "\(name) ran no statement")
            try store.database.writer.read { db in
                for sql in statements where sql.uppercased().hasPrefix("SELECT") || sql.uppercased().hasPrefix("WITH") {
                    let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "; ")
                    used[name, default: []].formUnion(Self.indexNames(in: plan))
                }
            }
        }
        for (index, operation) in Self.uses.sorted(by: { $0.key < $1.key }) {
            #expect(used[operation, default: []].contains(index), "\(operation) does not use \(index); it uses \(used[operation, default: []].sorted())")
        }
    }

    /// "SEARCH c USING INDEX customer_by_sort_key (…)", "SCAN customer USING COVERING INDEX x": the names after INDEX.
    static func indexNames(in plan: String) -> Set<String> {
        var names: Set<String> = []
        let words = plan.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "(" })
        for (position, word) in words.enumerated() where word == "INDEX" && position + 1 < words.count {
            names.insert(String(words[position + 1]))
        }
        return names
    }

    final class StatementLog: @unchecked Sendable { var statements: [String] = [] }
}
