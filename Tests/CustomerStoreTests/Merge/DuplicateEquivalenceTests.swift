import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract across backends: the same profiles give the same suggestions — the same clusters, in
/// the same order, with the same reasons, and the same count — on SQLite and on PostgreSQL (each
/// reads its blocks from its own indexes; the comparing is `DuplicateDetector`'s, shared).
@Suite(.enabled(if: StoreBackend.all.count > 1))
struct DuplicateEquivalenceTests {
    /// A few hundred profiles, the same every run: shared emails and phones (some written another
    /// way), names alike at one street (short forms, typos, swapped), street-less profiles by
    /// postal code, and families that must stay apart.
    static func profiles() -> [Customer] {
        let givens = ["Ana", "Anna", "John", "Jon", "Katherine", "Catherine", "Robert", "Bob", "Luis", "Luiz", "Mei", "Marie", "Maria", "Tom", "Thomas"]
        let families = ["Silva", "Silvа", "Smith", "Smyth", "Nguyen", "Ng", "Dubois", "Martin", "Lee", "Li"]
        let streets = ["12 Main St", "12 Main Street", "4 Rue Oberkampf", "88 Elm Ave", "7 Oak Rd", "19 Pine St"]
        let postals = ["94110", "75011", "10001", "60614"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        return (0..<400).map { index in
            var given = givens[next(givens.count)], family = families[next(families.count)]
            if next(12) == 0 { swap(&given, &family) }
            let email = next(5) == 0 ? "\(given.lowercased()).\(next(30))@example.com" : ""
            let line = String(format: "%02d", next(40))
            let hasPhone = next(6) == 0
            let street = next(4) == 0 ? "" : streets[next(streets.count)]
            return Customer(givenName: given, familyName: family, emailAddress: next(2) == 0 ? email.uppercased() : email,
                            phoneNumber: hasPhone ? "+1 415 555 01\(line)" : "", phoneE164: hasPhone ? "+141555501\(line)" : nil,
                            address: PostalAddress(line1: street, postalCode: postals[next(postals.count)]),
                            createdAt: start.addingTimeInterval(Double(index)), updatedAt: start.addingTimeInterval(Double(index)), version: 1)
        }
    }

    @Test func bothBackendsSuggestTheSameClusters() throws {
        let profiles = Self.profiles()
        var results: [(clusters: [DuplicateCluster], exact: [DuplicateCluster], count: Int)] = []
        for backend in StoreBackend.all {
            let store = try backend.makeStore()
            let ids = try store.customers.insertBatch(profiles)
            #expect(ids == (1...Int64(profiles.count)).map { $0 }, "\(backend): ids in order")
            // One ignored pair, so that both leave it out alike.
            let first = try #require(try store.duplicates.clusters().first)
            try store.duplicates.ignore(DuplicateCluster(kind: first.kind, reasons: first.reasons, customerIDs: Array(first.customerIDs.prefix(2))),
                                        now: Date(timeIntervalSince1970: 1_700_100_000))
            results.append((try store.duplicates.clusters(), try store.duplicates.exactClusters(), try store.duplicates.count()))
        }
        let (sqlite, postgres) = (results[0], results[1])
        #expect(sqlite.clusters.count > 20 && sqlite.clusters.contains { $0.kind == .possible } && sqlite.clusters.contains { $0.kind == .exact })
        #expect(sqlite.clusters.map(\.id) == postgres.clusters.map(\.id))
        #expect(sqlite.clusters == postgres.clusters)
        #expect(sqlite.exact == postgres.exact)
        #expect(sqlite.count == postgres.count && sqlite.count == sqlite.clusters.count)
    }
}
