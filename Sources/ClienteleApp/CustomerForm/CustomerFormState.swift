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
    /// The typed text (unused by choice fields).
    public var input: TextField
    /// For choice fields: the options cycled with ctrl+n/ctrl+p (typing is refused).
    public var choices: [FormChoice]
    public var choice = 0
    /// Why the last save refused this field.
    public var issues: [ValidationIssue] = []

    public var isChoice: Bool { !choices.isEmpty }
    public var chosen: FormChoice? { choices.indices.contains(choice) ? choices[choice] : nil }

    /// In the interface's language.
    public var label: String {
        switch kind {
        case .builtIn(let field): AppText.current.fieldLabel(field)
        case .custom(let definition): definition.label
        }
    }

    /// A line under the field on how to write it.
    public var hint: String {
        let text = AppText.current
        switch kind {
        case .builtIn(.birthday): return text.birthdayHint
        case .builtIn(.phoneNumber): return text.phoneHint
        case .builtIn(.emailAddress): return text.emailHint
        case .builtIn: return ""
        case .custom(let definition):
            switch definition.kind {
            case .date: return text.dateHint
            case .number: return text.numberHint
            case .phone: return text.phoneNumberHint
            case .email: return text.emailHint
            case .text, .address, .choice, .yesNo: return ""
            }
        }
    }

    /// What the field holds, comparable across edits (a choice by its position).
    var value: String { isChoice ? "\u{1}\(choice)" : input.text }
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
    public let initialValues: [String]
    /// A save was refused because another counter saved first: the fields they changed, with the
    /// values now stored.
    public var conflict: [ConflictChange]?
    public var isSaving = false

    /// The conflict in the interface's language ("Changed at another counter: Memo: “…”").
    public var conflictMessage: String? {
        conflict.map { changes in AppText.current.conflict(changes.map { "\(AppText.current.fieldLabel($0.field)): “\($0.storedText)”" }) }
    }

    public var title: String {
        switch mode {
        case .create: AppText.current.newCustomerTitle
        case .edit(let customer): AppText.current.editTitle(customer.displayName)
        }
    }

    public var isEdited: Bool { fields.map(\.value) != initialValues }

    /// The form for a new customer, or filled from `customer` and its custom values.
    public init(mode: Mode, customFields: [CustomFieldDefinition], values: [Int64: CustomFieldValue] = [:]) {
        self.mode = mode
        let customer: Customer = if case .edit(let existing) = mode { existing } else { Customer() }
        let isNew = if case .create = mode { true } else { false }
        var fields: [CustomerFormField] = []
        for field in CustomerForm.builtInOrder {
            var choices: [FormChoice] = []
            var choice = 0
            switch field {
            case .status:
                choices = CustomerStatus.allCases.map(FormChoice.status)
                choice = choices.firstIndex(of: .status(isNew ? .client : customer.status)) ?? 0
            case .emailSubscription:
                choices = EmailSubscription.allCases.map(FormChoice.subscription)
                choice = choices.firstIndex(of: .subscription(customer.emailSubscription)) ?? 0
            default: break
            }
            let text = choices.isEmpty ? field.text(of: customer) : ""
            // The memo is stored with its line breaks (the card shows them): a pasted note keeps them.
            let input = TextField(text, maxLength: field.maximumLength, keepsLineBreaks: field == .memo)
            fields.append(CustomerFormField(kind: .builtIn(field), input: input, choices: choices, choice: choice))
        }
        for definition in customFields {
            let value = definition.id.flatMap { values[$0] }
            var choices: [FormChoice] = []
            if definition.kind == .choice { choices = [.blank] + definition.choices.map(FormChoice.option) }
            if definition.kind == .yesNo { choices = [.blank, .yes, .no] }
            let text = value?.displayText ?? ""
            let choice = choices.firstIndex { $0.valueText == text } ?? 0
            fields.append(CustomerFormField(kind: .custom(definition), input: TextField(choices.isEmpty ? text : ""), choices: choices, choice: choice))
        }
        self.fields = fields
        self.initialValues = fields.map(\.value)
    }

    /// Builds the customer and custom values the fields describe, with the problems the form
    /// itself can see (a birthday that is no date, a custom value of the wrong kind); the store
    /// checks the rest and answers with its own issues.
    public func draft(phoneParser: PhoneNumberParser) -> (customer: Customer, customValues: [Int64: CustomFieldValue?], issues: [ValidationIssue]) {
        var customer: Customer = if case .edit(let existing) = mode { existing } else { Customer(creationSource: .manual) }
        var values: [Int64: CustomFieldValue?] = [:]
        var issues: [ValidationIssue] = []
        for field in fields {
            let text = field.isChoice ? (field.chosen?.valueText ?? "") : field.input.text
            switch field.kind {
            case .builtIn(.birthday):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    customer.birthday = nil
                } else if let birthday = Birthday(trimmed) {
                    customer.birthday = birthday
                } else {
                    issues.append(ValidationIssue(field: .birthday, problem: .notADate(trimmed)))
                }
            case .builtIn(.status):
                if case .status(let status)? = field.chosen { customer.status = status } else { customer.status = .client }
            case .builtIn(.emailSubscription):
                if case .subscription(let subscription)? = field.chosen { customer.emailSubscription = subscription } else { customer.emailSubscription = .unknown }
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
            fields[index].issues = issues.filter { issue in
                switch fields[index].kind {
                case .builtIn(let field): issue.field == field
                case .custom(let definition): issue.field == nil && issue.fieldLabel == definition.label
                }
            }
        }
        if let first = fields.firstIndex(where: { !$0.issues.isEmpty }) { focused = first }
    }
}

/// A field another counter changed, and the value now stored.
public struct ConflictChange: Equatable, Sendable {
    public var field: CustomerField
    public var storedText: String

    /// What another counter changed, field by field.
    static func changes(from mine: Customer, to current: Customer) -> [ConflictChange] {
        CustomerField.allCases.compactMap { field in
            let before = field.text(of: mine), after = field.text(of: current)
            return before == after ? nil : ConflictChange(field: field, storedText: after)
        }
    }
}

/// Which built-in fields the form shows, in order.
public enum CustomerForm {
    public static let builtInOrder: [CustomerField] = [
        .givenName, .familyName, .nickname, .companyName, .phoneNumber, .emailAddress, .status, .emailSubscription,
        .addressLine1, .addressLine2, .locality, .region, .postalCode, .country, .birthday, .referenceID, .memo,
    ]
}
