import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// SQLite-specific (it reads the schema, the rows and the file's bytes): an erasure leaves no row
/// that refers to the customer in any table, and nothing of theirs in the database file — not in
/// the freed pages (secure_delete), not in the search index's segments, not in a journal.
@Suite struct ErasureFileTests {
    let t0 = Date(timeIntervalSince1970: 1_796_288_400)

    @Test func secureDeleteIsOnForEveryConnection() throws {
        let temp = try TemporaryStore()
        #expect(try temp.store.database.writer.read { try Int.fetchOne($0, sql: "PRAGMA secure_delete") } == 1)
        #expect(try temp.secondCounter().database.writer.read { try Int.fetchOne($0, sql: "PRAGMA secure_delete") } == 1)
    }

    /// Every registered table's erasure predicate is checked against the schema itself: after the
    /// erasure no column that names a customer (its `customer_id`, a foreign key to `customer`, a
    /// merge's `absorbed_id`, a loyalty entry's account) still names them, and the bystander's rows
    /// are all there. A table registered later gets rows here too, or this test says it has none.
    @Test func noTableKeepsARowOfTheErasedCustomerAndTheBystanderKeepsAll() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        let erased = try store.customers.create(Customer(givenName: "Ana", familyName: "Silva", phoneNumber: "+1 415 555 0100"), now: t0).id!
        let bystander = try store.customers.create(Customer(givenName: "Luis", familyName: "Gómez", phoneNumber: "+1 415 555 0177"), now: t0).id!
        let third = try store.customers.create(Customer(givenName: "Eva", familyName: "Ruiz"), now: t0).id!
        let field = try store.customFields.save(CustomFieldDefinition(label: "Stylist", kind: .text))
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let card = try #require(CardNumberEntry("4242 4242 4242 4242"))
        let fill: [String: (CustomerID) throws -> Void] = [
            "note": { id in _ = try store.notes.save(Note(customerID: id, body: "note of \(id)", createdAt: self.t0), now: self.t0) },
            "attachment": { id in _ = try store.attachments.attach(data: png + Data("\(id)".utf8), fileName: "\(id).png", to: id, now: self.t0) },
            "card": { id in
                _ = try store.cardsOnFile.add(CardOnFile(customerID: id, holderName: "holder \(id)", brand: card.brand, lastFour: card.lastFour,
                                                         expiryMonth: 4, expiryYear: 2030, authorizationOnFile: true), now: self.t0)
            },
            "booking": { id in
                _ = try store.bookings.save(Booking(customerID: id, startsAt: self.t0, durationMinutes: 30, service: "cut", status: .completed), now: self.t0)
            },
            "payment": { id in
                _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 2500, currency: "USD"), status: .paid, date: self.t0,
                                                    bookingID: try store.bookings.bookings(for: id).first?.id), now: self.t0)
            },
            "conversation_message": { id in
                _ = try store.conversations.log(ConversationMessage(customerID: id, kind: .free, delivery: .sent, body: "hi", createdAt: self.t0))
            },
            "custom_field_value": { id in try store.customFields.setValue(.text("of \(id)"), fieldID: field.id!, customerID: id) },
            "group_member": { id in try store.groups.add(customers: [id], to: try store.groups.create(name: "group of \(id)", now: self.t0).id!) },
            "loyalty_account": { id in _ = try store.loyalty.enroll(customerID: id, now: self.t0) },
            "loyalty_entry": { id in
                let account = try #require(try store.loyalty.account(for: id))
                try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .earned, points: 5, reason: "visit", createdAt: self.t0))
            },
            // One merge each survived, and one undone merge each was absorbed in (by the third profile).
            "merge_record": { id in
                let earlier = try store.customers.create(Customer(givenName: "Earlier \(id)"), now: self.t0).id!
                try store.merges.merge(id, absorbing: earlier, keepNewestDocuments: false, now: self.t0)
                let undone = try store.merges.merge(third, absorbing: id, keepNewestDocuments: false, now: self.t0)
                try store.merges.undo(mergeID: undone.id, now: self.t0)
            },
            // A purged merge's marker each survived, and one that names each as the absorbed profile (of the third).
            "purged_merge": { id in
                try store.database.writer.write { db in
                    try db.execute(sql: """
                        INSERT INTO purged_merge (customer_id, absorbed_id, absorbed_name, merged_at, undone_at, purged_at)
                        VALUES (?, 9999, 'Purged twin', ?, NULL, ?), (?, ?, 'Ana Silva', ?, NULL, ?)
                        """, arguments: [id, StoredTime.encode(self.t0), StoredTime.encode(self.t0), third, id, StoredTime.encode(self.t0),
                                         StoredTime.encode(self.t0)])
                }
            },
            "ignored_duplicate_pair": { id in
                try store.duplicates.ignore(DuplicateCluster(kind: .possible, reasons: [], customerIDs: [id, third]), now: self.t0)
            },
        ]
        for entry in CustomerOwnedTables.all {
            let rows = try #require(fill[entry.table], "no rows for \(entry.table) here: add a way to fill it")
            try rows(erased)
            try rows(bystander)
        }

        /// The columns of a table that name a customer, found in the schema (not in the registry).
        func customerColumns(_ db: Database, _ table: String) throws -> [String] {
            var columns = try Row.fetchAll(db, sql: "SELECT \"from\" AS name FROM pragma_foreign_key_list(?) WHERE \"table\" = 'customer'",
                                           arguments: [table]).map { $0["name"] as String }
            let all = Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]))
            for name in ["customer_id", "absorbed_id"] where all.contains(name) && !columns.contains(name) { columns.append(name) }
            return columns
        }
        func rowsNaming(_ id: CustomerID) throws -> [String: Int] {
            try store.database.writer.read { db in
                var counts: [String: Int] = [:]
                for table in try CustomerOwnedTables.referringTables(in: db) {
                    let columns = try customerColumns(db, table)
                    let predicate = columns.isEmpty
                        // Owned through a cascade only (a loyalty entry through its account).
                        ? "account_id IN (SELECT id FROM loyalty_account WHERE customer_id = :id)"
                        : columns.map { "\($0) = :id" }.joined(separator: " OR ")
                    counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(predicate)", arguments: ["id": id])
                }
                return counts
            }
        }
        let bystanderBefore = try rowsNaming(bystander)
        for (table, count) in try rowsNaming(erased) { #expect(count > 0, "the erased profile has no \(table) row to erase") }

        try store.erasure.erase(id: erased)

        for (table, count) in try rowsNaming(erased) { #expect(count == 0, "\(table) still has \(count) rows naming the erased customer") }
        #expect(try rowsNaming(bystander) == bystanderBefore)
        #expect(try store.database.integrityProblems().isEmpty)
    }

    /// The distinctive words of a profile, a note, a memo and the profile merged into it are grepped in
    /// the file's bytes, folded as the search index stores them too.
    @Test func nothingOfTheErasedCustomerIsLeftInTheFileBytes() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        _ = try store.customers.create(Customer(givenName: "Luis", familyName: "Gómez"), now: t0)
        let ana = try store.customers.create(Customer(givenName: "Zorbalinda", familyName: "Quixmorrow", companyName: "Vexaplume Studio",
                                                      emailAddress: "zorbalinda.q@example.org", phoneNumber: "+1 415 555 0100",
                                                      memo: "memo-of-wyvernquartz"), now: t0).id!
        let absorbed = try store.customers.create(Customer(givenName: "Zorbalinda", familyName: "Quixmorrow-Absorbedtwin",
                                                           emailAddress: "twin.absorbed@example.org"), now: t0).id!
        _ = try store.notes.save(Note(customerID: ana, body: "allergic to glimmerfrost dye", createdAt: t0), now: t0)
        _ = try store.notes.save(Note(customerID: absorbed, body: "prefers thornwhistle appointments", createdAt: t0), now: t0)
        try store.merges.merge(ana, absorbing: absorbed, keepNewestDocuments: false, now: t0)
        // Searched once, as at the counter: the index's words are written.
        #expect(try store.customers.search("zorbal").rows.map(\.id) == [ana])

        let secrets = ["Zorbalinda", "zorbalinda", "Quixmorrow", "quixmorrow", "Absorbedtwin", "absorbedtwin", "Vexaplume", "vexaplume",
                       "zorbalinda.q@example.org", "twin.absorbed", "wyvernquartz", "glimmerfrost", "thornwhistle", "4155550100"]
        func leftovers() throws -> [String] {
            var found: [String] = []
            for suffix in ["", "-journal", "-wal"] {
                let url = URL(fileURLWithPath: temp.path + suffix)
                guard let bytes = try? Data(contentsOf: url) else { continue }
                found += secrets.filter { bytes.range(of: Data($0.utf8)) != nil }.map { "\($0) in clientele.sqlite\(suffix)" }
            }
            return found
        }
        #expect(!(try leftovers()).isEmpty, "the words are in the file before the erasure (else this test proves nothing)")
        try store.erasure.erase(id: ana)
        #expect(try leftovers() == [])
        #expect(try store.customers.search("zorbal").rows.isEmpty)
        #expect(try store.database.integrityProblems().isEmpty)
    }

    /// A document Ana had to leave out in a merge (past the per-profile limit) is kept for undo in the
    /// merge's snapshot only; erasing Ana takes its file too.
    @Test func aDocumentKeptOnlyForAMergesUndoGoesWithTheErasure() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        let ana = try store.customers.create(Customer(givenName: "Ana"), now: t0).id!
        let twin = try store.customers.create(Customer(givenName: "Ana", familyName: "B"), now: t0).id!
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        for index in 0..<AttachmentRules.maximumFilesPerCustomer {
            _ = try store.attachments.attach(data: png + Data("ana \(index)".utf8), fileName: "a\(index).png", to: ana, now: t0.addingTimeInterval(Double(index + 10)))
        }
        let old = try store.attachments.attach(data: png + Data("twin's oldest".utf8), fileName: "old.png", to: twin, now: t0)
        let oldFile = try store.attachments.contentFile(of: old)
        try store.merges.merge(ana, absorbing: twin, keepNewestDocuments: true, now: t0)
        #expect(try store.attachments.attachment(id: old.id!) == nil, "left out of the merge")
        #expect(FileManager.default.fileExists(atPath: oldFile.path), "kept for the undo")
        #expect(try store.erasure.erasureSummary(for: ana)?[.documentFiles] == AttachmentRules.maximumFilesPerCustomer + 1)
        try store.erasure.erase(id: ana)
        #expect(!FileManager.default.fileExists(atPath: oldFile.path))
    }
}
