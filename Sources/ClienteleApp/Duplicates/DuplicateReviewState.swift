import CustomerCore

/// The duplicate review (`D`): the suggestion clusters, most certain first, and the selected
/// cluster's profiles side by side.
public struct DuplicateReviewState: Equatable, Sendable {
    /// nil until the first scan answers (it runs off the UI thread).
    public var clusters: [DuplicateCluster]?
    public var selected = 0
    /// The selected cluster's profiles with their counts; loaded per selection.
    public var profiles: [DuplicateProfile] = []
    /// Which cluster `profiles` belong to (an answer for an earlier selection is dropped).
    public var profilesClusterID: String?

    public init(clusters: [DuplicateCluster]? = nil) { self.clusters = clusters }

    public var isLoading: Bool { clusters == nil }

    public var selectedCluster: DuplicateCluster? {
        guard let clusters, clusters.indices.contains(selected) else { return nil }
        return clusters[selected]
    }

    /// The exact clusters "Merge all" would merge, and how many profiles they hold.
    public var exactClusters: [DuplicateCluster] { (clusters ?? []).filter { $0.kind == .exact } }
    public var exactProfileCount: Int { exactClusters.reduce(0) { $0 + $1.customerIDs.count } }

    /// Replaces the clusters after a scan, keeping the same cluster selected when it is still there.
    mutating func show(_ newClusters: [DuplicateCluster]) {
        let previous = selectedCluster?.id
        clusters = newClusters
        selected = newClusters.firstIndex { $0.id == previous } ?? min(selected, max(0, newClusters.count - 1))
        if selectedCluster?.id != profilesClusterID {
            profiles = []
            profilesClusterID = nil
        }
    }

    /// Removes one cluster (ignored), selecting the next in its place.
    mutating func remove(_ cluster: DuplicateCluster) {
        guard var list = clusters else { return }
        list.removeAll { $0.id == cluster.id }
        show(list)
    }
}
