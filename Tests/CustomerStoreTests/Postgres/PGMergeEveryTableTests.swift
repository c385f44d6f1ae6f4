import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import PostgresStore

/// PostgreSQL only, written in SQL so that it needs none of the other parts' repositories: a merge
/// moves a row of every table `CustomerOwnedTables` registers and its undo puts each back (the same
/// ids), and the registry claims every table of the server schema that belongs to a customer.
@Suite(.enabled(if: PostgresTestServer.isAvailable))
struct PGMergeEveryTableTests {
    let now = Date(timeIntervalSince1970: 1_760_000_000)

    /// One row of each customer-owned table for `id` (`tag` in its text), returning the ids by table.
    func fill(_ db: PGLink, _ id: Int64, tag: String, group: Int64, field: Int64, points: Int) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        ids["note"] = try db.int("INSERT INTO note (customer_id, body, created_at, updated_at) VALUES (?, ?, 0, 0) RETURNING id", [id, tag])
        let hash = String(repeating: tag == "ana" ? "a" : "b", count: 64)
        ids["attachment"] = try db.int("""
            INSERT INTO attachment (customer_id, file_name, file_type, byte_count, content_hash, created_at) VALUES (?, ?, 'png', 3, ?, 0) RETURNING id
            """, [id, "\(tag).png", hash])
        try db.execute("INSERT INTO attachment_content_chunk (content_hash, position, bytes) VALUES (?, 0, ?)", [hash, PGBytes([1, 2, 3])])
        ids["card"] = try db.int("""
            INSERT INTO card (customer_id, holder_name, brand, last_four, expiry_month, expiry_year, authorization_on_file, created_at)
            VALUES (?, ?, 'visa', '4242', 4, 2030, 1, 0) RETURNING id
            """, [id, tag])
        ids["booking"] = try db.int("INSERT INTO booking (customer_id, starts_at, duration_minutes, service, status) VALUES (?, 0, 30, ?, 'completed') RETURNING id",
                                    [id, tag])
        ids["payment"] = try db.int("INSERT INTO payment (customer_id, amount_minor, currency, status, paid_at, booking_id) VALUES (?, 2500, 'USD', 'paid', 0, ?) RETURNING id",
                                    [id, ids["booking"]!])
        ids["conversation_message"] = try db.int("""
            INSERT INTO conversation_message (customer_id, kind, channel, delivery, body, created_at) VALUES (?, 'free', 'email', 'queued', ?, 0) RETURNING id
            """, [id, tag])
        try db.execute("INSERT INTO group_member (group_id, customer_id) VALUES (?, ?)", [group, id])
        try db.execute("INSERT INTO custom_field_value (customer_id, field_id, value) VALUES (?, ?, ?)", [id, field, tag])
        let phone = try #require(try db.one("SELECT phone_e164 FROM customer WHERE id = ?", [id])?.optionalText("phone_e164"))
        let account = try #require(try db.int("INSERT INTO loyalty_account (customer_id, phone_e164, enrolled_at, balance) VALUES (?, ?, 0, ?) RETURNING id",
                                              [id, phone, points]))
        ids["loyalty_account"] = account
        ids["loyalty_entry"] = try db.int("INSERT INTO loyalty_entry (account_id, kind, points, created_at) VALUES (?, 'earned', ?, 0) RETURNING id",
                                          [account, points])
        return ids
    }

    func owner(_ db: PGLink, _ table: String, _ id: Int64) throws -> Int64? {
        try db.int("SELECT customer_id FROM \(table) WHERE id = ?", [id])
    }

    @Test func aMergeMovesARowOfEveryOwnedTableAndItsUndoPutsEachBack() throws {
        let temp = try TemporaryPostgresStore()
        let db = temp.store.link
        let ana = try temp.customers.create(Customer(givenName: "Ana", familyName: "Silva", phoneNumber: "+1 415 555 0100"), now: now)
        let anna = try temp.customers.create(Customer(givenName: "Anna", familyName: "Silva", phoneNumber: "+1 415 555 0199"), now: now)
        let luis = try temp.customers.create(Customer(givenName: "Luis", phoneNumber: "+1 415 555 0142"), now: now)
        let vip = try #require(try db.int("INSERT INTO customer_group (name, created_at) VALUES ('VIP', 0) RETURNING id"))
        let walkIns = try #require(try db.int("INSERT INTO customer_group (name, created_at) VALUES ('Walk-ins', 0) RETURNING id"))
        let stylist = try #require(try db.int("INSERT INTO custom_field (label, kind) VALUES ('Stylist', 'text') RETURNING id"))
        let anaRows = try fill(db, ana.id!, tag: "ana", group: vip, field: stylist, points: 40)
        let annaRows = try fill(db, anna.id!, tag: "anna", group: walkIns, field: stylist, points: 25)
        // Anna survived an earlier merge (kept, and one purged since) and was said not to be Luis.
        let earlier = try #require(try db.int("INSERT INTO merge_record (id, survivor_id, absorbed_id, created_at, snapshot) VALUES (7, ?, 900, 0, '{}') RETURNING id", [anna.id!]))
        try db.execute("INSERT INTO purged_merge (id, customer_id, absorbed_id, absorbed_name, merged_at, purged_at) VALUES (8, ?, 901, 'Old', 0, 0)", [anna.id!])
        try temp.duplicates.ignore(DuplicateCluster(kind: .exact, reasons: [], customerIDs: [anna.id!, luis.id!]), now: now)
        let ownedByCustomerID = CustomerOwnedTables.movedToSurvivor.filter { $0 != "purged_merge" }

        let plan = MergePlan(survivor: CustomerCard(customer: try #require(try temp.customers.customer(id: ana.id!))),
                             absorbed: CustomerCard(customer: try #require(try temp.customers.customer(id: anna.id!))))
        let record = try temp.merges.apply(plan, now: now)
        #expect(record.id == 9, "after the purged marker's id")
        for table in ownedByCustomerID {
            #expect(try owner(db, table, annaRows[table]!) == ana.id, "\(table) moved")
        }
        #expect(try db.int("SELECT customer_id FROM purged_merge WHERE id = 8") == ana.id)
        #expect(try db.int("SELECT survivor_id FROM merge_record WHERE id = ?", [earlier]) == ana.id)
        #expect(try db.query("SELECT group_id FROM group_member WHERE customer_id = ? ORDER BY group_id", [ana.id!]).map { try $0.int(0) } == [vip, walkIns])
        #expect(try db.int("SELECT count(*) FROM loyalty_account") == 1)
        #expect(try db.int("SELECT balance FROM loyalty_account WHERE customer_id = ?", [ana.id!]) == 65)
        #expect(try db.int("SELECT account_id FROM loyalty_entry WHERE id = ?", [annaRows["loyalty_entry"]!]) == anaRows["loyalty_account"])
        #expect(try db.int("SELECT count(*) FROM loyalty_entry WHERE kind = 'merged'") == 1)
        #expect(try db.int("SELECT count(*) FROM custom_field_value") == 0, "the plan chose no values")
        #expect(try db.int("SELECT count(*) FROM ignored_duplicate_pair") == 0)

        try temp.merges.undo(mergeID: record.id, now: now.addingTimeInterval(60))
        for table in ownedByCustomerID {
            #expect(try owner(db, table, annaRows[table]!) == anna.id, "\(table) back")
            #expect(try owner(db, table, anaRows[table]!) == ana.id, "\(table) stayed")
        }
        #expect(try db.int("SELECT customer_id FROM purged_merge WHERE id = 8") == anna.id)
        #expect(try db.int("SELECT survivor_id FROM merge_record WHERE id = ?", [earlier]) == anna.id)
        #expect(try db.query("SELECT customer_id, group_id FROM group_member ORDER BY 1, 2").map { [try $0.int(0), try $0.int(1)] }
                == [[ana.id!, vip], [anna.id!, walkIns]])
        #expect(try db.query("SELECT customer_id, balance FROM loyalty_account ORDER BY 1").map { [try $0.int(0), try $0.int(1)] }
                == [[ana.id!, 40], [anna.id!, 25]])
        #expect(try db.int("SELECT count(*) FROM loyalty_entry WHERE kind = 'merged'") == 0)
        #expect(try db.query("SELECT customer_id, value FROM custom_field_value ORDER BY 1").map { "\(try $0.int(0)):\(try $0.text(1))" }
                == ["\(ana.id!):ana", "\(anna.id!):anna"])
        #expect(try temp.duplicates.ignoredPairs().map { [$0.firstID, $0.secondID] } == [[anna.id!, luis.id!]])
        #expect(try temp.maintenance.integrityProblems(quick: false) == [])
    }

    /// The PostgreSQL twin of `CustomerOwnedTablesTests`: a table that refers to a customer (a
    /// `customer_id` column, a foreign key to `customer`, or one cascading from such a table) and is
    /// not registered would lose the absorbed profile's rows to the cascade.
    @Test func everyTableThatBelongsToACustomerIsRegistered() throws {
        let temp = try TemporaryPostgresStore()
        let rows = try temp.store.link.query("""
            SELECT c.relname::text AS child, p.relname::text AS parent, k.confdeltype::text AS on_delete
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
            WHERE k.contype = 'f' AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
            """).map { (child: try $0.text("child"), parent: try $0.text("parent"), cascade: try $0.text("on_delete") == "c") }
        var owned = Set(try temp.store.link.query("""
            SELECT table_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'customer_id'
            """).map { try $0.text(0) }).union(rows.filter { $0.parent == "customer" }.map(\.child))
        while true {
            let more = Set(rows.filter { owned.contains($0.parent) && $0.cascade && !owned.contains($0.child) }.map(\.child))
            if more.isEmpty { break }
            owned.formUnion(more)
        }
        owned.remove("customer")
        // The search words are derived from the profile's names by triggers: a merge rewrites them
        // with the names (PGSearchWordsTests), it never moves them.
        owned.subtract(PostgresMigrations.derivedTables)
        #expect(owned.subtracting(CustomerOwnedTables.all.map(\.table)).sorted() == [])
        #expect(Set(CustomerOwnedTables.all.map(\.table)).subtracting(owned).sorted() == [])
    }
}
