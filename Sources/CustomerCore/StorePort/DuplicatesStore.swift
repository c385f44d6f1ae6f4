import Foundation

/// Duplicate suggestions (PRODUCT §5): the review screen, the directory's alert, "merge all".
public protocol DuplicatesStore: Sendable {
    /// Every suggestion, most certain first.
    func clusters() throws -> [DuplicateCluster]
    /// How many suggestions `clusters()` would list (the alert), without building them.
    func count() throws -> Int
    /// Only the exact clusters (a shared email or phone): what "merge all" merges.
    func exactClusters() throws -> [DuplicateCluster]
    /// Remembers every pair of the cluster as not duplicates; never suggested again.
    func ignore(_ cluster: DuplicateCluster, now: Date) throws
    /// The pairs said not to be duplicates, most recently ignored first.
    func ignoredPairs() throws -> [IgnoredPair]
    /// Suggests the pair again (as soon as they still look alike); false when it was not ignored.
    @discardableResult
    func unignore(_ first: CustomerID, _ second: CustomerID) throws -> Bool
    /// What each profile of a cluster holds, for the side-by-side review.
    func profiles(of cluster: DuplicateCluster) throws -> [DuplicateProfile]
}

extension DuplicatesStore {
    public func ignore(_ cluster: DuplicateCluster) throws { try ignore(cluster, now: Date()) }
}
