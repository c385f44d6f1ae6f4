import Foundation

/// One problem with one field, for forms, the command line and import reports.
public struct ValidationIssue: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The field's name in forms and messages ("Email", or a custom field's label).
    public let fieldLabel: String
    /// The built-in field, when the issue is about one.
    public let field: CustomerField?
    /// What is wrong, as a value: the interface puts it into its own language.
    public let problem: ValidationProblem

    public init(field: CustomerField, problem: ValidationProblem) {
        self.field = field
        self.fieldLabel = field.label
        self.problem = problem
    }

    public init(fieldLabel: String, problem: ValidationProblem) {
        self.field = nil
        self.fieldLabel = fieldLabel
        self.problem = problem
    }

    /// A problem the rules describe only in English so far.
    public init(field: CustomerField, message: String) { self.init(field: field, problem: .described(message)) }
    public init(fieldLabel: String, message: String) { self.init(fieldLabel: fieldLabel, problem: .described(message)) }

    /// In English (the command line's and the import report's words).
    public var message: String { problem.englishMessage }

    public var description: String { "\(fieldLabel): \(message)" }

    // The JSON shape scripts read: the field and the English message, as before problems had cases.
    enum CodingKeys: String, CodingKey { case fieldLabel, field, message }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fieldLabel = try container.decode(String.self, forKey: .fieldLabel)
        field = try container.decodeIfPresent(CustomerField.self, forKey: .field)
        problem = .described(try container.decode(String.self, forKey: .message))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fieldLabel, forKey: .fieldLabel)
        try container.encodeIfPresent(field, forKey: .field)
        try container.encode(message, forKey: .message)
    }
}

/// What is wrong with a field, with what a message needs to say it. The interface has a
/// sentence per case in each language; `englishMessage` is the command line's.
public enum ValidationProblem: Hashable, Sendable {
    case tooLong(length: Int, limit: Int)
    case cardNumber
    case securityCode
    /// A profile needs at least one of given name, family name, company, email or phone.
    case noIdentity
    case invalidEmail(String)
    case tooManyPhoneDigits(Int)
    /// libphonenumber's reason (in English, naming the region).
    case invalidPhone(String)
    case notADate(String)
    /// A custom field's value: over its length, or not of its kind.
    case longerThan(Int)
    case notANumber(String)
    case notAFullDate(String)
    case notYesOrNo(String)
    case notAChoice(String, choices: [String])
    /// Nothing but blanks where text is required (a note).
    case empty
    /// Control or invisible format characters where a label is written (a custom field's).
    case controlCharacters
    /// Another custom field already has this label (compared without case).
    case labelTaken(String)
    /// A choice field without any option.
    case noChoices
    /// An option holding what the export header separates options with (`|`) or marks choices with.
    case forbiddenInChoice(String)
    /// The same option twice (compared as values are: case and accents aside).
    case repeatedChoice(String)
    /// A rule not yet given its own case: its English sentence.
    case described(String)

    public init(_ finding: SensitiveDataGuard.Finding) {
        switch finding {
        case .cardNumber: self = .cardNumber
        case .securityCode: self = .securityCode
        }
    }

    public var englishMessage: String {
        switch self {
        case .tooLong(let length, let limit): "is \(length) characters long; the limit is \(limit)"
        case .cardNumber: SensitiveDataGuard.Finding.cardNumber.message
        case .securityCode: SensitiveDataGuard.Finding.securityCode.message
        case .noIdentity: "a profile needs at least one of given name, family name, company, email or phone"
        case .invalidEmail(let address): "“\(address)” is not a valid email address (expected name@example.com)"
        case .tooManyPhoneDigits(let count): "has \(count) digits; a phone number has at most 16"
        case .invalidPhone(let reason): reason
        case .notADate(let text): "“\(text)” is not a date; write MM-DD or YYYY-MM-DD"
        case .longerThan(let limit): "is longer than \(limit.formatted(.number.locale(Locale(identifier: "en_US")))) characters"
        case .notANumber(let text): "“\(text)” is not a number"
        case .notAFullDate(let text): "“\(text)” is not a date (use YYYY-MM-DD)"
        case .notYesOrNo(let text): "“\(text)” is not yes or no"
        case .notAChoice(let text, let choices): "“\(text)” is not one of: \(choices.joined(separator: ", "))"
        case .empty: "cannot be empty"
        case .controlCharacters: "contains control characters"
        case .labelTaken(let label): "another custom field is already labelled “\(label)”"
        case .noChoices: "a choice field needs at least one choice"
        case .forbiddenInChoice(let option): "“\(option)” may not contain “|”, “(choice:” or control characters"
        case .repeatedChoice(let option): "“\(option)” is listed twice"
        case .described(let sentence): sentence
        }
    }
}

/// A save refused because of field problems; nothing was written.
public struct ValidationFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let issues: [ValidationIssue]
    public init(_ issues: [ValidationIssue]) { self.issues = issues }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
