import CustomerCore

/// Status messages about groups and marked rows.
public enum GroupsNote: StatusNote {
    case created(String)
    case renamed(String, String)
    case deleted(String, members: Int)
    case added(Int, String)
    case removed(Int, String)
    case membershipSaved(String)
    case statusSet(Int, CustomerStatus)
    case markFirst
    case mergeNeedsTwo(Int)
    case marksCleared
    case refused(GroupsRefusal)

    public var isError: Bool {
        switch self {
        case .markFirst, .mergeNeedsTwo, .refused: true
        case .created, .renamed, .deleted, .added, .removed, .membershipSaved, .statusSet, .marksCleared: false
        }
    }

    public var text: String {
        let words = AppText.current.groups
        return switch self {
        case .created(let name): words.created(name)
        case .renamed(let old, let new): words.renamed(old, new)
        case .deleted(let name, let members): words.deleted(name, members)
        case .added(let count, let name): words.added(count, name)
        case .removed(let count, let name): words.removed(count, name)
        case .membershipSaved(let name): words.membershipSaved(name)
        case .statusSet(let count, let status): words.statusSet(count, AppText.current.words.status(status).lowercased())
        case .markFirst: words.markFirst
        case .mergeNeedsTwo(let count): words.mergeNeedsTwo(count)
        case .marksCleared: words.marksCleared
        case .refused(let refusal): refusal.text
        }
    }
}

/// Questions about groups.
public enum GroupsQuestion: ConfirmQuestion {
    case delete(String, members: Int)

    public var title: String { AppText.current.groups.deleteGroupTitle }

    public var message: String {
        switch self {
        case .delete(let name, let members): AppText.current.groups.deleteGroupMessage(name, members)
        }
    }
}
