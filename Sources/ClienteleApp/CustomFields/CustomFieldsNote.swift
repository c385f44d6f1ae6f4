import CustomerCore

/// Status messages about the custom fields' definitions.
public enum CustomFieldsNote: StatusNote {
    case added(String)
    case changed(String)
    case deleted(String, values: Int)

    public var isError: Bool { false }

    public var text: String {
        switch self {
        case .added(let label): AppText.current.customFieldAdded(label)
        case .changed(let label): AppText.current.customFieldChanged(label)
        case .deleted(let label, let values): AppText.current.customFieldDeleted(label, values)
        }
    }
}

/// Questions about the custom fields' definitions.
public enum CustomFieldsQuestion: ConfirmQuestion {
    case delete(CustomFieldDefinition, values: Int)

    public var title: String {
        switch self {
        case .delete: AppText.current.deleteCustomFieldTitle
        }
    }

    public var message: String {
        switch self {
        case .delete(let field, let values): AppText.current.deleteCustomFieldMessage(field.label, values)
        }
    }
}
