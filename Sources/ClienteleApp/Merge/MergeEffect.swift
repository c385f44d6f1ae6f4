import CustomerCore

/// Work for merging profiles.
public enum MergeEffect: Equatable, Sendable {
    /// Makes the plan a merge review opens with; `then` are further profiles of the same cluster,
    /// merged one at a time into the survivor after this one.
    case propose(CustomerID, CustomerID, keep: CustomerID?, then: [CustomerID])
    case apply(MergePlan)
    /// Merges every exact cluster (shared email or phone) off the UI thread.
    case mergeAllExact
    case undo(mergeID: Int64)
    /// Profiles to merge a card with, found by the directory's search, never the card's own.
    case searchCandidates(requestID: Int, query: String, excluding: CustomerID)
}
