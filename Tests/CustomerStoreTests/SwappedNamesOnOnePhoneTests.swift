import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: two profiles on one phone whose given and family names are swapped are an exact
/// suggestion that says so (issue 18, point 3: "or with the same phone").
@Suite struct SwappedNamesOnOnePhoneTests {
    @Test(arguments: StoreBackend.all)
    func aSharedPhoneWithSwappedNamesSaysSo(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        _ = try store.customers.create(Customer(givenName: "García", familyName: "Lucía", phoneNumber: "+34 612 34 56 78"))
        _ = try store.customers.create(Customer(givenName: "Lucía", familyName: "García", phoneNumber: "+34 612 345 678"))
        _ = try store.customers.create(Customer(givenName: "Ana", familyName: "Ruiz", phoneNumber: "+34 699 11 22 33"))
        _ = try store.customers.create(Customer(givenName: "Pedro", familyName: "Ruiz", phoneNumber: "+34 699 11 22 33"))
        let clusters = try store.duplicates.clusters()
        let reasons = clusters.map(\.reason)
        #expect(reasons.contains("same phone: +34612345678, and the given and family names swapped (García Lucía / Lucía García)"), "\(reasons)")
        #expect(reasons.contains("same phone: +34699112233"), "a family on one phone is no swap: \(reasons)")
    }
}
