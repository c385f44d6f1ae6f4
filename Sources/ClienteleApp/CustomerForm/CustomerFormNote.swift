/// Status messages of the customer form.
public enum CustomerFormNote: StatusNote {
    case fixFields(Int)
    case created(String)
    case saved(String)

    public var isError: Bool { if case .fixFields = self { true } else { false } }

    public var text: String {
        switch self {
        case .fixFields(let count): AppText.current.fixFields(count)
        case .created(let name): AppText.current.created(name)
        case .saved(let name): AppText.current.saved(name)
        }
    }
}

/// The form's question: Escape over edits.
public enum FormQuestion: ConfirmQuestion {
    case discardChanges

    public var title: String { AppText.current.discardTitle }
    public var message: String { AppText.current.discardMessage }
}
