import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// SQLite-specific, not part of the contract: the journal mode and pragmas, named migrations, SQL
/// constraints and query plans, two connections to one file, the backup API, where the file is.
@Suite struct DatabaseTests {
    @Test func walIsUsedOnlyWhenTheLinkedSQLiteHasTheWalResetFix() throws {
        #expect(JournalPolicy.mode(forSQLiteVersion: 3_040_001) == .rollback)
        #expect(JournalPolicy.mode(forSQLiteVersion: 3_051_002) == .rollback)
        #expect(JournalPolicy.mode(forSQLiteVersion: 3_051_003) == .wal)
        let temp = try TemporaryStore()
        let (mode, synchronous, secureDelete, foreignKeys) = try temp.store.database.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode")!, try Int.fetchOne(db, sql: "PRAGMA synchronous")!,
             try Int.fetchOne(db, sql: "PRAGMA secure_delete")!, try Int.fetchOne(db, sql: "PRAGMA foreign_keys")!)
        }
        let expected = JournalPolicy.linkedVersion >= JournalPolicy.firstSafeWALVersion ? "wal" : "delete"
        #expect(mode == expected, "SQLite \(JournalPolicy.linkedVersionText)")
        #expect(synchronous == 2)  // FULL
        #expect(secureDelete == 1)
        #expect(foreignKeys == 1)
    }

    @Test func theSchemaIsCreatedByNamedMigrations() throws {
        let temp = try TemporaryStore()
        let applied = try temp.store.database.writer.read { db in try AppDatabase.migrator.appliedIdentifiers(db).sorted() }
        #expect(applied == ["v1 customers and everything on the card", "v10 imports committed in slices", "v11 search words", "v12 search words by their start", "v13 the profile's id in the key indexes", "v2 address keys for duplicate detection", "v3 names in the address-key index",
                            "v4 street-less profiles by postal code", "v5 when a reminder was last notified", "v6 bookings by start time",
                            "v7 bookings by staff member", "v8 messages sent through the mail command, and the outbox", "v9 directory filters", "v9 purged merges"])
        let tables = try temp.store.database.writer.read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for table in ["customer", "custom_field", "custom_field_value", "customer_group", "group_member", "note", "attachment", "card",
                      "loyalty_program", "loyalty_reward", "loyalty_account", "loyalty_entry", "booking", "payment",
                      "conversation_message", "merge_record", "purged_merge", "ignored_duplicate_pair", "setting", "customer_search"] {
            #expect(tables.contains(table), "missing \(table)")
        }
    }

    @Test func constraintsRefuseWhatTheDomainWouldRefuse() throws {
        let temp = try TemporaryStore()
        try temp.store.database.writer.write { db in
            #expect(throws: DatabaseError.self) { try db.execute(sql: "INSERT INTO customer (created_at, updated_at, last_activity_at, sort_key) VALUES (0, 0, 0, '')") }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO note (customer_id, body, created_at, updated_at) VALUES (12345, 'orphan', 0, 0)")
            }
        }
    }

    @Test func phoneLookupsAndNameSearchUseIndexes() throws {
        let temp = try TemporaryStore()
        let plans = try temp.store.database.writer.read { db in
            try [
                "SELECT id FROM customer WHERE phone_e164 = '+14155550134'",
                "SELECT id FROM customer WHERE phone_reversed >= '4310' AND phone_reversed < '4310:'",
                "SELECT id FROM customer WHERE phone_e164 >= '+1415' AND phone_e164 < '+1415:'",
                "SELECT id FROM customer c WHERE (c.sort_key, c.id) > ('m', 0) ORDER BY c.sort_key, c.id LIMIT 10",
                // The partial index on reference IDs is used only when the query repeats its condition.
                "SELECT id FROM customer WHERE reference_id = ?1 AND reference_id <> '' LIMIT 10",
                "SELECT id FROM customer WHERE email_normalized = ?1",
                "SELECT id FROM customer WHERE phone_e164 = ?1",
            ].map { sql in
                let arguments: StatementArguments = sql.contains("?1") ? ["R1"] : []
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }.joined(separator: "; ")
            }
        }
        for plan in plans {
            #expect(plan.contains("USING") && plan.contains("INDEX"), "\(plan)")
            #expect(!plan.contains("SCAN customer") || plan.contains("USING"), "\(plan)")
        }
    }

    /// SQLite's plans, not a contract: the day's bookings read the start-time index and the overlap
    /// check one staff member's range of the staff index, never the booking table in full.
    @Test func theDaysBookingsAndTheOverlapCheckUseTheirIndexes() throws {
        let temp = try TemporaryStore()
        let plans = try temp.store.database.writer.read { db in
            let queries: [(String, StatementArguments)] = [(BookingRepository.daySQL, [0, 1, 10]), (BookingRepository.conflictSQL, ["lea", 0, 1])]
            return try queries.map { query -> String in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.0, arguments: query.1).map { $0["detail"] as String }.joined(separator: "; ")
            }
        }
        #expect(plans[0].contains("booking_by_start") && !plans[0].contains("USE TEMP B-TREE"), "\(plans[0])")
        #expect(plans[1].contains("booking_by_staff") && plans[1].contains("starts_at>?"), "\(plans[1])")
        #expect(plans.allSatisfy { $0.contains("USING INTEGER PRIMARY KEY") }, "\(plans)")
        let exists = try temp.store.database.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + BookingRepository.overlapExistsSQL, arguments: ["lea", 0, 1, 0, 1]).map { $0["detail"] as String }.joined(separator: "; ")
        }
        #expect(exists.contains("COVERING INDEX booking_by_staff"), "\(exists)")
    }

    @Test func aSecondCounterWaitsForAWriterInsteadOfFailing() async throws {
        let temp = try TemporaryStore()
        let other = try temp.secondCounter()
        // The first counter holds a write transaction for a moment; the second one's write waits.
        let holder = Task.detached {
            try temp.store.database.writer.write { db in
                try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('held', 'yes')")
                Thread.sleep(forTimeInterval: 0.4)
            }
        }
        try await Task.sleep(nanoseconds: 100_000_000)
        _ = try other.customers.create(Customer(givenName: "Waited"))
        try await holder.value
        #expect(try temp.store.customers.count() == 1)
    }

    @Test func deletedNotesDoNotLingerInTheFile() throws {
        let temp = try TemporaryStore()
        let id = try temp.store.customers.create(Customer(givenName: "Ana")).id!
        let secret = "zebra-unicorn-sentinel-text"
        let note = try temp.store.notes.save(Note(customerID: id, body: secret))
        try temp.store.notes.delete(id: note.id!)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: temp.path))
        #expect(bytes.range(of: Data(secret.utf8)) == nil)
    }

    @Test func aBackupIsAConsistentCopy() throws {
        let temp = try TemporaryStore()
        _ = try temp.store.customers.create(Fixtures.maria())
        let copy = temp.directory.appendingPathComponent("backup.sqlite").path
        try temp.store.database.backup(to: copy)
        let restored = ClienteleStore(database: try AppDatabase(path: copy), region: "US")
        #expect(try restored.customers.search("nunez").rows.count == 1)
    }

    @Test func theDatabasePathComesFromTheOptionThenTheEnvironmentThenXDG() {
        #expect(StoreLocation.databasePath(option: "/tmp/a.sqlite", environment: ["CLIENTELE_DB": "/tmp/b.sqlite"]) == "/tmp/a.sqlite")
        #expect(StoreLocation.databasePath(option: nil, environment: ["CLIENTELE_DB": "/tmp/b.sqlite"]) == "/tmp/b.sqlite")
        #expect(StoreLocation.databasePath(option: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/x"]) == "/data/clientele/clientele.sqlite")
        #expect(StoreLocation.databasePath(option: nil, environment: ["HOME": "/home/x"]) == "/home/x/.local/share/clientele/clientele.sqlite")
    }

    @Test func theRegionComesFromTheOptionEnvironmentSettingThenLocale() {
        #expect(StoreLocation.region(option: "fr", stored: "ES", environment: ["CLIENTELE_REGION": "MX"]) == "FR")
        #expect(StoreLocation.region(option: nil, stored: "ES", environment: ["CLIENTELE_REGION": "MX"]) == "MX")
        #expect(StoreLocation.region(option: nil, stored: "ES", environment: ["LANG": "fr_FR.UTF-8"]) == "ES")
        #expect(StoreLocation.region(option: nil, stored: nil, environment: ["LANG": "es_MX.UTF-8"]) == "MX")
        #expect(StoreLocation.region(option: nil, stored: nil, environment: ["LANG": "C.UTF-8"]) == "US")
    }

    @Test func demoDataFillsEveryPartOfTheCard() throws {
        let temp = try TemporaryStore()
        let summary = try DemoLoader(store: temp.store).load(count: 200)
        #expect(summary.customers == 200)
        let counts = try temp.store.database.writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM note WHERE reminder_at < strftime('%s','now') * 1000),
                       (SELECT count(*) FROM note WHERE reminder_at > strftime('%s','now') * 1000),
                       (SELECT count(*) FROM custom_field_value), (SELECT count(*) FROM group_member),
                       (SELECT count(*) FROM loyalty_entry WHERE kind = 'earned'), (SELECT count(*) FROM card),
                       (SELECT count(*) FROM booking WHERE starts_at > strftime('%s','now') * 1000),
                       (SELECT count(*) FROM booking WHERE status = 'completed'),
                       (SELECT count(*) FROM payment WHERE status = 'paid'), (SELECT count(*) FROM payment WHERE status = 'overdue'),
                       (SELECT count(*) FROM conversation_message), (SELECT count(*) FROM attachment),
                       (SELECT count(*) FROM (SELECT email_normalized FROM customer WHERE email_normalized IS NOT NULL GROUP BY 1 HAVING count(*) > 1))
                """)!
        }
        let labels = ["due reminders", "future reminders", "custom values", "group members", "points earned", "cards", "upcoming bookings",
                      "completed bookings", "paid", "overdue", "messages", "documents", "shared emails"]
        for index in 0..<13 { #expect((counts[index] as Int) > 0, "\(labels[index])") }
    }
}
