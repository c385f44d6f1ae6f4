import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGMergeRepository: MergeStore {
    let store: PostgresClienteleStore

    public func proposedPlan(_ first: CustomerID, _ second: CustomerID, keep: CustomerID?) throws -> MergePlan { throw PGUnported(part: "MergeStore") }
    @discardableResult
    public func apply(_ plan: MergePlan, now: Date) throws -> MergeRecord { throw PGUnported(part: "MergeStore") }
    @discardableResult
    public func merge(_ survivor: CustomerID, absorbing absorbed: CustomerID, keepNewestDocuments: Bool, now: Date) throws -> MergeRecord { throw PGUnported(part: "MergeStore") }
    public func mergeAll(_ clusters: [DuplicateCluster], keepNewestDocuments: Bool, now: Date) throws -> MergeAllOutcome { throw PGUnported(part: "MergeStore") }
    public func record(id: Int64) throws -> MergeRecord? { throw PGUnported(part: "MergeStore") }
    public func history(of customerID: CustomerID) throws -> [MergeRecord] { throw PGUnported(part: "MergeStore") }
    @discardableResult
    public func undo(mergeID: Int64, now: Date) throws -> MergeRecord { throw PGUnported(part: "MergeStore") }
    public func purgeableCount(olderThanDays days: Int, now: Date) throws -> Int { throw PGUnported(part: "MergeStore") }
    @discardableResult
    public func purgeHistory(olderThanDays days: Int, now: Date) throws -> MergePurge { throw PGUnported(part: "MergeStore") }
}
