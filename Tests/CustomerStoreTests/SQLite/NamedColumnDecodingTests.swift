import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// SQLite-specific: rows are decoded by column name, so a SELECT that lists its columns in another
/// order (a column added in the middle, a query rewritten) decodes to the same values. Each decoder
/// reads its usual columns reversed; with positional decoding every one of these would fail.
@Suite struct NamedColumnDecodingTests {
    let now = Date(timeIntervalSince1970: 1_760_000_000)

    /// `list`'s columns in the opposite order (commas inside parentheses are not separators).
    static func reversed(_ list: String) -> String {
        var columns: [String] = [], current = "", depth = 0
        for character in list {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == ",", depth == 0 {
                columns.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            } else {
                current.append(character)
            }
        }
        columns.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
        return columns.reversed().joined(separator: ", ")
    }

    /// A store with one profile holding something in every part of its card, and a merge.
    func filledStore() throws -> (TemporaryStore, CustomerID) {
        let temp = try TemporaryStore()
        let store = temp.store
        let id = try store.customers.create(Customer(givenName: "María", familyName: "Núñez", nickname: "Mari", companyName: "Café Olé",
                                                     emailAddress: "maria@example.com", phoneNumber: "+1 415 555 0134",
                                                     address: PostalAddress(line1: "12 Main St", line2: "Apt 4", locality: "San Francisco",
                                                                            region: "CA", postalCode: "94110", country: "US"),
                                                     birthday: Birthday("1990-04-12"), referenceID: "R1", memo: "memo",
                                                     emailSubscription: .subscribed, status: .lead, creationSource: .import), now: now).id!
        _ = try store.notes.save(Note(customerID: id, body: "Call back", isPinned: true, createdAt: now,
                                      reminder: Reminder(dueAt: now, doneAt: now.addingTimeInterval(60))), now: now)
        _ = try store.attachments.attach(data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), fileName: "scan.png", to: id, now: now)
        let entry = try #require(CardNumberEntry("4242 4242 4242 4242"))
        _ = try store.cardsOnFile.add(CardOnFile(customerID: id, holderName: "María", brand: entry.brand, lastFour: entry.lastFour,
                                                 expiryMonth: 4, expiryYear: 2030, billingPostalCode: "94110", authorizationOnFile: true), now: now)
        let booking = try store.bookings.save(Booking(customerID: id, startsAt: now, durationMinutes: 45, service: "Colour", staff: "Inès",
                                                      status: .completed, notes: "warm"), now: now)
        _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 4599, currency: "EUR"), status: .due, date: now,
                                            dueDate: now.addingTimeInterval(86_400), method: "Card", reference: "INV-1", bookingID: booking.id), now: now)
        _ = try store.conversations.log(ConversationMessage(customerID: id, kind: .paymentReminder, channel: .sms, delivery: .queued,
                                                            subject: "Reminder", body: "Due", createdAt: now))
        let account = try store.loyalty.enroll(customerID: id, now: now)
        try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .earned, points: 40, reason: "visit", createdAt: now))
        let other = try store.customers.create(Customer(givenName: "Maria", familyName: "Nunez"), now: now).id!
        try store.merges.merge(id, absorbing: other, keepNewestDocuments: false, now: now)
        return (temp, id)
    }

    /// Decodes `table`'s rows from its columns as listed and reversed: both must equal `expected`.
    func expectSameRows<T: Equatable>(_ temp: TemporaryStore, _ table: String, columns: String, _ decode: (Row) -> T,
                                      expected: [T], sourceLocation: SourceLocation = #_sourceLocation) throws {
        try temp.store.database.writer.read { db in
            let inOrder = try db.mapRows(sql: "SELECT \(columns) FROM \(table) ORDER BY id", decode)
            let reversed = try db.mapRows(sql: "SELECT \(Self.reversed(columns)) FROM \(table) ORDER BY id", decode)
            #expect(!expected.isEmpty, "no \(table) rows to decode", sourceLocation: sourceLocation)
            #expect(inOrder == expected, "\(table) in order", sourceLocation: sourceLocation)
            #expect(reversed == expected, "\(table) with its columns reversed", sourceLocation: sourceLocation)
        }
    }

    @Test func everyDecoderReadsItsColumnsByName() throws {
        let (temp, id) = try filledStore()
        let store = temp.store
        let customers = try store.customers.customers(ids: [id])
        try expectSameRows(temp, "customer", columns: Customer.selectColumns, Customer.init(row:), expected: customers)
        try expectSameRows(temp, "note", columns: NoteRepository.columns, NoteRepository.note, expected: try store.notes.notes(for: id))
        try expectSameRows(temp, "attachment", columns: AttachmentRepository.columns, AttachmentRepository.attachment,
                           expected: try store.attachments.attachments(for: id))
        try expectSameRows(temp, "card", columns: SavedCardRepository.columns, SavedCardRepository.card, expected: try store.cardsOnFile.cards(for: id))
        try expectSameRows(temp, "booking", columns: BookingRepository.columns, BookingRepository.booking, expected: try store.bookings.bookings(for: id))
        try expectSameRows(temp, "payment", columns: PaymentRepository.columns, PaymentRepository.payment, expected: try store.payments.payments(for: id))
        try expectSameRows(temp, "conversation_message", columns: ConversationRepository.columns, ConversationRepository.message,
                           expected: try store.conversations.messages(for: id))
        let account = try #require(try store.loyalty.account(for: id))
        try expectSameRows(temp, "loyalty_entry", columns: LoyaltyRepository.entryColumns, LoyaltyRepository.entry,
                           expected: try store.loyalty.entries(accountID: account.id!).reversed())
        try expectSameRows(temp, "merge_record", columns: MergeRepository.recordColumns, MergeRepository.record(row:),
                           expected: try store.merges.history(of: id))
    }

    @Test func listRowsAndWholeProfilesReadTheirColumnsByName() throws {
        let (temp, id) = try filledStore()
        let row = try #require(try temp.store.customers.page(sort: .name).rows.first)
        let customer = try #require(try temp.store.customers.customer(id: id))
        try temp.store.database.writer.read { db in
            let reversedRows = try db.mapRows(sql: "SELECT \(Self.reversed(DirectoryRow.qualifiedColumns)) FROM customer c") { DirectoryRow(row: $0) }
            #expect(reversedRows == [row])
            // The batch decoder finds the columns once, from the first row, and reads every row at those places.
            #expect(try Customer.fetchAll(db, sql: "SELECT \(Self.reversed(Customer.selectColumns)) FROM customer") == [customer])
        }
    }

    @Test func theDuplicateScanReadsItsBlocksByName() throws {
        let temp = try TemporaryStore()
        for (given, family) in [("Camille", "Lefèvre"), ("Camile", "Lefevre")] {
            _ = try temp.store.customers.create(Customer(givenName: given, familyName: family,
                                                         address: PostalAddress(line1: "12 Rue Oberkampf", postalCode: "75011")))
        }
        func blocks(_ columns: String) throws -> [[DuplicateCandidate]] {
            var blocks: [[DuplicateCandidate]] = []
            try temp.store.database.writer.read { db in
                try DuplicateRepository.forEachBlock(db, sql: "SELECT \(columns) FROM customer WHERE address_key <> '' ORDER BY address_key, id") {
                    blocks.append($0)
                }
            }
            return blocks
        }
        let columns = DuplicateRepository.candidateColumns + ", address_key AS block_key"
        let inOrder = try blocks(columns)
        #expect(inOrder.map(\.count) == [2])
        #expect(try blocks(Self.reversed(columns)) == inOrder)
    }
}
