import CustomerCore
import Foundation

/// Merges and their undo (PRODUCT §5) on PostgreSQL, as `MergeRepository` does them on SQLite: one
/// transaction each, the same snapshot (`MergeSnapshot`, shared JSON), the same refusals. Where SQLite
/// relied on its single writer, rows are locked: both profiles `FOR UPDATE` in id order before their
/// versions are compared (a plan made before someone saved either is a conflict; of two counters
/// merging one pair, the second finds the absorbed profile gone or the survivor changed), and the
/// merge record `FOR UPDATE` before an undo.
public struct PGMergeRepository: MergeStore {
    let store: PostgresClienteleStore

    var link: PGLink { store.link }

    /// The plan a review opens with. The survivor is `keep`, else the older profile.
    public func proposedPlan(_ first: CustomerID, _ second: CustomerID, keep: CustomerID?) throws -> MergePlan {
        guard first != second else { throw MergeRefusal.sameProfile }
        return try link.snapshot { _ in
            guard let a = try store.customerCards.card(for: first) else { throw StoreError.notFound(what: "customer", id: first) }
            guard let b = try store.customerCards.card(for: second) else { throw StoreError.notFound(what: "customer", id: second) }
            let survivorIsA = keep.map { $0 == first } ?? ((a.customer.createdAt, first) <= (b.customer.createdAt, second))
            return survivorIsA ? MergePlan(survivor: a, absorbed: b) : MergePlan(survivor: b, absorbed: a)
        }
    }

    /// Applies a reviewed plan in one transaction; refused, with nothing changed, when either
    /// profile changed since the plan was made or the documents pass the limit without a choice.
    @discardableResult
    public func apply(_ plan: MergePlan, now exactNow: Date) throws -> MergeRecord {
        let now = StoredTime.rounded(exactNow)
        return try link.write { db in try PGMergeApply.apply(db, plan, now: now) }
    }

    @discardableResult
    public func merge(_ survivor: CustomerID, absorbing absorbed: CustomerID, keepNewestDocuments: Bool, now: Date) throws -> MergeRecord {
        var plan = try proposedPlan(survivor, absorbed, keep: survivor)
        if keepNewestDocuments { plan.attachmentOverflow = .keepNewest }
        return try apply(plan, now: now)
    }

    /// Every profile of each cluster into its oldest, one transaction per cluster (each plan read
    /// inside it), skipped clusters saying why.
    public func mergeAll(_ clusters: [DuplicateCluster], keepNewestDocuments: Bool, now exactNow: Date) throws -> MergeAllOutcome {
        let now = StoredTime.rounded(exactNow)
        var outcome = MergeAllOutcome()
        for cluster in clusters {
            guard let survivor = cluster.customerIDs.first, cluster.customerIDs.count > 1 else { continue }
            do {
                outcome.records += try link.write { db in
                    try cluster.customerIDs.dropFirst().map { absorbed in
                        var plan = try proposedPlan(survivor, absorbed, keep: nil)
                        if keepNewestDocuments { plan.attachmentOverflow = .keepNewest }
                        return try PGMergeApply.apply(db, plan, now: now)
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
        try link.read { db in try Self.record(db, id: id) }
    }

    /// Merges kept by a profile, newest first, purged ones as their markers.
    public func history(of customerID: CustomerID) throws -> [MergeRecord] {
        try link.snapshot { db in
            let kept = try db.query("SELECT \(Self.recordColumns) FROM merge_record WHERE survivor_id = ? ORDER BY id DESC", [customerID])
                .map(Self.record(row:))
            let purged = try db.query("SELECT \(Self.purgedColumns) FROM purged_merge WHERE customer_id = ? ORDER BY id DESC", [customerID])
                .map(Self.purgedRecord(row:))
            return (kept + purged).sorted { $0.id > $1.id }
        }
    }

    @discardableResult
    public func undo(mergeID: Int64, now exactNow: Date) throws -> MergeRecord {
        let now = StoredTime.rounded(exactNow)
        return try link.write { db in try PGMergeUndo.undo(db, mergeID: mergeID, now: now) }
    }

    // MARK: Purging

    public func purgeableCount(olderThanDays days: Int, now: Date) throws -> Int {
        let cutoff = try Self.cutoff(days: days, now: now)
        return Int(try link.int("SELECT count(*) FROM merge_record WHERE created_at < ?", [cutoff]) ?? 0)
    }

    /// One transaction: a marker for each record, the records gone, then the document content only
    /// their snapshots kept (`PGDocumentContent.removeIfUnreferenced`, inside the transaction).
    @discardableResult
    public func purgeHistory(olderThanDays days: Int, now exactNow: Date) throws -> MergePurge {
        let now = StoredTime.rounded(exactNow)
        let cutoff = try Self.cutoff(days: days, now: now)
        return try link.write { db in
            // Locked: an undo under way finishes first (or waits for the purge and is refused).
            let rows = try db.query("SELECT \(Self.recordColumns), snapshot FROM merge_record WHERE created_at < ? ORDER BY id FOR UPDATE",
                                    [cutoff])
            var hashes = Set<String>()
            for row in rows {
                let record = try Self.record(row: row)
                // A snapshot that does not decode (an older shape) keeps no content we could name.
                if let snapshot = try? MergeSnapshot.decoded(try row.text("snapshot")) {
                    hashes.formUnion(snapshot.droppedAttachments.map(\.contentHash))
                }
                try db.execute("""
                    INSERT INTO purged_merge (id, customer_id, absorbed_id, absorbed_name, merged_at, undone_at, purged_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, absorbed_id = excluded.absorbed_id,
                        absorbed_name = excluded.absorbed_name, merged_at = excluded.merged_at, undone_at = excluded.undone_at,
                        purged_at = excluded.purged_at
                    """, [record.id, record.survivorID, record.absorbedID, record.absorbedName, StoredTime.encode(record.createdAt),
                          StoredTime.encodeIfPresent(record.undoneAt), StoredTime.encode(now)])
            }
            try db.execute("DELETE FROM merge_record WHERE created_at < ?", [cutoff])
            var removed = 0
            for hash in hashes.sorted() where try PGDocumentContent.removeIfUnreferenced(db, hash: hash) {
                removed += 1
            }
            return MergePurge(records: rows.count, files: removed)
        }
    }

    /// `now` less `days` whole days, as stored; fewer than one day is refused (as on SQLite).
    static func cutoff(days: Int, now: Date) throws -> Int64 {
        guard days >= 1 else { throw StoreError.fileProblem("a purge keeps at least one day of merge history (got \(days) days)") }
        return StoredTime.encode(now) - Int64(days) * 86_400_000
    }

    // MARK: Records

    /// The absorbed profile read out of the snapshot's text as it was stored (`json`, not `jsonb`,
    /// keeps it byte for byte), as SQLite's `json_extract` does.
    static let recordColumns = "id, survivor_id, absorbed_id, created_at, undone_at, (snapshot::json -> 'absorbed')::text AS absorbed_profile"

    static let purgedColumns = "id, customer_id, absorbed_id, absorbed_name, merged_at, undone_at, purged_at"

    static func purgedRecord(row: PGRow) throws -> MergeRecord {
        MergeRecord(id: try row.int("id"), survivorID: try row.int("customer_id"), absorbedID: try row.int("absorbed_id"),
                    absorbedName: try row.text("absorbed_name"), createdAt: StoredTime.decode(try row.int("merged_at")),
                    undoneAt: try row.optionalInt("undone_at").map(StoredTime.decode), purgedAt: StoredTime.decode(try row.int("purged_at")))
    }

    static func record(_ db: PGLink, id: Int64) throws -> MergeRecord? {
        try db.one("SELECT \(recordColumns) FROM merge_record WHERE id = ?", [id]).map(record(row:))
    }

    static func record(row: PGRow) throws -> MergeRecord {
        let absorbed = try row.optionalText("absorbed_profile").flatMap(MergeSnapshot.decodedProfile)
        return MergeRecord(id: try row.int("id"), survivorID: try row.int("survivor_id"), absorbedID: try row.int("absorbed_id"),
                           absorbedName: absorbed?.displayName ?? "", createdAt: StoredTime.decode(try row.int("created_at")),
                           undoneAt: try row.optionalInt("undone_at").map(StoredTime.decode))
    }
}
