import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// SQLite-specific: a shop's file from any earlier version of the schema, holding data, migrates
/// to the current one without losing a row or a value, ends with exactly the schema a new file
/// has, and the store reads it. One case per earlier migration (`migrate(_:upTo:)`).
@Suite struct MigrationTests {
    /// Every migration, oldest first, and those a shop's file may have stopped at.
    static let migrations = AppDatabase.migrator.migrations
    static let earlier = Array(migrations.dropLast())

    static let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    /// The rows each migration's new tables and columns hold in a shop's file, written against the
    /// schema as it stood right after that migration — raw SQL, never today's inserts, which name
    /// columns added later. Every migration has an entry, new tables or not, so that adding one
    /// means saying what data it meets.
    static let rowsWrittenAfter: [String: @Sendable (Database) throws -> Void] = [
        "v1 customers and everything on the card": { db in
            let ids = try [
                Customer(givenName: "María", familyName: "Núñez", nickname: "Mari", companyName: "Café Olé", emailAddress: "Maria.Nunez@Example.com",
                         phoneNumber: "(415) 555-0134",
                         address: PostalAddress(line1: "12 Main St", line2: "Apt 4", locality: "San Francisco", region: "CA", postalCode: "94110", country: "US"),
                         birthday: Birthday("1990-04-12"), referenceID: "R1", memo: "Line one\nLine two", emailSubscription: .subscribed),
                Customer(givenName: "Maria", familyName: "Nunez", emailAddress: "maria.nunez@example.com",
                         address: PostalAddress(line1: "12 Main Street", postalCode: "94110")),
                Customer(companyName: "Blue Bottle", phoneNumber: "+1 510 555 0199", status: .lead, creationSource: .import),
            ].map { try insertCustomerAsV1Did(db, $0) }
            let ms = StoredTime.encode(t0)
            // An undone merge's record: what history lists needs only the absorbed profile of its snapshot.
            let absorbed = String(decoding: try JSONEncoder().encode(Customer(givenName: "Old", familyName: "Profile")), as: UTF8.self)
            let snapshot = "{\"absorbed\": \(absorbed)}"
            try db.execute(sql: """
                INSERT INTO custom_field (id, label, kind, choices, position) VALUES (1, 'Stylist', 'choice', '["Inès","Sam"]', 1);
                INSERT INTO custom_field_value (customer_id, field_id, value) VALUES (:maria, 1, 'Inès');
                INSERT INTO customer_group (id, name, created_at) VALUES (1, 'VIP', :t0);
                INSERT INTO group_member (group_id, customer_id) VALUES (1, :maria), (1, :company);
                INSERT INTO note (id, customer_id, body, is_pinned, created_at, updated_at, reminder_at, reminder_done_at)
                    VALUES (1, :maria, 'Allergic to latex', 1, :t0, :t0, :t0, NULL), (2, :twin, 'Walk-in', 0, :t0, :t0, NULL, NULL);
                INSERT INTO attachment (id, customer_id, file_name, file_type, byte_count, content_hash, created_at)
                    VALUES (1, :maria, 'consent.pdf', 'pdf', 1234, '\(String(repeating: "ab", count: 32))', :t0);
                INSERT INTO card (id, customer_id, holder_name, brand, last_four, expiry_month, expiry_year, billing_postal_code, authorization_on_file, created_at)
                    VALUES (1, :maria, 'María Núñez', 'visa', '4242', 4, 2030, '94110', 1, :t0);
                INSERT INTO loyalty_program (id, name, accrual, points, amount_minor) VALUES (1, 'Rewards', 'per_amount', 1, 100);
                INSERT INTO loyalty_reward (id, name, points_cost) VALUES (1, 'Free cut', 600);
                INSERT INTO loyalty_account (id, customer_id, phone_e164, enrolled_at, balance) VALUES (1, :maria, '+14155550134', :t0, 40);
                INSERT INTO loyalty_entry (id, account_id, kind, points, reason, created_at) VALUES (1, 1, 'enrolled', 0, '', :t0), (2, 1, 'earned', 40, 'visits', :t0);
                INSERT INTO booking (id, customer_id, starts_at, duration_minutes, service, staff, status, notes)
                    VALUES (1, :maria, :t0, 45, 'Colour', 'Inès', 'completed', 'warm tones');
                INSERT INTO payment (id, customer_id, amount_minor, currency, status, paid_at, due_at, method, reference, booking_id, card_id)
                    VALUES (1, :maria, 4599, 'USD', 'paid', :t0, NULL, 'Card', 'INV-1', 1, 1), (2, :company, 1000, 'USD', 'overdue', :t0, :t0, '', '', NULL, NULL);
                INSERT INTO conversation_message (id, customer_id, kind, channel, delivery, subject, body, created_at)
                    VALUES (1, :maria, 'payment_reminder', 'email', 'sent', 'Reminder', 'Your invoice is due', :t0);
                INSERT INTO merge_record (id, survivor_id, absorbed_id, created_at, snapshot, undone_at)
                    VALUES (1, :company, 999, :t0, :snapshot, :t0);
                INSERT INTO ignored_duplicate_pair (first_id, second_id, created_at) VALUES (:maria, :company, :t0);
                INSERT INTO setting (key, value) VALUES ('region', 'US'), ('shop_name', 'Salon Olé');
                """, arguments: ["maria": ids[0], "twin": ids[1], "company": ids[2], "t0": ms, "snapshot": snapshot])
        },
        // A profile stored once address keys existed, with its key.
        "v2 address keys for duplicate detection": { db in
            let id = try insertCustomerAsV1Did(db, Customer(givenName: "Camille", familyName: "Lefèvre",
                                                             address: PostalAddress(line1: "9 Rue Oberkampf", postalCode: "75011")))
            try db.execute(sql: "UPDATE customer SET address_key = ? WHERE id = ?",
                           arguments: [AddressKey.make(PostalAddress(line1: "9 Rue Oberkampf", postalCode: "75011")), id])
        },
        "v3 names in the address-key index": { _ in },     // an index only
        "v4 street-less profiles by postal code": { _ in },  // an index only
        // A reminder on the company's profile that `reminders --notify` has already sent.
        "v5 when a reminder was last notified": { db in
            let ms = StoredTime.encode(t0)
            try db.execute(sql: """
                INSERT INTO note (customer_id, body, is_pinned, created_at, updated_at, reminder_at, reminder_done_at, reminder_notified_at)
                SELECT id, 'Call about the invoice', 0, ?, ?, ?, NULL, ? FROM customer WHERE company_name = 'Blue Bottle'
                """, arguments: [ms, ms, ms, ms])
        },
        "v6 bookings by start time": { _ in },  // an index only
        "v7 bookings by staff member": { _ in },  // an index only
        // A receipt the mail command failed to send, waiting in the outbox with the program's words.
        "v8 messages sent through the mail command, and the outbox": { db in
            try db.execute(sql: """
                INSERT INTO conversation_message (customer_id, kind, channel, delivery, subject, body, created_at, recipient, mail_id, failure, attempted_at)
                SELECT id, 'payment_receipt', 'email', 'failed', 'Your payment', 'Thank you', ?, 'maria@example.com', '<a@b>', 'msmtp: refused', NULL
                FROM customer WHERE given_name = 'María'
                """, arguments: [StoredTime.encode(t0)])
        },
        // What a purge left of a merge María survived: its undo is refused as purged.
        "v9 purged merges": { db in
            let ms = StoredTime.encode(t0)
            try db.execute(sql: """
                INSERT INTO purged_merge (id, customer_id, absorbed_id, absorbed_name, merged_at, undone_at, purged_at)
                SELECT 500, id, 9999, 'Old Twin', ?, NULL, ? FROM customer WHERE given_name = 'María'
                """, arguments: [ms, ms])
        },
        "v9 directory filters": { _ in },  // indexes only
        "v10 imports committed in slices": { _ in },  // new, empty tables only
        "v11 search words": { _ in },  // nothing on SQLite (the server's search words)
        "v12 search words by their start": { _ in },  // nothing on SQLite (the server's index of word starts)
        "v13 the profile's id in the key indexes": { _ in },  // nothing on SQLite (its indexes end with the row id)
    ]

    /// A profile as the v1 insert wrote it: its columns then, derived ones included.
    static func insertCustomerAsV1Did(_ db: Database, _ draft: Customer) throws -> CustomerID {
        let customer = try CustomerValidator(region: "US").validated(draft).get()
        let derived = DerivedCustomerColumns(customer)
        let ms = StoredTime.encode(t0)
        try db.execute(sql: """
            INSERT INTO customer (given_name, family_name, nickname, company_name, email_address, email_normalized, phone_number, phone_e164,
                phone_reversed, address_line1, address_line2, locality, region, postal_code, country, birthday, reference_id, memo,
                email_subscription, status, creation_source, created_at, updated_at, last_activity_at, version, sort_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
            """, arguments: [customer.givenName, customer.familyName, customer.nickname, customer.companyName, customer.emailAddress,
                             derived.normalizedEmail, customer.phoneNumber, customer.phoneE164, derived.phoneReversed,
                             customer.address.line1, customer.address.line2, customer.address.locality, customer.address.region,
                             customer.address.postalCode, customer.address.country, derived.birthday, customer.referenceID, customer.memo,
                             customer.emailSubscription.rawValue, customer.status.rawValue, customer.creationSource.rawValue, ms, ms, ms,
                             derived.sortKey])
        return db.lastInsertedRowID
    }

    /// Every row of every table that holds the shop's data (not the search index's own tables, not
    /// the migrations' log), as text, by table; `columns` limits a table to the columns it had.
    static func contents(_ db: Database, columns: [String: [String]]? = nil) throws -> [String: [String]] {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_search%'
                AND name <> 'grdb_migrations'
            """)
        var contents: [String: [String]] = [:]
        // Tables a later migration created are not "the data as it was": only those the file had are compared.
        for table in tables where columns.map({ $0[table] != nil }) ?? true {
            let names = try columns?[table] ?? String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
            contents[table] = try Row.fetchAll(db, sql: "SELECT \(names.joined(separator: ", ")) FROM \(table)").map { row in
                names.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ")
            }.sorted()
        }
        return contents
    }

    static func columns(_ db: Database) throws -> [String: [String]] {
        var columns: [String: [String]] = [:]
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
            columns[table] = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
        }
        return columns
    }

    static func schema(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .map { "\($0["type"] as String) \($0["name"] as String) on \($0["tbl_name"] as String): \(($0["sql"] as String?) ?? "-")" }
    }

    @Test func everyMigrationSaysWhatDataItMeets() {
        #expect(Set(Self.rowsWrittenAfter.keys) == Set(Self.migrations), "rowsWrittenAfter must have an entry for each migration")
    }

    @Test(arguments: MigrationTests.earlier)
    func aFileStoppedAtAnEarlierMigrationMigratesWithItsData(_ stoppedAt: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-migration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path

        // The file as the shop's older versions left it: each one migrated it, then wrote its rows.
        var before: [String: [String]] = [:], columnsBefore: [String: [String]] = [:]
        do {
            let old = try DatabaseQueue(path: path, configuration: AppDatabase.configuration(journalMode: .rollback))
            for migration in Self.migrations.prefix(through: try #require(Self.migrations.firstIndex(of: stoppedAt))) {
                try AppDatabase.migrator.migrate(old, upTo: migration)
                let write = try #require(Self.rowsWrittenAfter[migration], "no rows for \(migration)")
                try old.write { db in try write(db) }
            }
            try old.read { db in
                columnsBefore = try Self.columns(db)
                before = try Self.contents(db)
            }
            try old.close()
        }
        #expect(before["customer"]?.isEmpty == false && before["payment"]?.isEmpty == false)

        // Opened by today's version: the remaining migrations run.
        let store = ClienteleStore(database: try AppDatabase(path: path), region: "US")
        let fresh = try AppDatabase(path: directory.appendingPathComponent("fresh.sqlite").path)
        try store.database.writer.read { db in
            #expect(try AppDatabase.migrator.appliedIdentifiers(db) == Set(Self.migrations))
            #expect(try Self.contents(db, columns: columnsBefore) == before, "the data as it was, in the columns it had")
            let freshSchema = try fresh.writer.read(Self.schema)
            #expect(try Self.schema(db) == freshSchema, "the schema a new file has")
            // Every profile has the address key v2 would give it (filled by v2 when it came later).
            for row in try Row.fetchAll(db, sql: "SELECT id, address_line1, address_line2, locality, region, postal_code, country, address_key FROM customer") {
                let address = PostalAddress(line1: row["address_line1"], line2: row["address_line2"], locality: row["locality"],
                                            region: row["region"], postalCode: row["postal_code"], country: row["country"])
                #expect(row["address_key"] as String == AddressKey.make(address), "address key of customer \(row["id"] as Int64)")
            }
        }
        #expect(try store.maintenance.integrityProblems().isEmpty)

        // And the store reads it: search, the card, duplicates, history.
        let maria = try #require(try store.customers.search("nunez").rows.first { $0.phoneE164 == "+14155550134" })
        let card = try #require(try store.customerCards.card(for: maria.id))
        #expect(card.notes.map(\.body) == ["Allergic to latex"] && card.bookings.first?.service == "Colour")
        #expect(card.payments.first?.bookingID == 1 && card.loyaltyAccount?.balance == 40 && card.groups.map(\.name) == ["VIP"])
        #expect(card.customValues[1] == .choice("Inès"))
        #expect(try store.duplicates.clusters().contains { $0.customerIDs.contains(maria.id) })
        let company = try #require(try store.customers.search("blue").rows.first)
        #expect(try store.merges.history(of: company.id).map(\.absorbedName) == ["Old Profile"])
        #expect(try store.settings.value(.shopName) == "Salon Olé")
    }
}
