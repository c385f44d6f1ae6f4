import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: erasing a customer on a privacy request, once per backend — everything on the card
/// goes, the counts told first are what went, another customer keeps all of theirs, a document file
/// goes only when no one else refers to it, and merge history that could bring them back goes too.
@Suite struct ErasureTests {
    let t0 = Date(timeIntervalSince1970: 1_796_288_400)  // 2026-12-03 09:00 UTC
    let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    /// A card with one of everything (two notes; the enrolment is a loyalty entry of its own), so that every count is checked.
    func fill(_ store: any ClienteleStoring, _ id: CustomerID, tag: String, field: Int64, group: Int64) throws {
        _ = try store.notes.save(Note(customerID: id, body: "first note of \(tag)", createdAt: t0), now: t0)
        _ = try store.notes.save(Note(customerID: id, body: "second note of \(tag)", createdAt: t0), now: t0)
        _ = try store.attachments.attach(data: png + Data("own \(tag)".utf8), fileName: "\(tag).png", to: id, now: t0)
        let card = try #require(CardNumberEntry("4242 4242 4242 4242"))
        _ = try store.cardsOnFile.add(CardOnFile(customerID: id, holderName: "holder \(tag)", brand: card.brand, lastFour: card.lastFour,
                                                 expiryMonth: 4, expiryYear: 2030, authorizationOnFile: true), now: t0)
        let booking = try store.bookings.save(Booking(customerID: id, startsAt: t0, durationMinutes: 30, service: "cut \(tag)", status: .completed), now: t0)
        _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 2500, currency: "USD"), status: .paid, date: t0,
                                            bookingID: booking.id), now: t0)
        _ = try store.conversations.log(ConversationMessage(customerID: id, kind: .free, delivery: .sent, body: "hello \(tag)", createdAt: t0))
        try store.customFields.setValue(.text("stylist of \(tag)"), fieldID: field, customerID: id)
        try store.groups.add(customers: [id], to: group)
        let account = try store.loyalty.enroll(customerID: id, now: t0)
        try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .earned, points: 10, reason: "visit", createdAt: t0))
    }

    func shop(_ backend: StoreBackend) throws -> (store: any ClienteleStoring, ana: CustomerID, luis: CustomerID) {
        let store = try backend.makeStore()
        let ana = try store.customers.create(Customer(givenName: "Ana", familyName: "Silva", emailAddress: "ana@example.com",
                                                      phoneNumber: "+1 415 555 0100"), now: t0).id!
        let luis = try store.customers.create(Customer(givenName: "Luis", familyName: "Gómez", emailAddress: "luis@example.com",
                                                       phoneNumber: "+1 415 555 0177"), now: t0).id!
        let field = try store.customFields.save(CustomFieldDefinition(label: "Stylist", kind: .text)).id!
        let group = try store.groups.create(name: "Regulars", now: t0).id!
        try fill(store, ana, tag: "ana", field: field, group: group)
        try fill(store, luis, tag: "luis", field: field, group: group)
        return (store, ana, luis)
    }

    @Test(arguments: StoreBackend.all)
    func theSummaryCountsEverythingOnTheCardAndErasingRemovesIt(_ backend: StoreBackend) throws {
        let (store, ana, luis) = try shop(backend)
        try store.duplicates.ignore(DuplicateCluster(kind: .possible, reasons: [], customerIDs: [ana, luis]), now: t0)
        let luisBefore = try #require(try store.customerCards.card(for: luis))

        let summary = try #require(try store.erasure.erasureSummary(for: ana))
        #expect(summary.customerName == "Ana Silva")
        let expected: [ErasureSummary.Part: Int] = [
            .notes: 2, .documents: 1, .documentFiles: 1, .bookings: 1, .payments: 1, .cards: 1, .loyaltyMembership: 1,
            .loyaltyEntries: 2, .conversationMessages: 1, .mergeRecords: 0, .ignoredPairs: 1, .customValues: 1, .groupMemberships: 1,
        ]
        for part in ErasureSummary.Part.allCases { #expect(summary[part] == expected[part], "\(part)") }

        let erased = try store.erasure.erase(id: ana)
        #expect(erased == summary, "what went is what was told")
        #expect(try store.customers.customer(id: ana) == nil)
        #expect(try store.customerCards.card(for: ana) == nil)
        #expect(try store.erasure.erasureSummary(for: ana) == nil)
        #expect(try store.notes.notes(for: ana).isEmpty)
        #expect(try store.attachments.attachments(for: ana).isEmpty)
        #expect(try store.bookings.bookings(for: ana).isEmpty)
        #expect(try store.payments.payments(for: ana).isEmpty)
        #expect(try store.loyalty.account(for: ana) == nil)
        #expect(try store.duplicates.ignoredPairs().isEmpty)
        #expect(try store.groups.groups().first?.memberCount == 1)

        // Luis keeps every row of his.
        let luisAfter = try #require(try store.customerCards.card(for: luis))
        #expect(luisAfter == luisBefore)
        #expect(try store.customers.count() == 1)
    }

    @Test(arguments: StoreBackend.all)
    func anErasedCustomerIsFoundNoMoreByNameEmailOrPhone(_ backend: StoreBackend) throws {
        let (store, ana, _) = try shop(backend)
        #expect(try store.customers.search("silva").rows.map(\.id) == [ana])
        try store.erasure.erase(id: ana)
        for typed in ["silva", "ana", "ana@example.com", "4155550100", "0100"] {
            #expect(try store.customers.search(typed).rows.isEmpty, "\(typed)")
        }
        #expect(try store.customers.search("gomez").rows.count == 1)
    }

    @Test(arguments: StoreBackend.all)
    func aDocumentFileAnotherProfileSharesStaysAndAnUnsharedOneGoes(_ backend: StoreBackend) throws {
        let (store, ana, luis) = try shop(backend)
        let shared = png + Data("the same signed form".utf8)
        let anasShared = try store.attachments.attach(data: shared, fileName: "form.png", to: ana, now: t0)
        let luisShared = try store.attachments.attach(data: shared, fileName: "form.png", to: luis, now: t0)
        let anasOwn = try #require(try store.attachments.attachments(for: ana).first { $0.fileName == "ana.png" })
        let sharedFile = try store.attachments.contentFile(of: anasShared)
        let ownFile = try store.attachments.contentFile(of: anasOwn)

        let summary = try #require(try store.erasure.erasureSummary(for: ana))
        #expect(summary[.documents] == 2)
        #expect(summary[.documentFiles] == 1, "only her own file goes; the form is Luis's too")
        try store.erasure.erase(id: ana)
        #expect(!FileManager.default.fileExists(atPath: ownFile.path))
        #expect(FileManager.default.fileExists(atPath: sharedFile.path))
        #expect(try store.attachments.contentFile(of: luisShared) == sharedFile)
    }

    /// Luis was merged into Ana: his profile lives on in the merge's snapshot, and undo would bring it
    /// back. Erasing Ana takes the merge record (and so Luis's old data) with her.
    @Test(arguments: StoreBackend.all)
    func aMergeIntoTheCustomerGoesWithThem(_ backend: StoreBackend) throws {
        let (store, ana, luis) = try shop(backend)
        let record = try store.merges.merge(ana, absorbing: luis, keepNewestDocuments: false, now: t0)
        let summary = try #require(try store.erasure.erasureSummary(for: ana))
        #expect(summary[.mergeRecords] == 1)
        #expect(summary[.notes] == 4, "Luis's notes moved to Ana in the merge")
        try store.erasure.erase(id: ana)
        #expect(try store.merges.record(id: record.id) == nil)
        #expect(throws: (any Error).self) { try store.merges.undo(mergeID: record.id, now: t0) }
        #expect(try store.customers.count() == 0)
    }

    /// Ana absorbed Luis, then the merge was undone: the record stays in Ana's history, and its snapshot
    /// still holds Luis as he was. Erasing Luis takes that record; Ana keeps the rest of hers.
    @Test(arguments: StoreBackend.all)
    func anUndoneMergeOfTheCustomerIntoAnotherGoesWithThem(_ backend: StoreBackend) throws {
        let (store, ana, luis) = try shop(backend)
        let record = try store.merges.merge(ana, absorbing: luis, keepNewestDocuments: false, now: t0)
        try store.merges.undo(mergeID: record.id, now: t0)
        #expect(try store.erasure.erasureSummary(for: luis)?[.mergeRecords] == 1)
        try store.erasure.erase(id: luis)
        #expect(try store.merges.record(id: record.id) == nil)
        #expect(try store.customers.customer(id: ana) != nil)
        #expect(try store.notes.notes(for: ana).count == 2)
    }

    @Test(arguments: StoreBackend.all)
    func erasingNoSuchCustomerIsNotFoundAndChangesNothing(_ backend: StoreBackend) throws {
        let (store, _, _) = try shop(backend)
        #expect(try store.erasure.erasureSummary(for: 999) == nil)
        #expect(throws: StoreError.notFound(what: "customer", id: 999)) { try store.erasure.erase(id: 999) }
        #expect(try store.customers.count() == 2)
    }
}
