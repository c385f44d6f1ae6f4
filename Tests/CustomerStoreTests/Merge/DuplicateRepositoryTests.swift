import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// Contract: duplicate suggestions, "ignore" and "merge all", once per backend.
@Suite struct DuplicateRepositoryTests {
    @discardableResult
    func add(_ store: any ClienteleStoring, _ given: String, _ family: String, email: String = "", phone: String = "", street: String = "", postal: String = "") throws -> CustomerID {
        try store.customers.create(Customer(givenName: given, familyName: family, emailAddress: email, phoneNumber: phone,
                                            address: PostalAddress(line1: street, postalCode: postal))).id!
    }

    @Test(arguments: StoreBackend.all)
    func emailsDifferingInCaseAndPhonesWrittenAnotherWayAreExactDuplicates(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try add(store, "Ana", "Silva", email: "Ana.Silva@Example.com")
        let b = try add(store, "A.", "Silva", email: " ana.silva@example.com")
        let c = try add(store, "Luis", "Gómez", phone: "(415) 555-0134")
        let d = try add(store, "Luis", "Gomez", phone: "+1 415 555 0134")
        try add(store, "Emma", "Brown", email: "emma@example.com", phone: "+1 415 555 0100")
        let clusters = try store.duplicates.clusters()
        #expect(clusters.map(\.customerIDs) == [[a, b], [c, d]])
        #expect(clusters.allSatisfy { $0.kind == .exact })
        #expect(clusters[0].reason == "same email: ana.silva@example.com")
        #expect(clusters[1].reason == "same phone: +14155550134")
    }

    @Test(arguments: StoreBackend.all)
    func similarNamesAtOneStreetAddressArePossibleDuplicates(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try add(store, "Camille", "Lefèvre", email: "c1@example.com", street: "12 Rue Oberkampf", postal: "75011")
        let b = try add(store, "Camile", "Lefevre", email: "c2@example.com", street: "12 rue Oberkampf.", postal: "75011")
        try add(store, "Hugo", "Lefèvre", email: "h@example.com", street: "12 Rue Oberkampf", postal: "75011")  // same house, another person
        try add(store, "Camille", "Lefèvre", email: "c3@example.com", street: "40 Rue Oberkampf", postal: "75011")  // another house
        try add(store, "Camille", "Lefèvre", postal: "75011")  // no street: like two households, so like neither
        let clusters = try store.duplicates.clusters()
        #expect(clusters.map(\.kind) == [.possible])
        #expect(clusters[0].customerIDs == [a, b])
        #expect(clusters[0].reason.contains("nearly the same name (Camille Lefèvre / Camile Lefevre) at the same address: 12 Rue Oberkampf, 75011"))
    }

    @Test(arguments: StoreBackend.all)
    func shortFormsAndSwappedNamesAtOneAddressArePossibleDuplicatesButAFamilyStaysApart(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let robert = try add(store, "Robert", "Smith", email: "r1@example.com", street: "9 Oak Ave", postal: "94110")
        let bob = try add(store, "Bob", "Smith", email: "r2@example.com", street: "9 Oak Avenue", postal: "94110")
        try add(store, "Roberta", "Smith", email: "r3@example.com", street: "9 Oak Ave", postal: "94110")  // his sister
        let jose = try add(store, "José", "García", email: "j1@example.com", street: "3 Calle Mayor", postal: "28013")
        let pepe = try add(store, "Pepe", "Garcia", email: "j2@example.com", street: "3 c. mayor", postal: "28013")
        let swapped = try add(store, "García", "José", email: "j3@example.com", street: "3 Calle Mayor", postal: "28013")
        try add(store, "Francisca", "García", email: "f@example.com", street: "3 Calle Mayor", postal: "28013")
        let clusters = try store.duplicates.clusters()
        #expect(Set(clusters.map(\.customerIDs)) == [[robert, bob], [jose, pepe, swapped]])
        let reasons = clusters.map(\.reason).joined(separator: "\n")
        #expect(reasons.contains("Bob is a short form of Robert (Robert Smith / Bob Smith) at the same address: 9 Oak Ave, 94110"), "\(reasons)")
        #expect(reasons.contains("Pepe is a short form of José (José García / Pepe Garcia)"), "\(reasons)")
        #expect(reasons.contains("the same names, given and family swapped (José García / García José)"), "\(reasons)")
        #expect(try store.duplicates.count() == 2)
    }

    @Test(arguments: StoreBackend.all)
    func aProfileWithoutAStreetIsComparedWithItsPostalCode(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try add(store, "Camille", "Lefèvre", email: "c1@example.com", street: "12 Rue Oberkampf", postal: "75011")
        let b = try add(store, "Camille", "Lefevre", email: "c2@example.com", postal: "75011")
        try add(store, "Camille", "Lefèvre", email: "c3@example.com", postal: "69001")
        let clusters = try store.duplicates.clusters()
        #expect(clusters.map(\.customerIDs) == [[a, b]])
        #expect(clusters.first?.reason == "the same name but for accents (Camille Lefèvre / Camille Lefevre) with the same postal code: 75011")
    }

    @Test(arguments: StoreBackend.all)
    func anIgnoredClusterIsNeverSuggestedAgain(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        try add(store, "Ana", "Silva", email: "ana@example.com")
        try add(store, "Ana", "Silva", email: "ANA@example.com")
        let cluster = try #require(try store.duplicates.clusters().first)
        try store.duplicates.ignore(cluster)
        #expect(try store.duplicates.clusters().isEmpty)
        let third = try add(store, "Ana", "Silva", email: "ana@example.com ")
        #expect(try store.duplicates.clusters().first?.customerIDs.contains(third) == true)  // a newcomer is still suggested
    }

    @Test(arguments: StoreBackend.all)
    func aMergeRemovesItsCluster(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try add(store, "Ana", "Silva", email: "ana@example.com")
        let b = try add(store, "Ana", "Silva", email: "ANA@example.com")
        #expect(try store.duplicates.clusters().count == 1)
        try store.merges.merge(a, absorbing: b)
        #expect(try store.duplicates.clusters().isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func theReviewShowsWhatEachProfileHolds(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try add(store, "Ana", "Silva", email: "ana@example.com")
        try add(store, "Ana", "Silva", email: "ana@example.com")
        _ = try store.notes.save(Note(customerID: a, body: "hello"))
        let group = try store.groups.create(name: "VIP")
        try store.groups.add(customers: [a], to: group.id!)
        let profiles = try store.duplicates.profiles(of: try #require(try store.duplicates.clusters().first))
        #expect(profiles.map(\.notes) == [1, 0])
        #expect(profiles.map(\.groups) == ["VIP", ""])
        #expect(profiles.map(\.loyaltyPoints) == [nil, nil])
    }

    @Test(arguments: StoreBackend.all)
    func mergeAllMergesEveryExactClusterIntoItsOldestProfile(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try add(store, "Ana", "Silva", email: "ana@example.com")
        try add(store, "Ana", "Silva", email: "ana@example.com")
        try add(store, "Ana", "Silva", email: "ana@example.com")
        let c = try add(store, "Luis", "Gómez", phone: "(415) 555-0134")
        try add(store, "Luis", "Gomez", phone: "+1 415 555 0134")
        try add(store, "Camille", "Lefèvre", street: "1 Main St", postal: "94110")
        try add(store, "Camile", "Lefèvre", street: "1 Main St", postal: "94110")  // possible: not merged by "merge all"
        let outcome = try store.merges.mergeAll(try store.duplicates.exactClusters())
        #expect(outcome.records.count == 3 && outcome.skipped.isEmpty)
        #expect(Set(outcome.records.map(\.survivorID)) == [a, c])
        #expect(outcome.mergedProfiles == 5 && outcome.survivors == 2)
        #expect(try store.customers.count() == 4)
        #expect(try store.duplicates.clusters().map(\.kind) == [.possible])
    }

    @Test(arguments: StoreBackend.all)
    func mergeAllSkipsAndNamesAClusterOverTheDocumentLimitUnlessToldToKeepTheNewest(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try add(store, "Ana", "Silva", email: "ana@example.com")
        let b = try add(store, "Ana", "Silva", email: "ana@example.com")
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        for index in 0..<55 {
            _ = try store.attachments.attach(data: png + Data("a\(index)".utf8), fileName: "a\(index).png", to: a)
            _ = try store.attachments.attach(data: png + Data("b\(index)".utf8), fileName: "b\(index).png", to: b)
        }
        let skipped = try store.merges.mergeAll(try store.duplicates.exactClusters())
        #expect(skipped.records.isEmpty)
        #expect(skipped.skipped.map(\.cluster.customerIDs) == [[a, b]])
        #expect(skipped.skipped.first?.reason.contains("110 documents") == true)
        #expect(try store.customers.count() == 2)
        let kept = try store.merges.mergeAll(try store.duplicates.exactClusters(), keepNewestDocuments: true)
        #expect(kept.records.count == 1)
        #expect(try store.attachments.attachments(for: a).count == 100)
    }

    @Test(arguments: StoreBackend.all)
    func mergeAllMergesAClusterOfThreeInOneTransaction(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        // The second merge of the cluster fails (its profile vanished in between): the first is rolled back too.
        let a = try add(store, "Ana", "Silva", email: "ana@example.com")
        let b = try add(store, "Ana", "Silva", email: "ana@example.com")
        let c = try add(store, "Ana", "Silva", email: "ana@example.com")
        let cluster = try #require(try store.duplicates.exactClusters().first)
        try store.customers.delete(id: c)
        let outcome = try store.merges.mergeAll([cluster])
        #expect(outcome.records.isEmpty)
        #expect(outcome.skipped.count == 1)
        #expect(try store.customers.customers(ids: [a, b]).count == 2)
        #expect(try store.merges.history(of: a).isEmpty)
    }
}

/// Contract: the alert's count is what the review lists, however the clusters are shaped.
@Suite struct DuplicateCountTests {
    @Test(arguments: StoreBackend.all)
    func theCountEqualsTheNumberOfClusters(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        func add(_ given: String, _ family: String, email: String = "", phone: String = "", street: String = "", postal: String = "") throws -> CustomerID {
            try DuplicateRepositoryTests().add(store, given, family, email: email, phone: phone, street: street, postal: postal)
        }
        #expect(try store.duplicates.count() == 0)
        _ = try add("Ana", "Silva", email: "ana@example.com", street: "1 Main St", postal: "94110")
        _ = try add("Ana", "Silva", email: "ANA@example.com", phone: "415 555 0134")
        _ = try add("A.", "Silva", phone: "(415) 555-0134", street: "1 Main St", postal: "94110")  // exact through the phone, possible through the address
        _ = try add("Camille", "Lefèvre", street: "9 Rue Oberkampf", postal: "75011")
        _ = try add("Camile", "Lefevre", street: "9 rue Oberkampf", postal: "75011")
        _ = try add("Luis", "Gómez", email: "luis@example.com")
        let clusters = try store.duplicates.clusters()
        #expect(clusters.count == 2)
        #expect(try store.duplicates.count() == clusters.count)
        try store.duplicates.ignore(try #require(clusters.last))
        #expect(try store.duplicates.count() == 1)
    }
}

/// SQLite-specific, not part of the contract: v2's backfill of address keys for profiles stored
/// before the column existed.
@Suite struct AddressKeyMigrationTests {
    @Test func addressKeysOfProfilesStoredBeforeTheyExistedAreFilledByTheMigration() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        let a = try store.customers.create(Customer(givenName: "Camille", familyName: "Lefèvre", address: PostalAddress(line1: "12 Rue Oberkampf", postalCode: "75011"))).id!
        try store.database.writer.write { db in try db.execute(sql: "UPDATE customer SET address_key = ''") }
        try store.database.writer.write { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v2%' OR identifier LIKE 'v3%' OR identifier LIKE 'v4%'")
            try db.execute(sql: "DROP INDEX customer_by_address_key; DROP INDEX customer_without_street_by_postal_code; DROP INDEX customer_by_postal_code; CREATE INDEX customer_by_postal_code ON customer(postal_code)")
            try db.execute(sql: "ALTER TABLE customer DROP COLUMN address_key")
        }
        let reopened = try AppDatabase(path: temp.path)
        let key = try reopened.writer.read { db in try String.fetchOne(db, sql: "SELECT address_key FROM customer WHERE id = ?", arguments: [a]) }
        #expect(key == "12 r oberkampf|75011")
    }
}
