import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: manual groups (create, rename, delete keeping the customers, add and remove, member
/// counts) and every directory filter, alone and combined with each other (PRODUCT §2, issue 15).
@Suite struct GroupsAndFiltersTests {
    let now = Date(timeIntervalSince1970: 1_796_288_400)  // 2026-12-03 09:00 UTC
    let day: TimeInterval = 86_400

    // MARK: Groups

    @Test(arguments: StoreBackend.all)
    func aGroupIsCreatedRenamedAndDeletedWhileItsCustomersStay(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let ana = try store.customers.create(Customer(givenName: "Ana")).id!, bob = try store.customers.create(Customer(givenName: "Bob")).id!
        let vip = try store.groups.create(name: "  VIP  ", now: now)
        #expect(vip.name == "VIP")
        #expect(try store.groups.add(customers: [ana, bob, ana], to: vip.id!) == 2)
        #expect(try store.groups.add(customers: [ana], to: vip.id!) == 0)  // already a member
        #expect(try store.groups.groups().map(\.memberCount) == [2])
        #expect(try store.groups.remove(customers: [bob], from: vip.id!) == 1)
        #expect(try store.groups.remove(customers: [bob], from: vip.id!) == 0)
        #expect(try store.groups.groups().first?.memberCount == 1)
        try store.groups.rename(id: vip.id!, to: "Regulars")
        #expect(try store.groups.group(named: "regulars")?.id == vip.id)
        #expect(try store.groups.group(named: "VIP") == nil)
        #expect(try store.groups.groups(of: ana).map(\.name) == ["Regulars"])
        try store.groups.delete(id: vip.id!)
        #expect(try store.groups.groups().isEmpty)
        #expect(try store.customers.count() == 2)  // the customers stay
        #expect(try store.groups.groups(of: ana).isEmpty)
        #expect(throws: StoreError.notFound(what: "group", id: vip.id!)) { try store.groups.delete(id: vip.id!) }
    }

    @Test(arguments: StoreBackend.all)
    func groupNamesAreUniqueWhateverTheirCaseAndRefuseEmptyLongControlAndCardNumbers(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let vip = try store.groups.create(name: "VIP", now: now)
        let walkIns = try store.groups.create(name: "Walk-ins", now: now)
        #expect(throws: StoreError.duplicateName(what: "group", name: "vip")) { _ = try store.groups.create(name: "vip", now: now) }
        #expect(throws: StoreError.duplicateName(what: "group", name: "WALK-INS")) { try store.groups.rename(id: vip.id!, to: "WALK-INS") }
        try store.groups.rename(id: vip.id!, to: "Vip")  // its own name in another case is no clash
        for bad in ["", "   ", String(repeating: "a", count: 101), "VIP\nBcc", "Tab\there", "esc\u{1B}[31m", "bidi\u{202E}txt",
                    "card 4111 1111 1111 1111"] {
            #expect(throws: StoreError.self, "\(bad.debugDescription)") { _ = try store.groups.create(name: bad, now: now) }
            #expect(throws: StoreError.self, "\(bad.debugDescription)") { try store.groups.rename(id: walkIns.id!, to: bad) }
        }
        _ = try store.groups.create(name: String(repeating: "é", count: 100), now: now)  // at the limit
        _ = try store.groups.create(name: "Família 👨‍👩‍👧", now: now)  // a joined emoji is no control
        #expect(try store.groups.groups().map(\.name).sorted() == ["Família 👨‍👩‍👧", "Vip", "Walk-ins", String(repeating: "é", count: 100)].sorted())
        #expect(throws: StoreError.notFound(what: "group", id: 999)) { try store.groups.rename(id: 999, to: "Other") }
    }

    @Test(arguments: StoreBackend.all)
    func anUnknownGroupOrCustomerChangesNothing(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let ana = try store.customers.create(Customer(givenName: "Ana")).id!
        let vip = try store.groups.create(name: "VIP", now: now)
        #expect(throws: StoreError.notFound(what: "customer", id: 4242)) { try store.groups.add(customers: [ana, 4242], to: vip.id!) }
        #expect(try store.groups.groups().first?.memberCount == 0)  // Ana was not added either
        #expect(throws: StoreError.notFound(what: "group", id: 777)) { try store.groups.add(customers: [ana], to: 777) }
        try store.groups.add(customers: [ana], to: vip.id!)
        #expect(throws: StoreError.notFound(what: "customer", id: 4242)) { try store.groups.remove(customers: [ana, 4242], from: vip.id!) }
        #expect(try store.groups.groups().first?.memberCount == 1)
        #expect(throws: StoreError.notFound(what: "group", id: 777)) { try store.groups.remove(customers: [ana], from: 777) }
    }

    // MARK: Filters

    /// What one profile of the shop below is, to say which filters it passes without the store.
    struct Profile {
        var id: CustomerID = 0
        var status: CustomerStatus
        var subscription: EmailSubscription
        var inVIP, inWalkIns, loyal, reminderDue, overdue: Bool
        var createdAt: Date
    }

    /// 30 profiles, each filter true for a different pattern of them: the patterns cross, so every
    /// pair of filters has profiles that pass both, one of them, and neither.
    func shop(_ backend: StoreBackend) throws -> (any ClienteleStoring, [Profile], vip: Int64, walkIns: Int64) {
        let store = try backend.makeStore()
        let vip = try store.groups.create(name: "VIP", now: now).id!, walkIns = try store.groups.create(name: "Walk-ins", now: now).id!
        _ = try store.loyalty.saveProgram(LoyaltyProgram(name: "Club", accrual: .perVisit(points: 10)))
        var profiles: [Profile] = []
        for index in 0..<30 {
            var profile = Profile(status: CustomerStatus.allCases[index % 3], subscription: EmailSubscription.allCases[(index / 3) % 3],
                                  inVIP: index % 2 == 0, inWalkIns: index % 5 == 0, loyal: index % 4 == 1, reminderDue: index % 4 == 2,
                                  overdue: index % 3 == 1 || index == 6, createdAt: now - Double(30 - index) * day)
            let customer = try store.customers.create(Customer(givenName: "Given\(index)", familyName: ["Núñez", "Adams", "Zola"][index % 3],
                                                               phoneNumber: "+1 415 555 01\(String(format: "%02d", index))",
                                                               emailSubscription: profile.subscription, status: profile.status),
                                                      now: profile.createdAt)
            let id = customer.id!
            profile.id = id
            if profile.inVIP { try store.groups.add(customers: [id], to: vip) }
            if profile.inWalkIns { try store.groups.add(customers: [id], to: walkIns) }
            if profile.loyal { _ = try store.loyalty.enroll(customerID: id, now: now) }
            // Reminders: due (past, open), or not (in the future) — never the other way round.
            _ = try store.notes.save(Note(customerID: id, body: "Call \(index)", reminder: Reminder(dueAt: profile.reminderDue ? now - 3600 : now + day)), now: now)
            // Payments by the one rule: due and past its date is overdue; stored overdue is overdue;
            // due later, paid, or refunded is not.
            let money = Money(minorUnits: Int64(1000 + index), currency: "USD")
            if index % 3 == 1 {
                _ = try store.payments.save(Payment(customerID: id, amount: money, status: .due, date: now - 10 * day, dueDate: now - day), now: now)
            } else if index == 6 {
                _ = try store.payments.save(Payment(customerID: id, amount: money, status: .overdue, date: now - 10 * day, dueDate: now + day), now: now)
            } else {
                _ = try store.payments.save(Payment(customerID: id, amount: money, status: .due, date: now, dueDate: now + day), now: now)
                _ = try store.payments.save(Payment(customerID: id, amount: money, status: .paid, date: now - 10 * day, dueDate: now - 5 * day), now: now)
            }
            profiles.append(profile)
        }
        return (store, profiles, vip, walkIns)
    }

    /// One filter at a time, with the rule it means.
    func atoms(vip: Int64, walkIns: Int64) -> [(String, (inout DirectoryFilter) -> Void, (Profile) -> Bool)] {
        let from = now - 20 * day, before = now - 5 * day
        return [
            ("group VIP", { $0.groupID = vip }, \.inVIP),
            ("group Walk-ins", { $0.groupID = walkIns }, \.inWalkIns),
            ("status client", { $0.status = .client }, { $0.status == .client }),
            ("status lead", { $0.status = .lead }, { $0.status == .lead }),
            ("unsubscribed", { $0.emailSubscription = .unsubscribed }, { $0.subscription == .unsubscribed }),
            ("subscribed", { $0.emailSubscription = .subscribed }, { $0.subscription == .subscribed }),
            ("loyalty", { $0.loyaltyMembersOnly = true }, \.loyal),
            ("reminders due", { $0.remindersDueOnly = true }, \.reminderDue),
            ("overdue", { $0.overduePaymentsOnly = true }, \.overdue),
            ("created from", { $0.createdFrom = from }, { $0.createdAt >= from }),
            ("created before", { $0.createdBefore = before }, { $0.createdAt < before }),
        ]
    }

    @Test(arguments: StoreBackend.all)
    func everyFilterAloneAndWithEveryOtherLetsThroughWhatItsRuleSays(_ backend: StoreBackend) throws {
        let (store, profiles, vip, walkIns) = try shop(backend)
        let atoms = atoms(vip: vip, walkIns: walkIns)
        var combinations: [[Int]] = atoms.indices.map { [$0] }
        // A filter holds one group, one status, one subscription: pairs of the same kind are not combinations.
        let kind = [0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 7]
        for first in atoms.indices { for second in atoms.indices where second > first && kind[first] != kind[second] { combinations.append([first, second]) } }
        combinations.append([0, 2, 4, 6, 8, 9, 10])
        combinations.append([0, 8])  // the journey's group + overdue
        var nonEmpty = 0
        for combination in combinations {
            var filter = DirectoryFilter()
            for index in combination { atoms[index].1(&filter) }
            let words = combination.map { atoms[$0].0 }.joined(separator: " + ")
            let expected = profiles.filter { profile in combination.allSatisfy { atoms[$0].2(profile) } }.map(\.id)
            if !expected.isEmpty { nonEmpty += 1 }
            #expect(try store.customers.count(filter: filter, now: now) == expected.count, "\(words)")
            for sort in DirectorySort.allCases {
                // Small pages: the keyset continues inside the filtered set.
                var seen: [CustomerID] = []
                var cursor: DirectoryCursor?
                repeat {
                    let page = try store.customers.page(sort: sort, filter: filter, after: cursor, limit: 4, now: now)
                    seen += page.rows.map(\.id)
                    cursor = page.next
                } while cursor != nil
                #expect(seen.sorted() == expected.sorted(), "\(words), \(sort)")
                #expect(Set(seen).count == seen.count, "\(words), \(sort): a row twice")
            }
            let found = try store.customers.search("given", filter: filter, limit: 500, now: now).rows.map(\.id)
            #expect(found.sorted() == expected.sorted(), "\(words): search")
            let exported = try store.customers.customers(filter: filter, after: nil, limit: 100, now: now).customers.map(\.id!)
            #expect(exported.sorted() == expected.sorted(), "\(words): export")
        }
        #expect(nonEmpty > combinations.count / 2, "the shop should let most combinations through someone")
    }

    @Test(arguments: StoreBackend.all)
    func theOverdueFilterSaysWhatPaymentIsOverdueSays(_ backend: StoreBackend) throws {
        let (store, profiles, _, _) = try shop(backend)
        for at in [now - 2 * day, now, now + 2 * day] {
            let byRule = try profiles.filter { profile in
                try store.customerCards.card(for: profile.id)!.payments.contains { $0.isOverdue(at: at) }
            }.map(\.id)
            let filtered = try store.customers.page(sort: .name, filter: DirectoryFilter(overduePaymentsOnly: true), after: nil, limit: 100, now: at).rows.map(\.id)
            #expect(filtered.sorted() == byRule.sorted(), "at \(at)")
        }
    }
}
