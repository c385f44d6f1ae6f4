import CustomerCore

/// Work for the customer form.
public enum CustomerFormEffect: Equatable, Sendable {
    case save(CustomerDraft)
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
