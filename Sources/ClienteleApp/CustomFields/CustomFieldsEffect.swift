import CustomerCore

/// Work on the custom fields' definitions.
public enum CustomFieldsEffect: Equatable, Sendable {
    case load
    /// Adds a field, or changes one (its values converted, or the change refused).
    case save(CustomFieldDefinition)
    /// To `position`, 1 first.
    case move(CustomFieldDefinition, to: Int)
    case delete(CustomFieldDefinition)
}
