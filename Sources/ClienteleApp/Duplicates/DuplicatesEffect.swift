import CustomerCore

/// Work for the duplicate suggestions.
public enum DuplicatesEffect: Equatable, Sendable {
    /// Scans off the UI thread (0.5 s at a million profiles), posting `counted`. Asked for after
    /// changes, never on the clock.
    case count(requestID: Int)
    /// The review's clusters, scanned off the UI thread, posting `clustersLoaded`.
    case loadClusters
    case loadProfiles(DuplicateCluster)
    case ignore(DuplicateCluster)
    case loadIgnoredPairs
    case unignore(CustomerPair)
}
