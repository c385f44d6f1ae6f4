import CustomerCore
import Foundation
import TerminalCore

/// One field of the customer form: a built-in field or a custom one, typed text or a choice.
public struct CustomerFormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case builtIn(CustomerField)
        case custom(CustomFieldDefinition)
    }

    public var kind: Kind
    public var label: String
    public var input: TextField
    /// For choice fields: the options cycled with ctrl+n/ctrl+p (typing is refused).
    public var options: [String]
    public var error: String?
    public var hint: String

    public var isChoice: Bool { !options.isEmpty }
}

/// The create (`n`) / edit (`e`) dialog: fields, focus, errors, and what it started from.
public struct CustomerFormState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case create
        case edit(Customer)
    }

    public var mode: Mode
    public var fields: [CustomerFormField]
    public var focused = 0
    /// What the fields held when the form opened, to tell whether Escape loses anything.
    public let initialTexts: [String]
    /// A save was refused because another counter saved first; shows what changed.
    public var conflictMessage: String?
    public var isSaving = false

    public var title: String {
        switch mode {
        case .create: AppText.current.newCustomerTitle
        case .edit(let customer): AppText.current.editTitle(customer.displayName)
        }
    }

    public var isEdited: Bool { fields.map(\.input.text) != initialTexts }

    /// The form for a new customer, or filled from `customer` and its custom values.
    public init(mode: Mode, customFields: [CustomFieldDefinition], values: [Int64: CustomFieldValue] = [:]) {
        self.mode = mode
        let customer: Customer = if case .edit(let existing) = mode { existing } else { Customer() }
        var fields: [CustomerFormField] = []
        for field in CustomerForm.builtInOrder {
            var options: [String] = []
            var text = field.text(of: customer)
            var hint = ""
            switch field {
            case .status:
                options = CustomerStatus.allCases.map(\.label)
            case .emailSubscription:
                options = EmailSubscription.allCases.map(\.label)
            case .birthday: hint = AppText.current.birthdayHint
            case .phoneNumber: hint = AppText.current.phoneHint
            case .emailAddress: hint = AppText.current.emailHint
            default: break
            }
            if case .create = mode, field == .status { text = CustomerStatus.client.label }
            fields.append(CustomerFormField(kind: .builtIn(field), label: AppText.current.fieldLabel(field), input: TextField(text, maxLength: field.maximumLength),
                                            options: options, hint: hint))
        }
        for definition in customFields {
            let value = definition.id.flatMap { values[$0] }
            var options: [String] = []
            if definition.kind == .choice { options = [""] + definition.choices }
            if definition.kind == .yesNo { options = ["", "Yes", "No"] }
            let hint = switch definition.kind {
            case .date: AppText.current.dateHint
            case .number: AppText.current.numberHint
            case .phone: AppText.current.phoneNumberHint
            case .email: AppText.current.emailHint
            default: ""
            }
            fields.append(CustomerFormField(kind: .custom(definition), label: definition.label,
                                            input: TextField(value?.displayText ?? ""), options: options, hint: hint))
        }
        self.fields = fields
        self.initialTexts = fields.map(\.input.text)
    }

    /// Builds the customer and custom values the fields describe, with the problems the form
    /// itself can see (a birthday that is no date, a custom value of the wrong kind); the store
    /// checks the rest and answers with its own issues.
    public func draft(phoneParser: PhoneNumberParser) -> (customer: Customer, customValues: [Int64: CustomFieldValue?], issues: [ValidationIssue]) {
        var customer: Customer = if case .edit(let existing) = mode { existing } else { Customer(creationSource: .manual) }
        var values: [Int64: CustomFieldValue?] = [:]
        var issues: [ValidationIssue] = []
        for field in fields {
            let text = field.input.text
            switch field.kind {
            case .builtIn(.birthday):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    customer.birthday = nil
                } else if let birthday = Birthday(trimmed) {
                    customer.birthday = birthday
                } else {
                    issues.append(ValidationIssue(field: .birthday, message: AppText.current.notADate(trimmed)))
                }
            case .builtIn(.status):
                customer.status = CustomerStatus.allCases.first { $0.label == text } ?? .client
            case .builtIn(.emailSubscription):
                customer.emailSubscription = EmailSubscription.allCases.first { $0.label == text } ?? .unknown
            case .builtIn(let builtIn):
                builtIn.setText(text, on: &customer)
            case .custom(let definition):
                guard let id = definition.id else { continue }
                switch definition.value(from: text, phoneParser: phoneParser) {
                case .success(let value): values[id] = value
                case .failure(let issue): issues.append(issue)
                }
            }
        }
        return (customer, values, issues)
    }

    /// Shows each issue under its field (and clears the others); focuses the first one.
    public mutating func show(_ issues: [ValidationIssue]) {
        for index in fields.indices {
            let matching = issues.filter { issue in
                switch fields[index].kind {
                case .builtIn(let field): issue.field == field
                case .custom(let definition): issue.field == nil && issue.fieldLabel == definition.label
                }
            }
            fields[index].error = matching.isEmpty ? nil : matching.map(\.message).joined(separator: "; ")
        }
        if let first = fields.firstIndex(where: { $0.error != nil }) { focused = first }
    }
}

/// Which built-in fields the form shows, in order.
public enum CustomerForm {
    public static let builtInOrder: [CustomerField] = [
        .givenName, .familyName, .nickname, .companyName, .phoneNumber, .emailAddress, .status, .emailSubscription,
        .addressLine1, .addressLine2, .locality, .region, .postalCode, .country, .birthday, .referenceID, .memo,
    ]
}
