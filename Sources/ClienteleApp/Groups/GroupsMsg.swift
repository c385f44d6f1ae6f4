import CustomerCore

/// Answers about groups and the marked rows.
public enum GroupsMsg: Equatable, Sendable {
    /// Every group with its member count (the directory keeps them; an open groups window shows them).
    case loaded([CustomerGroup])
    /// The groups, and those this customer belongs to: the card's picker opens with them ticked.
    case membershipLoaded(CustomerID, String, [CustomerGroup], Set<Int64>)
    /// Done: the directory, its groups and an open card reload; the marks go when the change was theirs
    /// (a status set for them; a group chosen for them goes through its window, which clears them).
    case changed(GroupsNote, clearsMarks: Bool)
    /// The store refused (a name taken, empty, too long, with a control or a card number; an unknown id).
    case refused(GroupsRefusal)
}

/// Why the store refused a change to groups.
public enum GroupsRefusal: Equatable, Sendable {
    case nameTaken(String)
    case invalid([ValidationIssue])
    case gone

    var text: String {
        switch self {
        case .nameTaken(let name): AppText.current.groups.nameTaken(name)
        case .invalid(let issues): issues.map { AppText.current.validationMessage($0.problem) }.joined(separator: "; ")
        case .gone: AppText.current.groups.gone
        }
    }
}
