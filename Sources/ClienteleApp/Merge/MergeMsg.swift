import CustomerCore

/// Answers about merges: plans, refusals, merges done and undone, picker matches.
public enum MergeMsg: Equatable, Sendable {
    case planProposed(MergePlan, then: [CustomerID])
    /// A profile changed at another counter since the review opened: the fresh plan to review again.
    case conflicted(MergePlan)
    /// A merge or its undo was refused (the reason, for a person); nothing changed.
    case failed(String)
    /// An undo was refused (the reason, for a person); nothing changed.
    case undoRefused(String)
    case merged(MergeRecord)
    /// `skipped`: clusters left alone (over the document limit, or changed meanwhile).
    case mergedAll(profiles: Int, survivors: Int, skipped: Int)
    case undone(MergeRecord)
    case candidatesFound(requestID: Int, [DirectoryRow])
}
