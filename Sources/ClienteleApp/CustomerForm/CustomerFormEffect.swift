import CustomerCore

/// Work for the customer form.
public enum CustomerFormEffect: Equatable, Sendable {
    case save(CustomerDraft)
    /// Another counter committed: is the profile being edited still the version the form started from?
    case checkStored(Int64)
}

/// A profile and its custom values as the form left them, to create or update.
public struct CustomerDraft: Equatable, Sendable {
    public var customer: Customer
    public var customValues: [Int64: CustomFieldValue?]
    public var isNew: Bool

    public init(customer: Customer, customValues: [Int64: CustomFieldValue?], isNew: Bool) {
        self.customer = customer
        self.customValues = customValues
        self.isNew = isNew
    }
}
