import Foundation
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// The JSON export's hand-written objects are byte for byte what `JSONSerialization` wrote (the
/// slow reference kept beside it), for demo profiles and for values made to be awkward.
@Suite struct JSONExportEquivalenceTests {
    @Test func theFastObjectIsTheFoundationObjectByteForByte() throws {
        let temp = try TemporaryStore()
        _ = try DemoLoader(store: temp.store).load(count: 300)
        let exporter = DirectoryExporter(store: temp.store)
        let fields = try temp.store.customFields.definitions()
        var customers: [Customer] = []
        var cursor: DirectoryCursor?
        repeat {
            let page = try temp.store.customers.page(sort: .name, after: cursor, limit: 500)
            customers += try temp.store.customers.customers(ids: page.rows.map(\.id))
            cursor = page.next
        } while cursor != nil
        let awkward = ["quote \" and \\ backslash", "a/b/c", "tab\there", "line\nbreak\r\n", "bell\u{07} esc\u{1B}[31m", "\u{7F} del",
                       "emoji 👩🏽‍🔧 and é", "\u{2028} line separator", "ünïcödé ñ 山田", "", "{\"json\": true}", "\u{0} nul"]
        for (index, text) in awkward.enumerated() {
            var customer = Customer(givenName: text, familyName: awkward[(index + 1) % awkward.count], nickname: text, companyName: text,
                                    emailAddress: "a\(index)@example.com", phoneNumber: text, memo: text)
            customer.id = Int64(100_000 + index)
            customers.append(customer)
        }
        let labels = fields.map(\.label)
        for customer in customers {
            var values: [Int64: String] = [:]
            for (index, field) in fields.enumerated() { values[field.id!] = index % 2 == 0 ? customer.memo + "/\(index)" : "\"\(labels[index])\"" }
            #expect(exporter.json(customer, fields: fields, values: values) == exporter.jsonThroughFoundation(customer, fields: fields, values: values),
                    "\(customer.givenName)")
        }
    }
}
