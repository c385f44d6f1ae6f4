import CustomerCore

/// Answers about the custom fields' definitions.
public enum CustomFieldsMsg: Equatable, Sendable {
    /// The fields in their order, and how many customers have a value for each.
    case loaded([CustomFieldDefinition], valueCounts: [Int64: Int])
    case saved(CustomFieldDefinition, isNew: Bool)
    /// The definition was refused (a label taken, a choice without options…): said in the form.
    case refused([ValidationIssue])
    /// Some values do not fit the new kind; nothing changed.
    case typeChangeRefused(CustomFieldTypeChange)
    case moved(CustomFieldDefinition)
    case deleted(CustomFieldDefinition, values: Int)
}
