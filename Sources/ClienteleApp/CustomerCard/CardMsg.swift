import CustomerCore

/// Answers for the open card.
public enum CardMsg: Equatable, Sendable {
    /// nil: the profile is gone (merged or deleted at another counter).
    case loaded(CustomerID, CustomerCard?)
    case mergeHistoryLoaded(CustomerID, [MergeRecord])
}
