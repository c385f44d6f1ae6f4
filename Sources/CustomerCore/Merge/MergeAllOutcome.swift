import Foundation

/// What "merge all" did: the merges made, and the clusters left alone with why.
public struct MergeAllOutcome: Sendable {
    /// A cluster that was not merged, and why (in words for the person or the script's log).
    public struct Skipped: Sendable {
        public var cluster: DuplicateCluster
        public var reason: String

        public init(cluster: DuplicateCluster, reason: String) {
            self.cluster = cluster
            self.reason = reason
        }
    }

    public var records: [MergeRecord] = []
    public var skipped: [Skipped] = []

    public init(records: [MergeRecord] = [], skipped: [Skipped] = []) {
        self.records = records
        self.skipped = skipped
    }

    /// Profiles that took part in a merge (survivors included), and the survivors.
    public var mergedProfiles: Int { records.count + survivors }
    public var survivors: Int { Set(records.map(\.survivorID)).count }
}
