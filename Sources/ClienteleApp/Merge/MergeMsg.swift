import CustomerCore

/// Answers about merges: plans, refusals, merges done and undone, picker matches.
public enum MergeMsg: Equatable, Sendable {
    case planProposed(MergePlan, then: [CustomerID])
    /// A profile changed at another counter since the review opened: the fresh plan to review again.
    case conflicted(MergePlan)
    /// A merge was refused; nothing changed.
    case failed(MergeFailure)
    /// An undo was refused (the reason, for a person); nothing changed.
    case undoRefused(String)
    /// The merge to undo had been purged from the history meanwhile: it can no longer be undone.
    case undoFoundPurged(MergeRecord)
    case merged(MergeRecord)
    /// `skipped`: clusters left alone (over the document limit, or changed meanwhile).
    case mergedAll(profiles: Int, survivors: Int, skipped: Int)
    case undone(MergeRecord)
    case candidatesFound(requestID: Int, [DirectoryRow])
}

/// Why a merge did not happen.
public enum MergeFailure: Equatable, Sendable {
    /// A profile was merged or deleted elsewhere while the review was open.
    case profileGone
    /// The store's refusal, in its own words.
    case refused(String)

    /// In the interface's language.
    public var reason: String {
        switch self {
        case .profileGone: AppText.current.mergeProfileGone
        case .refused(let reason): reason
        }
    }
}
