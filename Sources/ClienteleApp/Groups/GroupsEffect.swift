import CustomerCore

/// Work on groups and on the marked rows.
public enum GroupsEffect: Equatable, Sendable {
    case load
    case loadMembership(CustomerID)
    /// A new group, and these customers in it (none: just the group).
    case create(String, adding: [CustomerID])
    case rename(Int64, from: String, to: String)
    case delete(Int64, name: String, members: Int)
    case add([CustomerID], groupID: Int64, name: String)
    case remove([CustomerID], groupID: Int64, name: String)
    /// The card's picker: the groups ticked and unticked for one customer.
    case setMembership(CustomerID, name: String, joining: [Int64], leaving: [Int64])
    /// The marked rows' status, each saved at its own version (a profile changed since is reloaded first).
    case setStatus([CustomerID], CustomerStatus)
}
