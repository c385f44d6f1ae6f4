import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// SQLite-specific (it reads the schema and the rows themselves): every table that belongs to a
/// customer is claimed by `CustomerOwnedTables`, and a merge followed by its undo gives back every
/// row of every registered table.
@Suite struct CustomerOwnedTablesTests {
    @Test func everyTableThatRefersToACustomerIsRegistered() throws {
        let temp = try TemporaryStore()
        try temp.store.database.writer.read { db in
            let unclaimed = try CustomerOwnedTables.unclaimed(in: db)
            #expect(unclaimed.isEmpty, """
                these tables refer to a customer but CustomerOwnedTables does not say what a merge does with them \
                (their rows would go with the absorbed profile through ON DELETE CASCADE): \(unclaimed.joined(separator: ", "))
                """)
            let missing = Set(CustomerOwnedTables.all.map(\.table)).subtracting(try CustomerOwnedTables.referringTables(in: db))
            #expect(missing.isEmpty, "registered in CustomerOwnedTables but no such customer table in the schema: \(missing.sorted())")
        }
    }

    /// The check itself, on the schema plus a test-only migration: a table with a `customer_id` and
    /// one that cascades from a loyalty account, neither registered, are both named.
    @Test func aTableAddedWithoutARegistrationIsNamed() throws {
        var migrator = AppDatabase.migrator
        migrator.registerMigration("test only: tables nobody registered") { db in
            try db.execute(sql: """
                CREATE TABLE visit_log (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE);
                CREATE TABLE loyalty_voucher (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES loyalty_account(id) ON DELETE CASCADE);
                CREATE TABLE shop_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
                """)
        }
        let queue = try DatabaseQueue()
        try migrator.migrate(queue)
        #expect(try queue.read(CustomerOwnedTables.unclaimed) == ["loyalty_voucher", "visit_log"])
    }

    /// Each registered table gets rows for both profiles (and the undo must give back exactly those
    /// rows); a table registered without a way to fill it here fails, so new tables get a row too.
    @Test func aMergeThenItsUndoGivesBackEveryRowOfEveryRegisteredTable() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        let t0 = Date(timeIntervalSince1970: 1_760_000_000)
        let mergedAt = t0.addingTimeInterval(3_600), undoneAt = t0.addingTimeInterval(7_200)
        let survivor = try store.customers.create(Customer(givenName: "Ana", familyName: "Silva", emailAddress: "ana@example.com",
                                                           phoneNumber: "+1 415 555 0100"), now: t0).id!
        let absorbed = try store.customers.create(Customer(givenName: "Anna", familyName: "Silva", emailAddress: "anna@example.com",
                                                           phoneNumber: "+1 415 555 0199"), now: t0).id!
        let bystander = try store.customers.create(Customer(givenName: "Luis", familyName: "Gómez"), now: t0).id!
        let field = try store.customFields.save(CustomFieldDefinition(label: "Stylist", kind: .text))
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let card = try #require(CardNumberEntry("4242 4242 4242 4242"))

        let fill: [String: (CustomerID) throws -> Void] = [
            "note": { id in
                _ = try store.notes.save(Note(customerID: id, body: "note of \(id)", createdAt: t0, reminder: Reminder(dueAt: t0)), now: t0)
            },
            "attachment": { id in _ = try store.attachments.attach(data: png + Data("\(id)".utf8), fileName: "\(id).png", to: id, now: t0) },
            "card": { id in
                _ = try store.cardsOnFile.add(CardOnFile(customerID: id, holderName: "holder \(id)", brand: card.brand, lastFour: card.lastFour,
                                                         expiryMonth: 4, expiryYear: 2030, authorizationOnFile: true), now: t0)
            },
            "booking": { id in
                _ = try store.bookings.save(Booking(customerID: id, startsAt: t0, durationMinutes: 30, service: "cut \(id)", status: .completed), now: t0)
            },
            "payment": { id in
                let booking = try store.bookings.bookings(for: id).first?.id
                _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 2500, currency: "USD"), status: .paid, date: t0,
                                                    bookingID: booking), now: t0)
            },
            "conversation_message": { id in
                _ = try store.conversations.log(ConversationMessage(customerID: id, kind: .free, delivery: .sent, body: "hello \(id)", createdAt: t0))
            },
            "custom_field_value": { id in try store.customFields.setValue(.text("stylist of \(id)"), fieldID: field.id!, customerID: id) },
            "group_member": { id in try store.groups.add(customers: [id], to: try store.groups.create(name: "group of \(id)", now: t0).id!) },
            "loyalty_account": { id in _ = try store.loyalty.enroll(customerID: id, now: t0) },
            "loyalty_entry": { id in
                let account = try #require(try store.loyalty.account(for: id))
                try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .earned, points: Int(id) * 10, reason: "visits", createdAt: t0))
            },
            // An earlier merge this profile survived: the later merge re-points it, the undo points it back.
            "merge_record": { id in
                let earlier = try store.customers.create(Customer(givenName: "Earlier \(id)"), now: t0).id!
                try store.merges.merge(id, absorbing: earlier, keepNewestDocuments: false, now: t0)
            },
            // What a purge left of an earlier merge this profile survived: it moves with the profile and back.
            "purged_merge": { id in
                try store.database.writer.write { db in
                    try db.execute(sql: """
                        INSERT INTO purged_merge (id, customer_id, absorbed_id, absorbed_name, merged_at, undone_at, purged_at)
                        VALUES (? + 1000, ?, 9999, 'Purged twin', ?, NULL, ?)
                        """, arguments: [id, id, StoredTime.encode(t0), StoredTime.encode(t0)])
                }
            },
            // The undo records a pair again at its own time (the snapshot keeps pairs, not when they were first ignored).
            "ignored_duplicate_pair": { id in
                try store.duplicates.ignore(DuplicateCluster(kind: .possible, reasons: [], customerIDs: [id, bystander]), now: undoneAt)
            },
        ]
        for entry in CustomerOwnedTables.all {
            let rows = try #require(fill[entry.table], "no rows for \(entry.table) in this round trip: add a way to fill it")
            try rows(survivor)
            try rows(absorbed)
        }

        func dump(_ table: String) throws -> [String] {
            try store.database.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { row in
                    row.columnNames.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ")
                }.sorted()
            }
        }
        func owners(_ table: String, ids: [Int64]) throws -> Set<Int64> {
            try store.database.writer.read { db in
                Set(try Int64.fetchAll(db, sql: "SELECT customer_id FROM \(table) WHERE id IN (\(ids.map(String.init).joined(separator: ",")))"))
            }
        }
        let tables = CustomerOwnedTables.all.map(\.table)
        let before = try Dictionary(uniqueKeysWithValues: tables.map { ($0, try dump($0)) })
        let absorbedRows = try Dictionary(uniqueKeysWithValues: CustomerOwnedTables.movedToSurvivor.map { table in
            (table, try store.database.writer.read { db in
                try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE customer_id = ?", arguments: [absorbed])
            })
        })

        let record = try store.merges.merge(survivor, absorbing: absorbed, keepNewestDocuments: false, now: mergedAt)
        for (table, ids) in absorbedRows {
            #expect(!ids.isEmpty, "no \(table) rows of the absorbed profile to move")
            #expect(try owners(table, ids: ids) == [survivor], "the absorbed profile's \(table) rows are the survivor's")
        }

        try store.merges.undo(mergeID: record.id, now: undoneAt)
        for table in tables {
            var after = try dump(table)
            if table == "merge_record" { after.removeAll { $0.hasPrefix("id=\(record.id) ") } }  // the merge's own record
            #expect(after == before[table], "\(table) after a merge and its undo")
        }
    }
}
