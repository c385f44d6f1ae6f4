import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: an erasure through the parts a card is written with here (notes, documents, cards on
/// file, custom values, group memberships), once per backend — counted first, all of it gone after,
/// the bystander's untouched, a document's content gone only when nobody else's document has it.
/// (`ErasureTests` covers the whole card, ledgers and merges included.)
@Suite struct ErasureOfTheCardTests {
    let t0 = Date(timeIntervalSince1970: 1_796_288_400)
    let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    @Test(arguments: StoreBackend.all)
    func theCountsToldAreWhatGoesAndSharedContentStays(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let ana = try store.customers.create(Customer(givenName: "Ana", familyName: "Silva", emailAddress: "ana@example.com"), now: t0).id!
        let luis = try store.customers.create(Customer(givenName: "Luis", familyName: "Gómez", emailAddress: "luis@example.com"), now: t0).id!
        let field = try store.customFields.save(CustomFieldDefinition(label: "Stylist", kind: .text)).id!
        let group = try store.groups.create(name: "Regulars", now: t0).id!
        for id in [ana, luis] {
            _ = try store.notes.save(Note(customerID: id, body: "a note", createdAt: t0), now: t0)
            _ = try store.cardsOnFile.add(CardOnFile(customerID: id, holderName: "holder", brand: .visa, lastFour: "4242",
                                                     expiryMonth: 4, expiryYear: 2030, authorizationOnFile: true), now: t0)
            try store.customFields.setValue(.text("Dana"), fieldID: field, customerID: id)
        }
        _ = try store.notes.save(Note(customerID: ana, body: "another", createdAt: t0), now: t0)
        try store.groups.add(customers: [ana, luis], to: group)
        let own = try store.attachments.attach(data: png + Data("ana's own".utf8), fileName: "own.png", to: ana, now: t0)
        let anasShared = try store.attachments.attach(data: png + Data("shared".utf8), fileName: "form.png", to: ana, now: t0)
        let luisShared = try store.attachments.attach(data: png + Data("shared".utf8), fileName: "form.png", to: luis, now: t0)
        let luisBefore = (try store.notes.notes(for: luis), try store.cardsOnFile.cards(for: luis), try store.customFields.values(for: luis),
                          try store.attachments.attachments(for: luis))

        let summary = try #require(try store.erasure.erasureSummary(for: ana))
        #expect(summary.customerName == "Ana Silva")
        let expected: [ErasureSummary.Part: Int] = [.notes: 2, .documents: 2, .documentFiles: 1, .cards: 1, .customValues: 1, .groupMemberships: 1]
        for part in ErasureSummary.Part.allCases { #expect(summary[part] == expected[part, default: 0], "\(part)") }
        #expect(try store.erasure.erase(id: ana) == summary)

        #expect(try store.erasure.erasureSummary(for: ana) == nil)
        #expect(try store.notes.notes(for: ana).isEmpty && store.cardsOnFile.cards(for: ana).isEmpty)
        #expect(try store.attachments.attachments(for: ana).isEmpty && store.customFields.values(for: ana).isEmpty)
        #expect(try store.groups.groups().map(\.memberCount) == [1])
        #expect(throws: StoreError.self) { try store.attachments.contentFile(of: own) }
        #expect(try Data(contentsOf: try store.attachments.contentFile(of: anasShared)) == png + Data("shared".utf8), "Luis's document has it")
        let luisAfter = (try store.notes.notes(for: luis), try store.cardsOnFile.cards(for: luis), try store.customFields.values(for: luis),
                         try store.attachments.attachments(for: luis))
        #expect(luisAfter.0 == luisBefore.0 && luisAfter.1 == luisBefore.1 && luisAfter.2 == luisBefore.2 && luisAfter.3 == luisBefore.3)
        #expect(luisAfter.3 == [luisShared])
        #expect(throws: StoreError.notFound(what: "customer", id: ana)) { try store.erasure.erase(id: ana) }
    }
}
