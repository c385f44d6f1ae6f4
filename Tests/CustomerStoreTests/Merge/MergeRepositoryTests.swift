import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: merges move every part of a card, in one transaction, and undo gives both profiles
/// back — once per backend.
@Suite struct MergeRepositoryTests {
    let now = Date(timeIntervalSince1970: 1_760_000_000)
    let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    /// A profile with something in every part of its card.
    func fullProfile(_ store: any ClienteleStoring, _ customer: Customer, tag: String, points: Int, group: CustomerGroup, field: CustomFieldDefinition) throws -> CustomerID {
        let id = try store.customers.create(customer, now: now).id!
        _ = try store.notes.save(Note(customerID: id, body: "\(tag) note", createdAt: now, reminder: Reminder(dueAt: now.addingTimeInterval(3600))), now: now)
        _ = try store.attachments.attach(data: png + Data(tag.utf8), fileName: "\(tag).png", to: id, now: now)
        let entry = try #require(CardNumberEntry("4242 4242 4242 4242"))
        _ = try store.cardsOnFile.add(CardOnFile(customerID: id, holderName: tag, brand: entry.brand, lastFour: entry.lastFour, expiryMonth: 4,
                                                 expiryYear: 2030, authorizationOnFile: true), now: now)
        let booking = try store.bookings.save(Booking(customerID: id, startsAt: now, durationMinutes: 30, service: "\(tag) cut", status: .completed), now: now)
        _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 2500, currency: "USD"), status: .paid, date: now,
                                            bookingID: booking.id), now: now)
        _ = try store.conversations.log(ConversationMessage(customerID: id, kind: .free, delivery: .queued, body: "\(tag) hello", createdAt: now))
        try store.groups.add(customers: [id], to: group.id!)
        try store.customFields.setValue(.text(tag), fieldID: field.id!, customerID: id)
        if customer.phoneE164 != nil || !customer.phoneNumber.isEmpty {
            let account = try store.loyalty.enroll(customerID: id, now: now)
            try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .earned, points: points, reason: "visits", createdAt: now))
        }
        return id
    }

    func pair(_ store: any ClienteleStoring) throws -> (ana: CustomerID, anna: CustomerID, vip: CustomerGroup, walkIns: CustomerGroup, stylist: CustomFieldDefinition) {
        let vip = try store.groups.create(name: "VIP"), walkIns = try store.groups.create(name: "Walk-ins")
        let stylist = try store.customFields.save(CustomFieldDefinition(label: "Stylist", kind: .text))
        let ana = try fullProfile(store, Customer(givenName: "Ana", familyName: "Silva", emailAddress: "ana@example.com", phoneNumber: "+1 415 555 0100",
                                           address: PostalAddress(line1: "12 Main St", postalCode: "94110"), memo: "Prefers mornings"),
                                  tag: "ana", points: 40, group: vip, field: stylist)
        let anna = try fullProfile(store, Customer(givenName: "Anna", familyName: "Silva", emailAddress: "ANA@example.com ", phoneNumber: "+1 415 555 0199"),
                                   tag: "anna", points: 25, group: walkIns, field: stylist)
        return (ana, anna, vip, walkIns, stylist)
    }

    @Test(arguments: StoreBackend.all)
    func aMergeMovesEveryPartOfTheCardOntoTheSurvivor(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let (ana, anna, _, _, _) = try pair(store)
        let record = try store.merges.merge(ana, absorbing: anna, keepNewestDocuments: false, now: now.addingTimeInterval(60))
        #expect(record.survivorID == ana && record.absorbedID == anna && record.absorbedName == "Anna Silva")
        #expect(try store.customers.customer(id: anna) == nil)
        let card = try #require(try store.customerCards.card(for: ana))
        #expect(Set(card.notes.map(\.body)) == ["ana note", "anna note"])
        #expect(card.dueReminders(at: now.addingTimeInterval(7200)).count == 2)
        #expect(Set(card.attachments.map(\.fileName)) == ["ana.png", "anna.png"])
        #expect(Set(card.cards.map(\.holderName)) == ["ana", "anna"])
        #expect(Set(card.bookings.map(\.service)) == ["ana cut", "anna cut"])
        #expect(card.payments.count == 2 && card.payments.allSatisfy { $0.bookingID != nil })
        #expect(Set(card.messages.map(\.body)) == ["ana hello", "anna hello"])
        #expect(Set(card.groups.map(\.name)) == ["VIP", "Walk-ins"])
        #expect(card.loyaltyAccount?.balance == 65)
        #expect(card.loyaltyEntries.first?.kind == .merged)
        #expect(card.loyaltyEntries.filter { $0.kind == .earned }.count == 2)  // one history
        #expect(card.customer.memo == "Prefers mornings")
        #expect(try store.maintenance.integrityProblems(quick: true).isEmpty)  // nothing dangles (the foreign key check included)
    }

    @Test(arguments: StoreBackend.all)
    func aMergeFollowedByAnUndoGivesBackExactlyTheTwoProfiles(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let (ana, anna, _, _, _) = try pair(store)
        let before = (try #require(try store.customerCards.card(for: ana)), try #require(try store.customerCards.card(for: anna)))
        let record = try store.merges.merge(ana, absorbing: anna, keepNewestDocuments: false, now: now.addingTimeInterval(60))
        try store.merges.undo(mergeID: record.id, now: now.addingTimeInterval(120))
        var after = (try #require(try store.customerCards.card(for: ana)), try #require(try store.customerCards.card(for: anna)))
        // The survivor's version moves on (a save loaded before the undo must not pass); all else is as it was.
        #expect(after.0.customer.version == before.0.customer.version + 2)
        after.0.customer.version = before.0.customer.version
        #expect(after.0 == before.0)
        #expect(after.1 == before.1)
        #expect(try store.merges.record(id: record.id)?.isUndone == true)
        #expect(throws: MergeRefusal.alreadyUndone(mergeID: record.id)) { try store.merges.undo(mergeID: record.id) }
    }

    @Test(arguments: StoreBackend.all)
    func undoKeepsOnTheSurvivorWhatWasAddedSinceAndFieldsEditedSince(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let (ana, anna, _, _, _) = try pair(store)
        let record = try store.merges.merge(ana, absorbing: anna, keepNewestDocuments: false, now: now.addingTimeInterval(60))
        _ = try store.notes.save(Note(customerID: ana, body: "after the merge", createdAt: now.addingTimeInterval(90)), now: now.addingTimeInterval(90))
        var edited = try #require(try store.customers.customer(id: ana))
        edited.memo = "Edited after the merge"
        _ = try store.customers.update(edited, now: now.addingTimeInterval(100))
        try store.merges.undo(mergeID: record.id, now: now.addingTimeInterval(120))
        let survivor = try #require(try store.customerCards.card(for: ana))
        #expect(Set(survivor.notes.map(\.body)) == ["ana note", "after the merge"])
        #expect(survivor.customer.memo == "Edited after the merge")
        #expect(survivor.customer.givenName == "Ana")  // unchanged since the merge: back as it was
        #expect(try store.customerCards.card(for: anna)?.notes.map(\.body) == ["anna note"])
    }

    @Test(arguments: StoreBackend.all)
    func aPlanMadeBeforeSomeoneElseSavedIsAConflictAndChangesNothing(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let (ana, anna, _, _, _) = try pair(store)
        let plan = try store.merges.proposedPlan(ana, anna)
        var other = try #require(try store.customers.customer(id: anna))
        other.nickname = "Annie"
        _ = try store.customers.update(other)
        #expect(throws: StoreError.self) { try store.merges.apply(plan) }
        #expect(try store.customers.customer(id: anna)?.nickname == "Annie")
        #expect(try store.notes.notes(for: ana).count == 1)
    }

    @Test(arguments: StoreBackend.all)
    func documentsPastTheLimitNeedAChoiceAndComeBackOnUndo(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try store.customers.create(Customer(givenName: "Ana", familyName: "Silva"), now: now).id!
        let b = try store.customers.create(Customer(givenName: "Ana", familyName: "Silva"), now: now).id!
        for index in 0..<60 {
            _ = try store.attachments.attach(data: png + Data("a\(index)".utf8), fileName: "a\(index).png", to: a, now: now.addingTimeInterval(Double(index)))
            _ = try store.attachments.attach(data: png + Data("b\(index)".utf8), fileName: "b\(index).png", to: b, now: now.addingTimeInterval(Double(100 + index)))
        }
        var plan = try store.merges.proposedPlan(a, b)
        #expect(plan.exceedsAttachmentLimit)
        #expect(throws: MergeRefusal.documentsOverLimit(total: 120)) { try store.merges.apply(plan) }
        #expect(try store.attachments.attachments(for: b).count == 60)
        plan.attachmentOverflow = .keepNewest
        let record = try store.merges.apply(plan)
        let kept = try store.attachments.attachments(for: a)
        #expect(kept.count == 100)
        #expect(!kept.contains { $0.fileName == "a0.png" })  // the oldest stayed in the record
        try store.merges.undo(mergeID: record.id)
        #expect(try store.attachments.attachments(for: a).count == 60)
        #expect(try store.attachments.attachments(for: b).count == 60)
    }

    @Test(arguments: StoreBackend.all)
    func aChainOfMergesIsUndoneLatestFirst(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try store.customers.create(Customer(givenName: "Ana", emailAddress: "ana@example.com"), now: now).id!
        let b = try store.customers.create(Customer(givenName: "Ana", emailAddress: "ana@example.com"), now: now).id!
        let c = try store.customers.create(Customer(givenName: "Ana", emailAddress: "ana@example.com"), now: now).id!
        let first = try store.merges.merge(b, absorbing: a)   // a into b
        let second = try store.merges.merge(c, absorbing: b)  // b (holding a) into c
        #expect(try store.merges.history(of: c).map(\.id) == [second.id, first.id])
        #expect(throws: MergeRefusal.survivorMergedSince(mergeID: first.id, laterMergeID: second.id)) { try store.merges.undo(mergeID: first.id) }
        try store.merges.undo(mergeID: second.id)
        try store.merges.undo(mergeID: first.id)
        #expect(try store.customers.customers(ids: [a, b, c]).count == 3)
    }

    @Test(arguments: StoreBackend.all)
    func onlyTheAbsorbedProfileEnrolledHandsItsAccountToTheSurvivor(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try store.customers.create(Customer(givenName: "Ana", emailAddress: "ana@example.com"), now: now).id!
        let b = try store.customers.create(Customer(givenName: "Ana", phoneNumber: "+1 415 555 0100"), now: now).id!
        let account = try store.loyalty.enroll(customerID: b, now: now)
        try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .earned, points: 30, reason: "visit", createdAt: now))
        let record = try store.merges.merge(a, absorbing: b)
        #expect(try store.loyalty.account(for: a)?.balance == 30)
        #expect(try store.customers.customer(id: a)?.phoneE164 == "+14155550100")
        try store.merges.undo(mergeID: record.id)
        #expect(try store.loyalty.account(for: a) == nil)
        #expect(try store.loyalty.account(for: b)?.balance == 30)
        #expect(try store.loyalty.entries(accountID: account.id!).map(\.kind) == [.earned, .enrolled])
    }

    @Test(arguments: StoreBackend.all)
    func aProfileCannotBeMergedWithItself(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let a = try store.customers.create(Customer(givenName: "Ana"), now: now).id!
        #expect(throws: MergeRefusal.sameProfile) { try store.merges.proposedPlan(a, a) }
    }

    @Test(arguments: StoreBackend.all)
    func aMergeOfTwoBusyProfilesIsOneTransaction(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        // Everything or nothing: a refusal half-way (the absorbed profile vanished) leaves both as they were.
        let (ana, anna, _, _, _) = try pair(store)
        let plan = try store.merges.proposedPlan(ana, anna)
        try store.customers.delete(id: anna)
        #expect(throws: StoreError.notFound(what: "customer", id: anna)) { try store.merges.apply(plan) }
        #expect(try store.customerCards.card(for: ana)?.notes.count == 1)
        #expect(try store.merges.history(of: ana).isEmpty)
    }
}
