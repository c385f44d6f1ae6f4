import CustomerCore

/// A dialog over the panes. Modals form a stack in `AppState`; the top one owns the keyboard.
public enum Modal: Equatable, Sendable {
    case customerForm(CustomerFormState)
    case confirm(ConfirmState)
    case help(scope: KeyScope)
    case welcome

    public var scope: KeyScope {
        switch self {
        case .customerForm: .form
        case .confirm: .confirm
        case .help: .help
        case .welcome: .welcome
        }
    }
}

/// A yes/no question and what "yes" does.
public struct ConfirmState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// Close the form below and lose its edits.
        case discardFormChanges
    }

    public var title: String
    public var message: String
    public var purpose: Purpose
}
