import Foundation
import GRDB
import CustomerCore

/// Merges and their undo (PRODUCT §5). A merge moves everything of the absorbed profile onto
/// the survivor — notes and reminders, documents, groups, custom values, bookings, payments,
/// conversations, cards, loyalty — in one transaction, and records what it did so that undo
/// can give both profiles back, keeping on the survivor what was added since.
public struct MergeRepository: MergeStore {
    let database: AppDatabase
    /// Where the document files live: a purge removes those only purged snapshots kept.
    let files: AttachmentFileStore

    public init(database: AppDatabase, files: AttachmentFileStore? = nil) {
        self.database = database
        self.files = files ?? AttachmentRepository(database: database).files
    }

    /// The plan a review opens with. The survivor is `keep`, else the older profile.
    public func proposedPlan(_ first: CustomerID, _ second: CustomerID, keep: CustomerID? = nil) throws -> MergePlan {
        try database.writer.read { db in try Self.proposedPlan(db, first, second, keep: keep) }
    }

    static func proposedPlan(_ db: Database, _ first: CustomerID, _ second: CustomerID, keep: CustomerID? = nil) throws -> MergePlan {
        guard first != second else { throw MergeRefusal.sameProfile }
        guard let a = try CustomerCardRepository.card(db, for: first) else { throw StoreError.notFound(what: "customer", id: first) }
        guard let b = try CustomerCardRepository.card(db, for: second) else { throw StoreError.notFound(what: "customer", id: second) }
        let survivorIsA = keep.map { $0 == first } ?? ((a.customer.createdAt, first) <= (b.customer.createdAt, second))
        return survivorIsA ? MergePlan(survivor: a, absorbed: b) : MergePlan(survivor: b, absorbed: a)
    }

    /// Applies a reviewed plan in one transaction; returns the merge's record. Refused, with
    /// nothing changed, when either profile changed since the plan was made (a conflict), or
    /// when the documents pass the limit and the plan has no choice for it.
    @discardableResult
    public func apply(_ plan: MergePlan, now exactNow: Date = Date()) throws -> MergeRecord {
        let now = StoredTime.rounded(exactNow)
        return try database.writer.write { db in try Self.apply(db, plan, now: now) }
    }

    /// Merges `absorbed` into `survivor` with the default choices. A pair holding more documents
    /// together than a profile may is refused (`MergeRefusal.documentsOverLimit`) unless
    /// `keepNewestDocuments` says to keep the newest (the others stay in the merge's record).
    @discardableResult
    public func merge(_ survivor: CustomerID, absorbing absorbed: CustomerID, keepNewestDocuments: Bool = false,
                      now: Date = Date()) throws -> MergeRecord {
        var plan = try proposedPlan(survivor, absorbed, keep: survivor)
        if keepNewestDocuments { plan.attachmentOverflow = .keepNewest }
        return try apply(plan, now: now)
    }

    /// "Merge all": every profile of each cluster into its oldest, one transaction per cluster, so
    /// that an interruption leaves each cluster either wholly merged or as it was. A cluster is
    /// skipped, and said so, when its documents together pass the limit (unless
    /// `keepNewestDocuments`), or when one of its profiles changed or went since it was found.
    public func mergeAll(_ clusters: [DuplicateCluster], keepNewestDocuments: Bool = false, now exactNow: Date = Date()) throws -> MergeAllOutcome {
        let now = StoredTime.rounded(exactNow)
        var outcome = MergeAllOutcome()
        for cluster in clusters {
            guard let survivor = cluster.customerIDs.first, cluster.customerIDs.count > 1 else { continue }
            do {
                outcome.records += try database.writer.write { db in
                    try cluster.customerIDs.dropFirst().map { absorbed in
                        var plan = try Self.proposedPlan(db, survivor, absorbed)
                        if keepNewestDocuments { plan.attachmentOverflow = .keepNewest }
                        return try Self.apply(db, plan, now: now)
                    }
                }
            } catch let refusal as MergeRefusal {
                outcome.skipped.append(MergeAllOutcome.Skipped(cluster: cluster, reason: refusal.description))
            } catch let error as StoreError {
                outcome.skipped.append(MergeAllOutcome.Skipped(cluster: cluster, reason: error.description))
            }
        }
        return outcome
    }

    public func record(id: Int64) throws -> MergeRecord? {
        try database.writer.read { db in try Self.record(db, id: id) }
    }

    /// Merges kept by a profile, newest first (the card's "undo merge" offers the first not undone),
    /// purged ones included as their markers (`purgedAt` set), so that undo can say why it cannot.
    public func history(of customerID: CustomerID) throws -> [MergeRecord] {
        try database.writer.read { db in
            let kept = try db.mapRows(sql: "SELECT \(Self.recordColumns) FROM merge_record WHERE survivor_id = ? ORDER BY id DESC",
                                      arguments: [customerID], Self.record(row:))
            let purged = try db.mapRows(sql: "SELECT \(Self.purgedColumns) FROM purged_merge WHERE customer_id = ? ORDER BY id DESC",
                                        arguments: [customerID], Self.purgedRecord(row:))
            return (kept + purged).sorted { $0.id > $1.id }
        }
    }

    // MARK: Purging

    public func purgeableCount(olderThanDays days: Int, now: Date = Date()) throws -> Int {
        let cutoff = try Self.cutoff(days: days, now: now)
        return try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM merge_record WHERE created_at < ?", arguments: [cutoff]) ?? 0
        }
    }

    /// One transaction: a marker for each record, the records gone, then the files only they kept —
    /// decided and removed inside the transaction, as a document's delete does, so that an attach of
    /// the same bytes at another counter either sees them still referenced or waits for us.
    @discardableResult
    public func purgeHistory(olderThanDays days: Int, now exactNow: Date = Date()) throws -> MergePurge {
        let now = StoredTime.rounded(exactNow)
        let cutoff = try Self.cutoff(days: days, now: now)
        return try database.writer.write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT \(Self.recordColumns), snapshot FROM merge_record WHERE created_at < ? ORDER BY id",
                                        arguments: [cutoff])
            var hashes = Set<String>()
            for row in rows {
                let record = Self.record(row: row)
                // A snapshot that does not decode (an older shape) keeps no files we could name.
                if let snapshot = try? MergeSnapshot.decoded(row["snapshot"] as String) {
                    hashes.formUnion(snapshot.droppedAttachments.map(\.contentHash))
                }
                try db.execute(sql: """
                    INSERT OR REPLACE INTO purged_merge (id, customer_id, absorbed_id, absorbed_name, merged_at, undone_at, purged_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [record.id, record.survivorID, record.absorbedID, record.absorbedName, StoredTime.encode(record.createdAt),
                                     StoredTime.encodeIfPresent(record.undoneAt), StoredTime.encode(now)])
            }
            try db.execute(sql: "DELETE FROM merge_record WHERE created_at < ?", arguments: [cutoff])
            var removed = 0
            for hash in hashes.sorted() {
                let referenced = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM attachment WHERE content_hash = :hash)
                        OR EXISTS (SELECT 1 FROM merge_record WHERE instr(snapshot, :hash) > 0)
                    """, arguments: ["hash": hash]) ?? true
                guard !referenced, FileManager.default.fileExists(atPath: files.url(forHash: hash).path) else { continue }
                files.removeIfUnreferenced(hash: hash, stillReferenced: false)
                removed += 1
            }
            return MergePurge(records: rows.count, files: removed)
        }
    }

    /// `now` less `days` whole days, as stored; fewer than one day is refused (a purge of today's merges
    /// would take away the undo the user may be about to need).
    static func cutoff(days: Int, now: Date) throws -> Int64 {
        guard days >= 1 else { throw StoreError.fileProblem("a purge keeps at least one day of merge history (got \(days) days)") }
        return StoredTime.encode(now) - Int64(days) * 86_400_000
    }

    // MARK: Applying

    static func apply(_ db: Database, _ plan: MergePlan, now: Date) throws -> MergeRecord {
        let survivorID = plan.survivor.id!, absorbedID = plan.absorbed.id!
        guard survivorID != absorbedID else { throw MergeRefusal.sameProfile }
        for expected in [plan.survivor, plan.absorbed] {
            guard let current = try CustomerRepository.fetchCustomer(db, id: expected.id!) else {
                throw StoreError.notFound(what: "customer", id: expected.id!)
            }
            if current.version != expected.version { throw StoreError.conflict(current: current) }
        }
        // Documents: both sides together within the limit, or the newest kept as the plan chose.
        let attachments = try db.mapRows(sql: """
            SELECT \(AttachmentRepository.columns) FROM attachment WHERE customer_id IN (?, ?) ORDER BY created_at DESC, id DESC
            """, arguments: [survivorID, absorbedID], AttachmentRepository.attachment)
        var dropped: [Attachment] = []
        if attachments.count > AttachmentRules.maximumFilesPerCustomer {
            guard plan.attachmentOverflow == .keepNewest else { throw MergeRefusal.documentsOverLimit(total: attachments.count) }
            dropped = Array(attachments.dropFirst(AttachmentRules.maximumFilesPerCustomer))
        }

        let absorbedGroups = try Int64.fetchAll(db, sql: "SELECT group_id FROM group_member WHERE customer_id = ? ORDER BY group_id", arguments: [absorbedID])
        let survivorGroups = Set(try Int64.fetchAll(db, sql: "SELECT group_id FROM group_member WHERE customer_id = ?", arguments: [survivorID]))
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
            ignoredPairs: try db.mapRows(sql: "SELECT first_id, second_id FROM ignored_duplicate_pair WHERE first_id = ?1 OR second_id = ?1",
                                         arguments: [absorbedID]) { CustomerPair($0["first_id"], $0["second_id"]) },
            repointedMergeIDs: try Int64.fetchAll(db, sql: "SELECT id FROM merge_record WHERE survivor_id = ?", arguments: [absorbedID]))

        // The survivor's profile takes the chosen values.
        try db.execute(sql: Customer.updateSQL, arguments: StatementArguments(
            merged.storedValues() + [survivorID, plan.survivor.version]))
        try db.execute(sql: "DELETE FROM custom_field_value WHERE customer_id = ?", arguments: [survivorID])
        for (fieldID, value) in mergedValues {
            try db.execute(sql: "INSERT INTO custom_field_value (customer_id, field_id, value) SELECT ?, id, ? FROM custom_field WHERE id = ?",
                           arguments: [survivorID, value, fieldID])
        }

        // Everything on the absorbed card moves; documents past the limit leave both cards.
        for dropped in dropped { try db.execute(sql: "DELETE FROM attachment WHERE id = ?", arguments: [dropped.id]) }
        for table in cardTables {
            snapshot.movedRowIDs[table] = try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE customer_id = ? ORDER BY id", arguments: [absorbedID])
            try db.execute(sql: "UPDATE \(table) SET customer_id = ? WHERE customer_id = ?", arguments: [survivorID, absorbedID])
        }
        try db.execute(sql: "INSERT OR IGNORE INTO group_member (group_id, customer_id) SELECT group_id, ? FROM group_member WHERE customer_id = ?",
                       arguments: [survivorID, absorbedID])

        // Loyalty: one account, points added up, the absorbed history kept, a "merged" line.
        if let absorbedLoyalty {
            let targetAccount: Int64
            if let survivorLoyalty {
                targetAccount = survivorLoyalty.accountID
                try db.execute(sql: "UPDATE loyalty_entry SET account_id = ? WHERE account_id = ?", arguments: [targetAccount, absorbedLoyalty.accountID])
                try db.execute(sql: "UPDATE loyalty_account SET balance = balance + ? WHERE id = ?", arguments: [absorbedLoyalty.balance, targetAccount])
                try db.execute(sql: "DELETE FROM loyalty_account WHERE id = ?", arguments: [absorbedLoyalty.accountID])
            } else {
                targetAccount = absorbedLoyalty.accountID
                try db.execute(sql: "UPDATE loyalty_account SET customer_id = ? WHERE id = ?", arguments: [survivorID, targetAccount])
            }
            if let phone = plan.mergedLoyaltyPhone {
                try db.execute(sql: "UPDATE loyalty_account SET phone_e164 = ? WHERE id = ?", arguments: [phone, targetAccount])
            }
            try db.execute(sql: "INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, 'merged', 0, ?, ?)",
                           arguments: [targetAccount, "merged with \(plan.absorbed.displayName)'s account (\(absorbedLoyalty.balance) points)",
                                       StoredTime.encode(now)])
            snapshot.mergedLoyaltyEntryID = db.lastInsertedRowID
        }

        // Earlier merges the absorbed profile kept now belong to the survivor (else the cascade
        // below would erase them, and with them their undo).
        try db.execute(sql: "UPDATE merge_record SET survivor_id = ? WHERE survivor_id = ?", arguments: [survivorID, absorbedID])
        try db.execute(sql: "DELETE FROM customer WHERE id = ?", arguments: [absorbedID])

        let json = try snapshot.json()
        // Ids are never reused, even after a purge took the newest records: a purged merge's marker keeps its id.
        try db.execute(sql: """
            INSERT INTO merge_record (id, survivor_id, absorbed_id, created_at, snapshot)
            VALUES (max(coalesce((SELECT max(id) FROM merge_record), 0), coalesce((SELECT max(id) FROM purged_merge), 0)) + 1, ?, ?, ?, ?)
            """, arguments: [survivorID, absorbedID, StoredTime.encode(now), json])
        return MergeRecord(id: db.lastInsertedRowID, survivorID: survivorID, absorbedID: absorbedID,
                           absorbedName: plan.absorbed.displayName, createdAt: now, undoneAt: nil)
    }

    // MARK: Undoing

    /// Gives back both profiles as they were before merge `id`: the absorbed one under its own id
    /// with everything that came from it; the survivor's fields as they were, except those edited
    /// since; what was added to the survivor after the merge stays on the survivor.
    @discardableResult
    public func undo(mergeID: Int64, now exactNow: Date = Date()) throws -> MergeRecord {
        let now = StoredTime.rounded(exactNow)
        return try database.writer.write { db in
            guard let record = try Self.record(db, id: mergeID),
                  let json = try String.fetchOne(db, sql: "SELECT snapshot FROM merge_record WHERE id = ?", arguments: [mergeID]) else {
                if let purged = try Row.fetchOne(db, sql: "SELECT \(Self.purgedColumns) FROM purged_merge WHERE id = ?", arguments: [mergeID]) {
                    throw MergeRefusal.purged(Self.purgedRecord(row: purged))
                }
                throw StoreError.notFound(what: "merge", id: mergeID)
            }
            guard !record.isUndone else { throw MergeRefusal.alreadyUndone(mergeID: mergeID) }
            let snapshot = try MergeSnapshot.decoded(json)
            let survivorID = snapshot.survivorBefore.id!, absorbedID = snapshot.absorbed.id!
            guard record.survivorID == survivorID, let current = try CustomerRepository.fetchCustomer(db, id: survivorID) else {
                let later = try Int64.fetchOne(db, sql: "SELECT id FROM merge_record WHERE absorbed_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
                                               arguments: [survivorID])
                throw MergeRefusal.survivorMergedSince(mergeID: mergeID, laterMergeID: later)
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM customer WHERE id = ?", arguments: [absorbedID]) == true {
                throw MergeRefusal.profileIDTaken(absorbedID)
            }

            // The absorbed profile comes back under its own id, as it was.
            let absorbed = snapshot.absorbed
            try db.execute(sql: Customer.insertWithIDSQL, arguments: StatementArguments(
                [absorbedID] + absorbed.storedValues()))

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
            try db.execute(sql: Customer.updateSQL, arguments: StatementArguments(
                restored.storedValues() + [survivorID, current.version]))

            // Custom values: the absorbed one's back; the survivor's where unchanged since.
            for (fieldID, value) in snapshot.absorbedCustomValues {
                try db.execute(sql: "INSERT INTO custom_field_value (customer_id, field_id, value) SELECT ?, id, ? FROM custom_field WHERE id = ?",
                               arguments: [absorbedID, value, fieldID])
            }
            let nowValues = try Self.storedCustomValues(db, customerID: survivorID)
            for fieldID in Set(snapshot.survivorCustomValuesBefore.keys).union(snapshot.mergedCustomValues.keys)
            where nowValues[fieldID] == snapshot.mergedCustomValues[fieldID] {
                try CustomFieldRepository.setStoredValue(db, snapshot.survivorCustomValuesBefore[fieldID], fieldID: fieldID, customerID: survivorID)
            }

            // Groups, and every row that came from the absorbed profile.
            for groupID in snapshot.absorbedGroupIDs {
                try db.execute(sql: "INSERT OR IGNORE INTO group_member (group_id, customer_id) SELECT id, ? FROM customer_group WHERE id = ?",
                               arguments: [absorbedID, groupID])
            }
            for groupID in snapshot.groupsAddedToSurvivor {
                try db.execute(sql: "DELETE FROM group_member WHERE group_id = ? AND customer_id = ?", arguments: [groupID, survivorID])
            }
            for (table, ids) in snapshot.movedRowIDs where Self.cardTables.contains(table) {
                try Self.moveRows(db, table: table, ids: ids, to: absorbedID)
            }
            for attachment in snapshot.droppedAttachments {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO attachment (id, customer_id, file_name, file_type, byte_count, content_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [attachment.id, attachment.customerID, attachment.fileName, attachment.fileType.rawValue,
                                     attachment.byteCount, attachment.contentHash, StoredTime.encode(attachment.createdAt)])
            }
            try Self.undoLoyalty(db, snapshot, survivorID: survivorID, absorbedID: absorbedID)

            for pair in snapshot.ignoredPairs {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO ignored_duplicate_pair (first_id, second_id, created_at)
                    SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM customer WHERE id = ?) AND EXISTS (SELECT 1 FROM customer WHERE id = ?)
                    """, arguments: [pair.first, pair.second, StoredTime.encode(now), pair.first, pair.second])
            }
            try Self.moveRows(db, table: "merge_record", column: "survivor_id", ids: snapshot.repointedMergeIDs, to: absorbedID)
            // An earlier merge re-pointed here and purged since: its marker goes back with it.
            try Self.moveRows(db, table: "purged_merge", ids: snapshot.repointedMergeIDs, to: absorbedID)
            try db.execute(sql: "UPDATE merge_record SET undone_at = ? WHERE id = ?", arguments: [StoredTime.encode(now), mergeID])
            var undone = record
            undone.undoneAt = now
            return undone
        }
    }

    static func undoLoyalty(_ db: Database, _ snapshot: MergeSnapshot, survivorID: CustomerID, absorbedID: CustomerID) throws {
        guard let absorbed = snapshot.absorbedLoyalty else { return }
        if let entry = snapshot.mergedLoyaltyEntryID {
            try db.execute(sql: "DELETE FROM loyalty_entry WHERE id = ?", arguments: [entry])
        }
        if snapshot.loyaltyAccountMoved {
            // The account goes back; points earned on it since the merge stay with the survivor.
            let since = try db.mapRows(sql: "SELECT id, points FROM loyalty_entry WHERE account_id = ?", arguments: [absorbed.accountID]) {
                (id: $0["id"] as Int64, points: $0["points"] as Int)
            }.filter { !absorbed.entryIDs.contains($0.id) }
            try db.execute(sql: "UPDATE loyalty_account SET customer_id = ?, phone_e164 = ?, balance = ? WHERE id = ?",
                           arguments: [absorbedID, absorbed.phoneE164, absorbed.balance, absorbed.accountID])
            if !since.isEmpty, let phone = try String.fetchOne(db, sql: "SELECT phone_e164 FROM customer WHERE id = ?", arguments: [survivorID])
                ?? snapshot.mergedLoyaltyPhone {
                let points = since.reduce(0) { $0 + $1.points }
                try db.execute(sql: "INSERT INTO loyalty_account (customer_id, phone_e164, enrolled_at, balance) VALUES (?, ?, ?, ?)",
                               arguments: [survivorID, phone, StoredTime.encode(snapshot.mergedSurvivor.updatedAt), max(0, points)])
                let account = db.lastInsertedRowID
                try moveRows(db, table: "loyalty_entry", column: "account_id", ids: since.map(\.id), to: account)
            }
            return
        }
        guard let survivor = snapshot.survivorLoyalty else { return }
        try db.execute(sql: "INSERT INTO loyalty_account (id, customer_id, phone_e164, enrolled_at, balance) VALUES (?, ?, ?, ?, ?)",
                       arguments: [absorbed.accountID, absorbedID, absorbed.phoneE164, StoredTime.encode(absorbed.enrolledAt), absorbed.balance])
        try moveRows(db, table: "loyalty_entry", column: "account_id", ids: absorbed.entryIDs, to: absorbed.accountID)
        try db.execute(sql: "UPDATE loyalty_account SET balance = max(0, balance - ?) WHERE id = ?", arguments: [absorbed.balance, survivor.accountID])
        if let merged = snapshot.mergedLoyaltyPhone {
            try db.execute(sql: "UPDATE loyalty_account SET phone_e164 = ? WHERE id = ? AND phone_e164 = ?",
                           arguments: [survivor.phoneE164, survivor.accountID, merged])
        }
    }

    // MARK: Rows

    /// The tables whose rows belong to one profile's card and move with it in a merge, as the
    /// registry of customer tables says (`CustomerOwnedTables`); the others have steps of their own.
    static let cardTables = CustomerOwnedTables.movedToSurvivor

    static func moveRows(_ db: Database, table: String, column: String = "customer_id", ids: [Int64], to owner: Int64) throws {
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let marks = chunk.map { _ in "?" }.joined(separator: ",")
            try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE id IN (\(marks))", arguments: StatementArguments([owner] + chunk))
        }
    }

    static func storedCustomValues(_ db: Database, customerID: CustomerID) throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: try db.mapRows(sql: "SELECT field_id, value FROM custom_field_value WHERE customer_id = ?",
                                                        arguments: [customerID]) { ($0["field_id"] as Int64, $0["value"] as String) })
    }

    static func loyaltySnapshot(_ db: Database, customerID: CustomerID) throws -> MergeSnapshot.LoyaltySnapshot? {
        guard let account = try LoyaltyRepository.account(db, customerID: customerID), let id = account.id else { return nil }
        return MergeSnapshot.LoyaltySnapshot(
            accountID: id, phoneE164: account.phoneE164, enrolledAt: account.enrolledAt, balance: account.balance,
            entryIDs: try Int64.fetchAll(db, sql: "SELECT id FROM loyalty_entry WHERE account_id = ? ORDER BY id", arguments: [id]))
    }

    static let recordColumns = "id, survivor_id, absorbed_id, created_at, undone_at, json_extract(snapshot, '$.absorbed') AS absorbed_profile"

    static let purgedColumns = "id, customer_id, absorbed_id, absorbed_name, merged_at, undone_at, purged_at"

    static func purgedRecord(row: Row) -> MergeRecord {
        MergeRecord(id: row["id"], survivorID: row["customer_id"], absorbedID: row["absorbed_id"], absorbedName: row["absorbed_name"],
                    createdAt: StoredTime.decode(row["merged_at"] as Int64), undoneAt: (row["undone_at"] as Int64?).map(StoredTime.decode),
                    purgedAt: StoredTime.decode(row["purged_at"] as Int64))
    }

    static func record(_ db: Database, id: Int64) throws -> MergeRecord? {
        try Row.fetchOne(db, sql: "SELECT \(recordColumns) FROM merge_record WHERE id = ?", arguments: [id]).map(record(row:))
    }

    static func record(row: Row) -> MergeRecord {
        let absorbed = (row["absorbed_profile"] as String?).flatMap(MergeSnapshot.decodedProfile)
        return MergeRecord(id: row["id"], survivorID: row["survivor_id"], absorbedID: row["absorbed_id"], absorbedName: absorbed?.displayName ?? "",
                           createdAt: StoredTime.decode(row["created_at"] as Int64), undoneAt: (row["undone_at"] as Int64?).map(StoredTime.decode))
    }
}
