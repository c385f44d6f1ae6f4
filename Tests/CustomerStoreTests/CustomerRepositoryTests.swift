import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: profiles through `DirectoryStore`, run once per backend (`StoreBackend.all`).
@Suite struct CustomerRepositoryTests {
    @Test(arguments: StoreBackend.all)
    func aCustomerRoundTripsWithEveryField(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let draft = Customer(givenName: "María", familyName: "Núñez", nickname: "Mari", companyName: "Café Olé",
                             emailAddress: "maria@example.com", phoneNumber: "(415) 555-0134",
                             address: PostalAddress(line1: "12 Main St", line2: "Apt 4", locality: "San Francisco", region: "CA", postalCode: "94110", country: "US"),
                             birthday: Birthday("1990-04-12"), referenceID: "R1", memo: "Line one\nLine two",
                             emailSubscription: .subscribed, status: .lead, creationSource: .import)
        let saved = try store.customers.create(draft)
        let savedID = try #require(saved.id)
        let loaded = try #require(try store.customers.customer(id: savedID))
        #expect(loaded == saved)
        #expect(loaded.phoneE164 == "+14155550134")
        #expect(loaded.version == 1)
        #expect(loaded.birthday?.description == "1990-04-12")
        #expect(loaded.memo == "Line one\nLine two")
        #expect(loaded.status == .lead && loaded.emailSubscription == .subscribed && loaded.creationSource == .import)
    }

    @Test(arguments: StoreBackend.all)
    func anInvalidProfileStoresNothing(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        #expect(throws: StoreError.self) { try store.customers.create(Customer(givenName: "Ana", emailAddress: "bad")) }
        #expect(try store.customers.count() == 0)
    }

    @Test(arguments: StoreBackend.all)
    func aStaleSaveIsAConflictNotAnOverwrite(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let original = try store.customers.create(Fixtures.maria())
        let otherCounter = try backend.secondCounter(to: store)
        var theirs = original
        theirs.memo = "Saved at the other counter"
        _ = try otherCounter.customers.update(theirs)

        var mine = original
        mine.memo = "Saved here, later"
        do {
            _ = try store.customers.update(mine)
            Issue.record("a stale save must not succeed")
        } catch StoreError.conflict(let current) {
            #expect(current.memo == "Saved at the other counter")
            #expect(current.version == 2)
        }
        #expect(try store.customers.customer(id: original.id!)?.memo == "Saved at the other counter")
    }

    @Test(arguments: StoreBackend.all)
    func theFormsSaveWritesTheProfileAndItsCustomValuesTogether(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let hair = try store.customFields.save(CustomFieldDefinition(label: "Hair type", kind: .text))
        let created = try store.customers.save(Fixtures.maria(), customValues: [hair.id!: .text("Curly")], isNew: true)
        #expect(try store.customFields.values(for: created.id!) == [hair.id!: .text("Curly")])
        // A change to a custom value alone is a new version too: another counter's form is then stale.
        let updated = try store.customers.save(created, customValues: [hair.id!: .text("Straight")], isNew: false)
        #expect(updated.version == 2)
        #expect(try store.customers.customer(id: created.id!)?.version == 2)
        #expect(try store.customFields.values(for: created.id!) == [hair.id!: .text("Straight")])
        _ = try store.customers.save(updated, customValues: [hair.id!: nil], isNew: false)
        #expect(try store.customFields.values(for: created.id!).isEmpty)
    }

    /// The form's save used to write the profile, then the custom values in a second transaction
    /// with no version check: a stale form lost the profile's changes but overwrote the values.
    @Test(arguments: StoreBackend.all)
    func aStaleSaveWithCustomValuesWritesNeitherTheProfileNorTheValues(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let hair = try store.customFields.save(CustomFieldDefinition(label: "Hair type", kind: .text))
        let allergy = try store.customFields.save(CustomFieldDefinition(label: "Allergy", kind: .text))
        let original = try store.customers.save(Fixtures.maria(), customValues: [hair.id!: .text("Curly"), allergy.id!: .text("Latex")], isNew: true)
        let otherCounter = try backend.secondCounter(to: store)
        var theirs = original
        theirs.memo = "Saved at the other counter"
        _ = try otherCounter.customers.save(theirs, customValues: [hair.id!: .text("Wavy")], isNew: false)

        var mine = original
        mine.memo = "Saved here, later"
        do {
            _ = try store.customers.save(mine, customValues: [hair.id!: .text("Straight"), allergy.id!: nil], isNew: false)
            Issue.record("a stale save must not succeed")
        } catch StoreError.conflict(let current) {
            #expect(current.version == 2)
        }
        // Read back through a fresh connection to the file: nothing of the stale save is there.
        let reread = try backend.secondCounter(to: store)
        #expect(try reread.customers.customer(id: original.id!)?.memo == "Saved at the other counter")
        #expect(try reread.customFields.values(for: original.id!) == [hair.id!: .text("Wavy"), allergy.id!: .text("Latex")])
    }

    @Test(arguments: StoreBackend.all)
    func anUpdateBumpsTheVersionAndKeepsCreationTime(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let original = try store.customers.create(Fixtures.maria(), now: Date(timeIntervalSince1970: 1_000_000))
        var edited = original
        edited.familyName = "Núñez-Ruiz"
        let saved = try store.customers.update(edited, now: Date(timeIntervalSince1970: 2_000_000))
        #expect(saved.version == 2)
        let loaded = try #require(try store.customers.customer(id: original.id!))
        #expect(loaded.createdAt == Date(timeIntervalSince1970: 1_000_000))
        #expect(loaded.updatedAt == Date(timeIntervalSince1970: 2_000_000))
        #expect(loaded.familyName == "Núñez-Ruiz")
    }

    @Test(arguments: StoreBackend.all)
    func deletingACustomerCascadesToEverythingOnTheCard(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let id = try store.customers.create(Fixtures.maria()).id!
        _ = try store.notes.save(Note(customerID: id, body: "Hello"))
        _ = try store.bookings.save(Booking(customerID: id, startsAt: Date(), durationMinutes: 30, service: "Cut"))
        _ = try store.loyalty.enroll(customerID: id)
        try store.customers.delete(id: id)
        let counts = try store.maintenance.rowCounts()
        #expect(counts["note"] == 0 && counts["booking"] == 0 && counts["loyalty_account"] == 0 && counts["loyalty_entry"] == 0, "\(counts)")
    }
}

/// Contract: search as you type through `DirectoryStore`, once per backend.
@Suite struct DirectorySearchTests {
    /// A small directory with the people the product's examples talk about.
    func makeDirectory(_ backend: StoreBackend, region: String = "US") throws -> any ClienteleStoring {
        let store = try backend.makeStore(region: region)
        let customers = store.customers
        _ = try customers.create(Fixtures.maria())
        _ = try customers.create(Fixtures.jose())
        _ = try customers.create(Fixtures.camille())
        _ = try customers.create(Customer(givenName: "Nuno", familyName: "Silva", emailAddress: "nuno@example.pt", referenceID: "R4"))
        _ = try customers.create(Customer(companyName: "Blue Bottle", phoneNumber: "+1 510 555 0199"))
        return store
    }

    func names(_ result: SearchResult) -> [String] { result.rows.map(\.displayName) }

    @Test(arguments: StoreBackend.all)
    func searchIgnoresAccentsAndCase(_ backend: StoreBackend) throws {
        let store = try makeDirectory(backend)
        #expect(names(try store.customers.search("nunez")) == ["María Núñez"])
        #expect(names(try store.customers.search("JOSE")) == ["José García"])
        #expect(names(try store.customers.search("lefevre")) == ["Camille Lefèvre"])
    }

    @Test(arguments: StoreBackend.all)
    func searchMatchesWordPrefixesOfEveryNamedField(_ backend: StoreBackend) throws {
        let store = try makeDirectory(backend)
        #expect(names(try store.customers.search("nu")) == ["María Núñez", "Nuno Silva"])
        #expect(names(try store.customers.search("mari")) == ["María Núñez"])      // nickname and given name
        #expect(names(try store.customers.search("cafe")) == ["María Núñez"])      // company
        #expect(names(try store.customers.search("camille@ex")) == ["Camille Lefèvre"])  // email start
        #expect(names(try store.customers.search("Maria.Nunez@")) == ["María Núñez"])
        #expect(names(try store.customers.search("jos garc")) == ["José García"])  // every word must match
        #expect(try store.customers.search("zzz").rows.isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func searchFindsAReferenceID(_ backend: StoreBackend) throws {
        let store = try makeDirectory(backend)
        #expect(names(try store.customers.search("R3")) == ["Camille Lefèvre"])
    }

    @Test(arguments: StoreBackend.all, ["+1 (415) 555-0134", "415-555-0134", "4155550134", "14155550134", "415 555", "0134", "5550134", "+1 415"])
    func aPhoneTypedAnyWayFindsTheCustomer(_ backend: StoreBackend, _ typed: String) throws {
        let store = try makeDirectory(backend)
        #expect(names(try store.customers.search(typed)).contains("María Núñez"), "\(typed)")
    }

    @Test(arguments: StoreBackend.all)
    func aFrenchNumberWrittenNationallyIsFoundInAFrenchShop(_ backend: StoreBackend) throws {
        let store = try makeDirectory(backend, region: "FR")
        #expect(names(try store.customers.search("06 12 34 56 78")) == ["Camille Lefèvre"])
        #expect(names(try store.customers.search("06 12 34")) == ["Camille Lefèvre"])
    }

    @Test(arguments: StoreBackend.all)
    func lastDigitsFindEveryNumberEndingThatWayButAWholeNumberOnlyItself(_ backend: StoreBackend) throws {
        let store = try makeDirectory(backend)
        _ = try store.customers.create(Customer(givenName: "Aaron", familyName: "Abbott", phoneNumber: "+1 510 555 0134"))
        #expect(names(try store.customers.search("555-0134")) == ["Aaron Abbott", "María Núñez"])
        #expect(names(try store.customers.search("(415) 555-0134")) == ["María Núñez"])
    }

    @Test(arguments: StoreBackend.all)
    func searchHonoursTheFilter(_ backend: StoreBackend) throws {
        let store = try makeDirectory(backend)
        let lead = try store.customers.create(Customer(givenName: "Nuria", familyName: "Lead", status: .lead))
        let result = try store.customers.search("nu", filter: DirectoryFilter(status: .lead))
        #expect(result.rows.map(\.id) == [lead.id!])
    }

    @Test(arguments: StoreBackend.all)
    func aBroadSearchSaysItWasTruncated(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        try store.customers.insertBatch((0..<30).map { Customer(givenName: "Anna\($0)", familyName: "Test") })
        let result = try store.customers.search("test", limit: 10)
        #expect(result.rows.count == 10)
        #expect(result.truncated)
    }

    /// A lookup by last digits says it was cut only when more profiles match than the page holds, keeps
    /// to the filter, and puts the whole number's own profile first.
    @Test(arguments: StoreBackend.all)
    func aPhoneLookupSaysItWasTruncatedOnlyPastItsLimitAndHonoursTheFilter(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        // +1 415 510 7777 … +1 415 519 7777: ten numbers ending 7777, the first three leads.
        var ids: [CustomerID] = []
        for index in 0..<10 {
            ids.append(try store.customers.create(Customer(givenName: "Zed\(index)", familyName: "Phone",
                                                           phoneNumber: "+1 415 5\(10 + index) 7777", status: index < 3 ? .lead : .client)).id!)
        }
        let exactly = try store.customers.search("7777", limit: 10)
        #expect(exactly.rows.count == 10 && !exactly.truncated, "\(exactly.rows.count) rows, truncated \(exactly.truncated)")
        let cut = try store.customers.search("7777", limit: 9)
        #expect(cut.rows.count == 9 && cut.truncated, "\(cut.rows.count) rows, truncated \(cut.truncated)")
        #expect(try store.customers.search("7777", filter: DirectoryFilter(status: .lead), limit: 10).rows.map(\.id) == Array(ids.prefix(3)))
        #expect(try store.customers.search("5197777", filter: DirectoryFilter(status: .lead), limit: 10).rows.isEmpty)
        #expect(try store.customers.search("5197777", limit: 10).rows.map(\.id) == [ids[9]])
        #expect(try store.customers.search("+1 415 519 7777", limit: 10).rows.map(\.id) == [ids[9]])
    }

    /// An import's and the demo's many profiles at once (PostgreSQL: COPY's text rows, where a tab, a
    /// line break and a backslash are escapes) come back exactly as given, empty values included.
    @Test(arguments: StoreBackend.all)
    func aBatchKeepsEveryCharacterAndEveryEmptyValue(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let awkward = "tab\there\nnew line\r\nback\\slash \\N \\t end\\"
        var full = Customer(givenName: "Zoé", familyName: "O'Brien\t", nickname: "\\N", companyName: "Café \"Ñ\"",
                            emailAddress: "zoe@example.com", phoneNumber: "+1 415 555 0100", phoneE164: "+14155550100",
                            address: PostalAddress(line1: "1 Rue\\Main", line2: "", locality: "Paris", region: "", postalCode: "75001", country: "FR"),
                            birthday: Birthday("1990-02-03"), referenceID: "R\n1", memo: awkward)
        full.createdAt = Date(timeIntervalSince1970: 1_700_000_000)
        full.updatedAt = full.createdAt
        let bare = Customer(givenName: "", familyName: "Empty", companyName: "")
        let ids = try store.customers.insertBatch([full, bare])
        let stored = try #require(try store.customers.customer(id: ids[0]))
        #expect(stored.givenName == "Zoé" && stored.familyName == "O'Brien\t" && stored.nickname == "\\N")
        #expect(stored.companyName == "Café \"Ñ\"" && stored.memo == awkward && stored.referenceID == "R\n1")
        #expect(stored.address.line1 == "1 Rue\\Main" && stored.address.line2 == "" && stored.birthday == Birthday("1990-02-03"))
        #expect(stored.phoneE164 == "+14155550100" && stored.createdAt == full.createdAt)
        let empty = try #require(try store.customers.customer(id: ids[1]))
        #expect(empty.givenName == "" && empty.phoneE164 == nil && empty.birthday == nil && empty.emailAddress == "")
        #expect(try store.customers.search("zoe", limit: 5).rows.map(\.id) == [ids[0]])
    }
}

/// Contract: the directory's pages, sorts and filters, once per backend.
@Suite struct DirectoryPagingTests {
    @Test(arguments: StoreBackend.all)
    func pagesFollowEachOtherWithoutGapsOrRepeats(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        let people = (0..<237).map { index in
            Customer(givenName: "Given\(index)", familyName: ["Núñez", "Adams", "Zola", "Émile"][index % 4],
                     createdAt: base.addingTimeInterval(Double(index % 50) * 60), updatedAt: base)
        }
        try store.customers.insertBatch(people)
        for sort in DirectorySort.allCases {
            var seen: [CustomerID] = []
            var cursor: DirectoryCursor?
            repeat {
                let page = try store.customers.page(sort: sort, after: cursor, limit: 40)
                seen += page.rows.map(\.id)
                cursor = page.next
            } while cursor != nil
            #expect(seen.count == 237, "\(sort)")
            #expect(Set(seen).count == 237, "\(sort)")
        }
    }

    @Test(arguments: StoreBackend.all)
    func nameOrderFoldsAccentsAndSortsByFamilyName(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        for (given, family) in [("Zoe", "Émile"), ("Ana", "Zola"), ("Bob", "Adams"), ("Eve", "Núñez")] {
            _ = try store.customers.create(Customer(givenName: given, familyName: family))
        }
        let page = try store.customers.page(sort: .name)
        #expect(page.rows.map(\.displayName) == ["Bob Adams", "Zoe Émile", "Eve Núñez", "Ana Zola"])
    }

    @Test(arguments: StoreBackend.all)
    func recentlyAddedListsNewestFirst(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        for (index, name) in ["Old", "Middle", "New"].enumerated() {
            _ = try store.customers.create(Customer(givenName: name), now: Date(timeIntervalSince1970: Double(1_000 + index)))
        }
        #expect(try store.customers.page(sort: .recentlyAdded).rows.map(\.displayName) == ["New", "Middle", "Old"])
    }

    @Test(arguments: StoreBackend.all)
    func lastActivityFollowsNotesAndBookings(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let quiet = try store.customers.create(Customer(givenName: "Quiet"), now: Date(timeIntervalSince1970: 5_000))
        let busy = try store.customers.create(Customer(givenName: "Busy"), now: Date(timeIntervalSince1970: 1_000))
        _ = try store.notes.save(Note(customerID: busy.id!, body: "Called"), now: Date(timeIntervalSince1970: 9_000))
        #expect(try store.customers.page(sort: .lastActivity).rows.map(\.id) == [busy.id!, quiet.id!])
    }

    @Test(arguments: StoreBackend.all)
    func filtersNarrowTheDirectoryAndItsCount(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let now = Date()
        let ana = try store.customers.create(Customer(givenName: "Ana", phoneNumber: "+1 415 555 0101", emailSubscription: .subscribed))
        let bob = try store.customers.create(Customer(givenName: "Bob", status: .inactive))
        let cleo = try store.customers.create(Customer(givenName: "Cleo"))
        let vip = try store.groups.create(name: "VIP")
        try store.groups.add(customers: [ana.id!, cleo.id!], to: vip.id!)
        _ = try store.loyalty.enroll(customerID: ana.id!)
        _ = try store.notes.save(Note(customerID: bob.id!, body: "Call back", reminder: Reminder(dueAt: now.addingTimeInterval(-60))))
        _ = try store.payments.save(Payment(customerID: cleo.id!, amount: Money(minorUnits: 500, currency: "USD"), status: .due, dueDate: now.addingTimeInterval(-86_400)))

        func ids(_ filter: DirectoryFilter) throws -> Set<CustomerID> {
            #expect(try store.customers.count(filter: filter, now: now) == store.customers.page(sort: .name, filter: filter, after: nil, limit: 100, now: now).rows.count)
            return Set(try store.customers.page(sort: .name, filter: filter, after: nil, limit: 100, now: now).rows.map(\.id))
        }
        #expect(try ids(DirectoryFilter(groupID: vip.id)) == [ana.id!, cleo.id!])
        #expect(try ids(DirectoryFilter(status: .inactive)) == [bob.id!])
        #expect(try ids(DirectoryFilter(emailSubscription: .subscribed)) == [ana.id!])
        #expect(try ids(DirectoryFilter(loyaltyMembersOnly: true)) == [ana.id!])
        #expect(try ids(DirectoryFilter(remindersDueOnly: true)) == [bob.id!])
        #expect(try ids(DirectoryFilter(overduePaymentsOnly: true)) == [cleo.id!])
        #expect(try ids(DirectoryFilter(groupID: vip.id, status: .client)) == [ana.id!, cleo.id!])
    }
}
