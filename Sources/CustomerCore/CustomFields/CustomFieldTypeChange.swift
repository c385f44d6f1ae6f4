import Foundation

/// One profile's stored value of a custom field, with whose it is (for a refusal to name them).
public struct StoredCustomFieldValue: Hashable, Sendable {
    public var customerID: CustomerID
    public var customerName: String
    public var text: String

    public init(customerID: CustomerID, customerName: String, text: String) {
        self.customerID = customerID
        self.customerName = customerName
        self.text = text
    }
}

/// What changing a field's kind (or a choice field's options) does to the values already stored:
/// each value is read again as the new kind and is either converted or refused. The change is
/// made only when nothing is refused; otherwise nothing changes and the refusals are shown.
public struct CustomFieldTypeChange: Hashable, Sendable {
    /// A value that reads as the new kind, and its new stored form.
    public struct Conversion: Hashable, Sendable {
        public var customerID: CustomerID
        public var from: String
        public var to: String

        public init(customerID: CustomerID, from: String, to: String) {
            self.customerID = customerID
            self.from = from
            self.to = to
        }
    }

    /// A value that does not fit the new kind, whose it is and why.
    public struct Refusal: Hashable, Sendable {
        public var customerID: CustomerID
        public var customerName: String
        public var value: String
        public var problem: ValidationProblem

        public init(customerID: CustomerID, customerName: String, value: String, problem: ValidationProblem) {
            self.customerID = customerID
            self.customerName = customerName
            self.value = value
            self.problem = problem
        }
    }

    public var before: CustomFieldDefinition
    public var after: CustomFieldDefinition
    public var conversions: [Conversion]
    public var refusals: [Refusal]

    public init(before: CustomFieldDefinition, after: CustomFieldDefinition, conversions: [Conversion], refusals: [Refusal]) {
        self.before = before
        self.after = after
        self.conversions = conversions
        self.refusals = refusals
    }

    /// Whether the change can be made (no value refused).
    public var isAllowed: Bool { refusals.isEmpty }

    /// Reads every stored value as `after` would (the phone parser carries the shop's region):
    /// "12" becomes a number, "yes" a yes/no, "Latex" the option "latex"; what does not read is
    /// refused. A value reading as itself is still listed, unchanged, so counts add up.
    public static func plan(from before: CustomFieldDefinition, to after: CustomFieldDefinition,
                            values: [StoredCustomFieldValue], phoneParser: PhoneNumberParser) -> CustomFieldTypeChange {
        var conversions: [Conversion] = []
        var refusals: [Refusal] = []
        for stored in values {
            switch after.value(from: stored.text, phoneParser: phoneParser) {
            case .success(let value?):
                conversions.append(Conversion(customerID: stored.customerID, from: stored.text, to: value.storageText))
            case .success(nil):
                // A stored value is never blank; one that is would be dropped, which is no loss.
                conversions.append(Conversion(customerID: stored.customerID, from: stored.text, to: ""))
            case .failure(let issue):
                refusals.append(Refusal(customerID: stored.customerID, customerName: stored.customerName,
                                        value: SensitiveDataGuard.maskingCardNumbers(stored.text), problem: issue.problem))
            }
        }
        return CustomFieldTypeChange(before: before, after: after, conversions: conversions, refusals: refusals)
    }
}

/// A kind change refused because some stored values do not fit; nothing was changed.
public struct CustomFieldTypeChangeRefused: Error, Hashable, Sendable, CustomStringConvertible {
    public let change: CustomFieldTypeChange

    public init(_ change: CustomFieldTypeChange) { self.change = change }

    public var description: String {
        let count = change.refusals.count
        let head = "\(count) value\(count == 1 ? "" : "s") of “\(change.before.label)” cannot become \(CustomFieldHeader.word(for: change.after.kind))"
        return ([head + ":"] + change.refusals.map { "  \($0.customerName) (#\($0.customerID)): “\($0.value)” — \($0.problem.englishMessage)" })
            .joined(separator: "\n")
    }
}
