import CustomerCore
import Foundation

/// A merge's undo in one transaction (`MergeRepository.undo` on SQLite, step for step): the absorbed
/// profile back under its own id with everything that came from it; the survivor's fields as they
/// were, except those edited since; what was added to the survivor after the merge stays on it.
enum PGMergeUndo {
    static func undo(_ db: PGLink, mergeID: Int64, now: Date) throws -> MergeRecord {
        // The record locked first: two counters undoing one merge, the second waits, then finds it undone.
        guard let row = try db.one("SELECT \(PGMergeRepository.recordColumns), snapshot FROM merge_record WHERE id = ? FOR UPDATE", [mergeID]) else {
            if let purged = try db.one("SELECT \(PGMergeRepository.purgedColumns) FROM purged_merge WHERE id = ?", [mergeID]) {
                throw MergeRefusal.purged(try PGMergeRepository.purgedRecord(row: purged))
            }
            throw StoreError.notFound(what: "merge", id: mergeID)
        }
        let record = try PGMergeRepository.record(row: row)
        guard !record.isUndone else { throw MergeRefusal.alreadyUndone(mergeID: mergeID) }
        let snapshot = try MergeSnapshot.decoded(try row.text("snapshot"))
        let survivorID = snapshot.survivorBefore.id!, absorbedID = snapshot.absorbed.id!
        try db.execute("SELECT id FROM customer WHERE id = ? FOR UPDATE", [survivorID])
        guard record.survivorID == survivorID, let current = try PGCustomerRepository.fetchCustomer(db, id: survivorID) else {
            let later = try db.int("SELECT id FROM merge_record WHERE absorbed_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1", [survivorID])
            throw MergeRefusal.survivorMergedSince(mergeID: mergeID, laterMergeID: later)
        }
        if try db.one("SELECT 1 FROM customer WHERE id = ?", [absorbedID]) != nil {
            throw MergeRefusal.profileIDTaken(absorbedID)
        }

        // The absorbed profile comes back under its own id, as it was.
        try db.execute(PGCustomerRow.insertWithIDSQL, [absorbedID] + PGCustomerRow.storedValues(snapshot.absorbed))

        // The survivor's fields go back where nobody changed them since the merge.
        var restored = current
        let untouched = current.version == snapshot.mergedSurvivor.version
        for field in MergeField.allCases where field.text(of: current) == field.text(of: snapshot.mergedSurvivor) {
            field.copy(from: snapshot.survivorBefore, into: &restored)
        }
        restored.createdAt = snapshot.survivorBefore.createdAt
        if untouched {
            restored.lastActivityAt = snapshot.survivorBefore.lastActivityAt
            restored.updatedAt = snapshot.survivorBefore.updatedAt
        } else {
            restored.updatedAt = now
        }
        restored.version = current.version + 1
        try db.execute(PGCustomerRow.updateSQL, PGCustomerRow.storedValues(restored) + [survivorID, current.version])

        // Custom values: the absorbed one's back; the survivor's where unchanged since.
        for (fieldID, value) in snapshot.absorbedCustomValues.sorted(by: { $0.key < $1.key }) {
            try db.execute("INSERT INTO custom_field_value (customer_id, field_id, value) SELECT ?::bigint, id, ?::text FROM custom_field WHERE id = ?",
                           [absorbedID, value, fieldID])
        }
        let nowValues = try PGMergeApply.storedCustomValues(db, customerID: survivorID)
        for fieldID in Set(snapshot.survivorCustomValuesBefore.keys).union(snapshot.mergedCustomValues.keys).sorted()
        where nowValues[fieldID] == snapshot.mergedCustomValues[fieldID] {
            try PGCustomValues.setStored(db, snapshot.survivorCustomValuesBefore[fieldID], fieldID: fieldID, customerID: survivorID)
        }

        // Groups, and every row that came from the absorbed profile.
        for groupID in snapshot.absorbedGroupIDs {
            try db.execute("""
                INSERT INTO group_member (group_id, customer_id) SELECT id, ?::bigint FROM customer_group WHERE id = ? ON CONFLICT DO NOTHING
                """, [absorbedID, groupID])
        }
        for groupID in snapshot.groupsAddedToSurvivor {
            try db.execute("DELETE FROM group_member WHERE group_id = ? AND customer_id = ?", [groupID, survivorID])
        }
        for (table, ids) in snapshot.movedRowIDs.sorted(by: { $0.key < $1.key }) where PGMergeApply.cardTables.contains(table) {
            try moveRows(db, table: table, ids: ids, to: absorbedID)
        }
        for attachment in snapshot.droppedAttachments {
            try db.execute("""
                INSERT INTO attachment (id, customer_id, file_name, file_type, byte_count, content_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, [attachment.id, attachment.customerID, attachment.fileName, attachment.fileType.rawValue,
                      attachment.byteCount, attachment.contentHash, StoredTime.encode(attachment.createdAt)])
        }
        try undoLoyalty(db, snapshot, survivorID: survivorID, absorbedID: absorbedID)

        for pair in snapshot.ignoredPairs {
            try db.execute("""
                INSERT INTO ignored_duplicate_pair (first_id, second_id, created_at)
                SELECT ?::bigint, ?::bigint, ?::bigint
                WHERE EXISTS (SELECT 1 FROM customer WHERE id = ?) AND EXISTS (SELECT 1 FROM customer WHERE id = ?)
                ON CONFLICT DO NOTHING
                """, [pair.first, pair.second, StoredTime.encode(now), pair.first, pair.second])
        }
        try moveRows(db, table: "merge_record", column: "survivor_id", ids: snapshot.repointedMergeIDs, to: absorbedID)
        // An earlier merge re-pointed here and purged since: its marker goes back with it.
        try moveRows(db, table: "purged_merge", ids: snapshot.repointedMergeIDs, to: absorbedID)
        try db.execute("UPDATE merge_record SET undone_at = ? WHERE id = ?", [StoredTime.encode(now), mergeID])
        var undone = record
        undone.undoneAt = now
        return undone
    }

    static func undoLoyalty(_ db: PGLink, _ snapshot: MergeSnapshot, survivorID: CustomerID, absorbedID: CustomerID) throws {
        guard let absorbed = snapshot.absorbedLoyalty else { return }
        if let entry = snapshot.mergedLoyaltyEntryID {
            try db.execute("DELETE FROM loyalty_entry WHERE id = ?", [entry])
        }
        if snapshot.loyaltyAccountMoved {
            // The account goes back; points earned on it since the merge stay with the survivor.
            let since = try db.query("SELECT id, points FROM loyalty_entry WHERE account_id = ? ORDER BY id", [absorbed.accountID])
                .map { (id: try $0.int("id"), points: Int(try $0.int("points"))) }
                .filter { !absorbed.entryIDs.contains($0.id) }
            try db.execute("UPDATE loyalty_account SET customer_id = ?, phone_e164 = ?, balance = ? WHERE id = ?",
                           [absorbedID, absorbed.phoneE164, absorbed.balance, absorbed.accountID])
            if !since.isEmpty, let phone = try db.one("SELECT phone_e164 FROM customer WHERE id = ?", [survivorID])?.optionalText("phone_e164")
                ?? snapshot.mergedLoyaltyPhone {
                let points = since.reduce(0) { $0 + $1.points }
                guard let account = try db.int("""
                    INSERT INTO loyalty_account (customer_id, phone_e164, enrolled_at, balance) VALUES (?, ?, ?, ?) RETURNING id
                    """, [survivorID, phone, StoredTime.encode(snapshot.mergedSurvivor.updatedAt), max(0, points)]) else { return }
                try moveRows(db, table: "loyalty_entry", column: "account_id", ids: since.map(\.id), to: account)
            }
            return
        }
        guard let survivor = snapshot.survivorLoyalty else { return }
        try db.execute("INSERT INTO loyalty_account (id, customer_id, phone_e164, enrolled_at, balance) VALUES (?, ?, ?, ?, ?)",
                       [absorbed.accountID, absorbedID, absorbed.phoneE164, StoredTime.encode(absorbed.enrolledAt), absorbed.balance])
        try moveRows(db, table: "loyalty_entry", column: "account_id", ids: absorbed.entryIDs, to: absorbed.accountID)
        try db.execute("UPDATE loyalty_account SET balance = greatest(0, balance - ?) WHERE id = ?", [absorbed.balance, survivor.accountID])
        if let merged = snapshot.mergedLoyaltyPhone {
            try db.execute("UPDATE loyalty_account SET phone_e164 = ? WHERE id = ? AND phone_e164 = ?",
                           [survivor.phoneE164, survivor.accountID, merged])
        }
    }

    /// The rows `ids` of `table` given to `owner`: one array parameter, however many.
    static func moveRows(_ db: PGLink, table: String, column: String = "customer_id", ids: [Int64], to owner: Int64) throws {
        guard !ids.isEmpty else { return }
        try db.execute("UPDATE \(table) SET \(column) = ? WHERE id = ANY(?)", [owner, PGArray(ids)])
    }
}
