import CustomerCore

/// Answers to a save from the customer form.
public enum CustomerFormMsg: Equatable, Sendable {
    case saved(Customer, isNew: Bool)
    case saveRefused([ValidationIssue])
    /// Another counter saved first: what is stored now.
    case saveConflicted(current: Customer)
    /// The profile as stored now (after another counter committed), nil if it is gone.
    case storedLoaded(id: Int64, current: Customer?)
}
