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
/// Counts, and the first `listedRefusals` refusals: a directory of a million profiles can be
/// retyped without holding a million values (the store reads and rewrites them in chunks).
public struct CustomFieldTypeChange: Hashable, Sendable {
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

    /// How many refusals are kept to be shown (the count goes on).
    public static let listedRefusals = 100

    public var before: CustomFieldDefinition
    public var after: CustomFieldDefinition
    /// Values that read as the new kind.
    public var convertedCount = 0
    /// The first values that do not fit, in the order read.
    public var refusals: [Refusal] = []
    /// Every value that does not fit.
    public var refusedCount = 0

    public init(before: CustomFieldDefinition, after: CustomFieldDefinition) {
        self.before = before
        self.after = after
    }

    public init(before: CustomFieldDefinition, after: CustomFieldDefinition, convertedCount: Int, refusals: [Refusal], refusedCount: Int? = nil) {
        self.init(before: before, after: after)
        self.convertedCount = convertedCount
        self.refusals = refusals
        self.refusedCount = refusedCount ?? refusals.count
    }

    /// Whether the change can be made (no value refused).
    public var isAllowed: Bool { refusedCount == 0 }

    /// Reads one stored value as `after` would read a typed one (the phone parser carries the
    /// shop's region): "12" becomes a number, "oui" a yes, "LATEX" the option "latex". Returns its
    /// new stored form ("" when it reads as no value), or nil when it does not fit — counted, and
    /// listed while fewer than `listedRefusals` are.
    public mutating func read(_ stored: StoredCustomFieldValue, phoneParser: PhoneNumberParser) -> String? {
        switch after.value(from: stored.text, phoneParser: phoneParser) {
        case .success(let value):
            convertedCount += 1
            return value?.storageText ?? ""
        case .failure(let issue):
            refusedCount += 1
            if refusals.count < Self.listedRefusals {
                refusals.append(Refusal(customerID: stored.customerID, customerName: stored.customerName,
                                        value: SensitiveDataGuard.maskingCardNumbers(stored.text), problem: issue.problem))
            }
            return nil
        }
    }

    /// Every value read (`read`), for a list already in memory.
    public static func plan(from before: CustomFieldDefinition, to after: CustomFieldDefinition,
                            values: [StoredCustomFieldValue], phoneParser: PhoneNumberParser) -> CustomFieldTypeChange {
        var change = CustomFieldTypeChange(before: before, after: after)
        for stored in values { _ = change.read(stored, phoneParser: phoneParser) }
        return change
    }
}

/// A kind change refused because some stored values do not fit; nothing was changed.
public struct CustomFieldTypeChangeRefused: Error, Hashable, Sendable, CustomStringConvertible {
    public let change: CustomFieldTypeChange

    public init(_ change: CustomFieldTypeChange) { self.change = change }

    public var description: String {
        let count = change.refusedCount
        let head = "\(count) value\(count == 1 ? "" : "s") of “\(change.before.label)” cannot become \(CustomFieldHeader.word(for: change.after.kind))"
        let more = count - change.refusals.count
        return ([head + ":"] + change.refusals.map { "  \($0.customerName) (#\($0.customerID)): “\($0.value)” — \($0.problem.englishMessage)" }
                + (more > 0 ? ["  … and \(more) more"] : []))
            .joined(separator: "\n")
    }
}
