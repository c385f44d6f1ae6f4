import Foundation

/// Merges and their undo (PRODUCT §5). A merge moves everything of the absorbed profile onto the
/// survivor in one transaction and keeps what undo needs to give both profiles back. Refusals are
/// `MergeRefusal`s; a plan made before someone saved either profile is a `StoreError.conflict`.
public protocol MergeStore: Sendable {
    /// The plan a review opens with; the survivor is `keep`, else the older profile.
    func proposedPlan(_ first: CustomerID, _ second: CustomerID, keep: CustomerID?) throws -> MergePlan
    /// Applies a reviewed plan in one transaction; the merge's record.
    @discardableResult
    func apply(_ plan: MergePlan, now: Date) throws -> MergeRecord
    /// `absorbed` into `survivor` with the default choices (`keepNewestDocuments` past the limit).
    @discardableResult
    func merge(_ survivor: CustomerID, absorbing absorbed: CustomerID, keepNewestDocuments: Bool, now: Date) throws -> MergeRecord
    /// Every profile of each cluster into its oldest, one transaction per cluster; skipped ones say why.
    func mergeAll(_ clusters: [DuplicateCluster], keepNewestDocuments: Bool, now: Date) throws -> MergeAllOutcome
    func record(id: Int64) throws -> MergeRecord?
    /// Merges kept by a profile, newest first.
    func history(of customerID: CustomerID) throws -> [MergeRecord]
    /// Gives back both profiles as they were before merge `mergeID`, keeping on the survivor what
    /// was added or edited since.
    @discardableResult
    func undo(mergeID: Int64, now: Date) throws -> MergeRecord
    /// How many merge records are older than `days` days (what a purge would remove).
    func purgeableCount(olderThanDays days: Int, now: Date) throws -> Int
    /// Deletes the merge records created more than `days` days before `now`, undone or not, in one
    /// transaction, leaving a marker of each (their undo is then refused with `MergeRefusal.purged`),
    /// and the document files that only their snapshots kept.
    @discardableResult
    func purgeHistory(olderThanDays days: Int, now: Date) throws -> MergePurge
}

extension MergeStore {
    public func proposedPlan(_ first: CustomerID, _ second: CustomerID) throws -> MergePlan {
        try proposedPlan(first, second, keep: nil)
    }

    @discardableResult
    public func apply(_ plan: MergePlan) throws -> MergeRecord { try apply(plan, now: Date()) }

    @discardableResult
    public func merge(_ survivor: CustomerID, absorbing absorbed: CustomerID, keepNewestDocuments: Bool = false) throws -> MergeRecord {
        try merge(survivor, absorbing: absorbed, keepNewestDocuments: keepNewestDocuments, now: Date())
    }

    public func mergeAll(_ clusters: [DuplicateCluster], keepNewestDocuments: Bool = false) throws -> MergeAllOutcome {
        try mergeAll(clusters, keepNewestDocuments: keepNewestDocuments, now: Date())
    }

    @discardableResult
    public func undo(mergeID: Int64) throws -> MergeRecord { try undo(mergeID: mergeID, now: Date()) }
}
