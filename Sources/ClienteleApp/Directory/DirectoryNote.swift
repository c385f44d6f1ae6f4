import CustomerCore

/// Status messages of the directory pane.
public enum DirectoryNote: StatusNote {
    case sortedBy(DirectorySort)
    case noGroups

    public var isError: Bool { false }

    public var text: String {
        switch self {
        case .sortedBy(let sort): AppText.current.sortedBy(sort)
        case .noGroups: AppText.current.noGroups
        }
    }
}
