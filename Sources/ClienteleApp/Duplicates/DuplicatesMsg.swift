import CustomerCore

/// Answers about duplicate suggestions.
public enum DuplicatesMsg: Equatable, Sendable {
    case counted(requestID: Int, count: Int)
    case clustersLoaded([DuplicateCluster])
    case profilesLoaded(clusterID: String, [DuplicateProfile])
    case ignored(DuplicateCluster)
    case ignoredPairsLoaded([IgnoredPair])
    /// The pair will be suggested again.
    case unignored(CustomerPair)
}
