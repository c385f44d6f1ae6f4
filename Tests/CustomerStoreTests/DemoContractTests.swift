import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: the demo is the same on every backend for the same seed — the same profiles and the
/// same rows on their cards as SQLite's (the reference) — and fills every part of the card.
@Suite struct DemoContractTests {
    let now = Date(timeIntervalSince1970: 1_796_288_400)

    @Test(arguments: StoreBackend.all)
    func theSameSeedGivesTheSameDemoAsSQLite(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let reference = try StoreBackend.sqlite.makeStore()
        let summary = try store.demo.load(count: 60, seed: 11, now: now)
        #expect(summary == (try reference.demo.load(count: 60, seed: 11, now: now)))
        #expect(summary.customers == 60)
        let ids = (1...Int64(60)).map { CustomerID($0) }
        #expect(try store.customers.customers(ids: ids) == (try reference.customers.customers(ids: ids)))
        #expect(try store.groups.groups() == (try reference.groups.groups()))
        #expect(try store.customFields.definitions() == (try reference.customFields.definitions()))
        for id in ids {
            #expect(try store.notes.notes(for: id) == (try reference.notes.notes(for: id)), "notes of \(id)")
            #expect(try store.groups.groups(of: id) == (try reference.groups.groups(of: id)), "groups of \(id)")
            #expect(try store.customFields.values(for: id) == (try reference.customFields.values(for: id)), "values of \(id)")
            #expect(try store.cardsOnFile.cards(for: id) == (try reference.cardsOnFile.cards(for: id)), "cards of \(id)")
            #expect(try store.attachments.attachments(for: id) == (try reference.attachments.attachments(for: id)), "documents of \(id)")
        }
        #expect(try store.notes.openReminders(limit: 1_000) == (try reference.notes.openReminders(limit: 1_000)))
    }

    @Test(arguments: StoreBackend.all)
    func theDemoFillsEveryPartOfTheCardAndItsDocumentsOpen(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let summary = try store.demo.load(count: 200, seed: 42, now: now)
        #expect(summary.customers == 200)
        for (label, count) in [("notes", summary.notes), ("bookings", summary.bookings), ("payments", summary.payments), ("cards", summary.cards),
                               ("loyalty members", summary.loyaltyMembers), ("messages", summary.messages), ("documents", summary.documents)] {
            #expect(count > 0, "\(label)")
        }
        #expect(try store.notes.dueReminderCount(at: now) > 0)
        #expect(try store.notes.openReminderCount() > (try store.notes.dueReminderCount(at: now)), "reminders ahead too")
        #expect(try store.groups.groups().contains { $0.memberCount > 0 })
        #expect(try store.customFields.valueCounts().values.reduce(0, +) > 0)
        let documents = try (1...Int64(200)).flatMap { try store.attachments.attachments(for: $0) }
        #expect(documents.count == summary.documents)
        for document in documents.prefix(5) {
            let bytes = try Data(contentsOf: try store.attachments.contentFile(of: document))
            #expect(bytes.count == document.byteCount && AttachmentFileType.detect(bytes) == document.fileType)
        }
        // Loaded twice: the fields, groups and documents' contents are reused, not doubled.
        _ = try store.demo.load(count: 10, seed: 43, now: now)
        #expect(try store.customFields.definitions().count == 4)
        #expect(try store.groups.groups().count == 3)
    }
}
