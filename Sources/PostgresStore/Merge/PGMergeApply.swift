import CustomerCore
import Foundation

/// A merge's one transaction (`MergeRepository.apply` on SQLite, step for step): the survivor takes
/// the plan's values, every row of the absorbed profile moves (`CustomerOwnedTables`), the loyalty
/// accounts become one, and the absorbed profile goes, with a snapshot for undo.
enum PGMergeApply {
    /// Serialises the choice of a new merge id between counters (ids are never reused, a purged
    /// merge's marker keeping its id, so the next is computed from both tables).
    static let mergeIDLock: Int64 = 0x636C_6D65_7267  // "clmerg"

    static func apply(_ db: PGLink, _ plan: MergePlan, now: Date) throws -> MergeRecord {
        let survivorID = plan.survivor.id!, absorbedID = plan.absorbed.id!
        guard survivorID != absorbedID else { throw MergeRefusal.sameProfile }
        // Both rows locked, in id order (two merges of one pair, or of crossed pairs, never deadlock),
        // then their versions compared: a save that came first is a conflict, never overwritten.
        try db.execute("SELECT id FROM customer WHERE id = ANY(?) ORDER BY id FOR UPDATE", [PGArray([survivorID, absorbedID])])
        for expected in [plan.survivor, plan.absorbed] {
            guard let current = try PGCustomerRepository.fetchCustomer(db, id: expected.id!) else {
                throw StoreError.notFound(what: "customer", id: expected.id!)
            }
            if current.version != expected.version { throw StoreError.conflict(current: current) }
        }
        // Documents: both sides together within the limit, or the newest kept as the plan chose.
        // Counted under the locks: no attach to either profile can slip in (it locks its profile too).
        let attachments = try db.query("""
            SELECT \(attachmentColumns) FROM attachment WHERE customer_id = ANY(?) ORDER BY created_at DESC, id DESC
            """, [PGArray([survivorID, absorbedID])]).map(attachment)
        var dropped: [Attachment] = []
        if attachments.count > AttachmentRules.maximumFilesPerCustomer {
            guard plan.attachmentOverflow == .keepNewest else { throw MergeRefusal.documentsOverLimit(total: attachments.count) }
            dropped = Array(attachments.dropFirst(AttachmentRules.maximumFilesPerCustomer))
        }

        let absorbedGroups = try ids(db, "SELECT group_id FROM group_member WHERE customer_id = ? ORDER BY group_id", absorbedID)
        let survivorGroups = Set(try ids(db, "SELECT group_id FROM group_member WHERE customer_id = ?", survivorID))
        let survivorLoyalty = try loyaltySnapshot(db, customerID: survivorID)
        let absorbedLoyalty = try loyaltySnapshot(db, customerID: absorbedID)
        var merged = plan.mergedCustomer
        merged.updatedAt = now
        merged.version = plan.survivor.version + 1
        let mergedValues = plan.mergedCustomValues.mapValues(\.storageText)

        var snapshot = MergeSnapshot(
            survivorBefore: plan.survivor, mergedSurvivor: merged, absorbed: plan.absorbed,
            survivorCustomValuesBefore: try storedCustomValues(db, customerID: survivorID), mergedCustomValues: mergedValues,
            absorbedCustomValues: try storedCustomValues(db, customerID: absorbedID),
            absorbedGroupIDs: absorbedGroups, groupsAddedToSurvivor: absorbedGroups.filter { !survivorGroups.contains($0) },
            movedRowIDs: [:],
            droppedAttachments: dropped, absorbedLoyalty: absorbedLoyalty, survivorLoyalty: survivorLoyalty,
            loyaltyAccountMoved: survivorLoyalty == nil && absorbedLoyalty != nil, mergedLoyaltyEntryID: nil,
            mergedLoyaltyPhone: plan.mergedLoyaltyPhone,
            ignoredPairs: try db.query("SELECT first_id, second_id FROM ignored_duplicate_pair WHERE first_id = $1 OR second_id = $1",
                                       [absorbedID]).map { CustomerPair(try $0.int("first_id"), try $0.int("second_id")) },
            repointedMergeIDs: try ids(db, "SELECT id FROM merge_record WHERE survivor_id = ? ORDER BY id", absorbedID))

        // The survivor's profile takes the chosen values.
        try db.execute(PGCustomerRow.updateSQL, PGCustomerRow.storedValues(merged) + [survivorID, plan.survivor.version])
        try db.execute("DELETE FROM custom_field_value WHERE customer_id = ?", [survivorID])
        for (fieldID, value) in mergedValues.sorted(by: { $0.key < $1.key }) {
            try db.execute("INSERT INTO custom_field_value (customer_id, field_id, value) SELECT ?::bigint, id, ?::text FROM custom_field WHERE id = ?",
                           [survivorID, value, fieldID])
        }

        // Everything on the absorbed card moves; documents past the limit leave both cards.
        if !dropped.isEmpty { try db.execute("DELETE FROM attachment WHERE id = ANY(?)", [PGArray(dropped.compactMap(\.id))]) }
        for table in cardTables {
            snapshot.movedRowIDs[table] = try ids(db, "SELECT id FROM \(table) WHERE customer_id = ? ORDER BY id", absorbedID)
            try db.execute("UPDATE \(table) SET customer_id = ? WHERE customer_id = ?", [survivorID, absorbedID])
        }
        try db.execute("""
            INSERT INTO group_member (group_id, customer_id) SELECT group_id, ?::bigint FROM group_member WHERE customer_id = ? ON CONFLICT DO NOTHING
            """, [survivorID, absorbedID])

        // Loyalty: one account, points added up, the absorbed history kept, a "merged" line.
        if let absorbedLoyalty {
            let targetAccount: Int64
            if let survivorLoyalty {
                targetAccount = survivorLoyalty.accountID
                try db.execute("UPDATE loyalty_entry SET account_id = ? WHERE account_id = ?", [targetAccount, absorbedLoyalty.accountID])
                try db.execute("UPDATE loyalty_account SET balance = balance + ? WHERE id = ?", [absorbedLoyalty.balance, targetAccount])
                try db.execute("DELETE FROM loyalty_account WHERE id = ?", [absorbedLoyalty.accountID])
            } else {
                targetAccount = absorbedLoyalty.accountID
                try db.execute("UPDATE loyalty_account SET customer_id = ? WHERE id = ?", [survivorID, targetAccount])
            }
            if let phone = plan.mergedLoyaltyPhone {
                try db.execute("UPDATE loyalty_account SET phone_e164 = ? WHERE id = ?", [phone, targetAccount])
            }
            snapshot.mergedLoyaltyEntryID = try db.int("""
                INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, 'merged', 0, ?, ?) RETURNING id
                """, [targetAccount, "merged with \(plan.absorbed.displayName)'s account (\(absorbedLoyalty.balance) points)", StoredTime.encode(now)])
        }

        // Earlier merges the absorbed profile kept now belong to the survivor (else the cascade
        // below would erase them, and with them their undo).
        try db.execute("UPDATE merge_record SET survivor_id = ? WHERE survivor_id = ?", [survivorID, absorbedID])
        try db.execute("DELETE FROM customer WHERE id = ?", [absorbedID])

        try db.execute("SELECT pg_advisory_xact_lock(?)", [mergeIDLock])
        guard let id = try db.int("""
            INSERT INTO merge_record (id, survivor_id, absorbed_id, created_at, snapshot)
            VALUES (greatest(coalesce((SELECT max(id) FROM merge_record), 0), coalesce((SELECT max(id) FROM purged_merge), 0)) + 1, ?, ?, ?, ?)
            RETURNING id
            """, [survivorID, absorbedID, StoredTime.encode(now), try snapshot.json()]) else {
            throw StoreError.fileProblem("the merge record was not written")
        }
        return MergeRecord(id: id, survivorID: survivorID, absorbedID: absorbedID, absorbedName: plan.absorbed.displayName,
                           createdAt: now, undoneAt: nil)
    }

    /// The tables whose rows move with the absorbed profile as they are (`CustomerOwnedTables`,
    /// shared with SQLite); the others have steps of their own above.
    static let cardTables = CustomerOwnedTables.movedToSurvivor

    // MARK: Reading

    static let attachmentColumns = "id, customer_id, file_name, file_type, byte_count, content_hash, created_at"

    static func attachment(_ row: PGRow) throws -> Attachment {
        Attachment(id: try row.int("id"), customerID: try row.int("customer_id"), fileName: try row.text("file_name"),
                   fileType: AttachmentFileType(rawValue: try row.text("file_type")) ?? .pdf, byteCount: Int(try row.int("byte_count")),
                   contentHash: try row.text("content_hash"), createdAt: StoredTime.decode(try row.int("created_at")))
    }

    static func ids(_ db: PGLink, _ sql: String, _ id: Int64) throws -> [Int64] {
        try db.query(sql, [id]).map { try $0.int(0) }
    }

    static func storedCustomValues(_ db: PGLink, customerID: CustomerID) throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: try db.query("SELECT field_id, value FROM custom_field_value WHERE customer_id = ?", [customerID])
            .map { (try $0.int("field_id"), try $0.text("value")) })
    }

    static func loyaltySnapshot(_ db: PGLink, customerID: CustomerID) throws -> MergeSnapshot.LoyaltySnapshot? {
        guard let account = try db.one("SELECT id, phone_e164, enrolled_at, balance FROM loyalty_account WHERE customer_id = ?", [customerID])
        else { return nil }
        let id = try account.int("id")
        return MergeSnapshot.LoyaltySnapshot(
            accountID: id, phoneE164: try account.text("phone_e164"), enrolledAt: StoredTime.decode(try account.int("enrolled_at")),
            balance: Int(try account.int("balance")),
            entryIDs: try ids(db, "SELECT id FROM loyalty_entry WHERE account_id = ? ORDER BY id", id))
    }
}
