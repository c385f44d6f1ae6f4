import Foundation

/// The kinds of custom field an owner can define ("Agregar/Editar campos", seed 004).
public enum CustomFieldKind: String, CaseIterable, Sendable, Codable {
    case text, number, date, email, phone, address, yesNo = "yes_no", choice

    public var label: String {
        switch self {
        case .text: "Text"
        case .number: "Number"
        case .date: "Date"
        case .email: "Email"
        case .phone: "Phone"
        case .address: "Address"
        case .yesNo: "Yes/No"
        case .choice: "Choice from a list"
        }
    }
}

/// A field the owner added to every card: a label, a kind and, for choices, the options.
public struct CustomFieldDefinition: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var label: String
    public var kind: CustomFieldKind
    public var choices: [String]
    public var position: Int

    public init(id: Int64? = nil, label: String, kind: CustomFieldKind, choices: [String] = [], position: Int = 0) {
        self.id = id
        self.label = label
        self.kind = kind
        self.choices = choices
        self.position = position
    }

    /// Problems with the definition itself (empty label, a choice field without choices).
    public func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { issues.append(ValidationIssue(fieldLabel: "Label", message: "a custom field needs a label")) }
        if trimmed.count > 100 { issues.append(ValidationIssue(fieldLabel: "Label", message: "is longer than 100 characters")) }
        // The label (often an import's CSV header) and the choices are stored texts like any other.
        if let finding = SensitiveDataGuard.scan(trimmed) { issues.append(ValidationIssue(fieldLabel: "Label", problem: ValidationProblem(finding))) }
        if let finding = choices.lazy.compactMap(SensitiveDataGuard.scan).first {
            issues.append(ValidationIssue(fieldLabel: "Choices", problem: ValidationProblem(finding)))
        }
        if kind == .choice && choices.filter({ !$0.isEmpty }).isEmpty {
            issues.append(ValidationIssue(fieldLabel: "Choices", message: "a choice field needs at least one choice"))
        }
        return issues
    }

    /// Parses what a person typed (or an import cell) into a typed value for this field.
    /// Empty text means "no value"; an error names what was expected.
    public func value(from text: String, phoneParser: PhoneNumberParser) -> Result<CustomFieldValue?, ValidationIssue> {
        let raw = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if raw.isEmpty { return .success(nil) }
        func fail(_ problem: ValidationProblem) -> Result<CustomFieldValue?, ValidationIssue> {
            .failure(ValidationIssue(fieldLabel: label, problem: problem))
        }
        // A number field is no exception: 4111111111111111 is a number too. A date cannot hold 13 digits.
        if kind != .date, let finding = SensitiveDataGuard.scan(raw) { return fail(ValidationProblem(finding)) }
        switch kind {
        case .text, .address:
            return raw.count > 1000 ? fail(.longerThan(1000)) : .success(kind == .text ? .text(raw) : .address(raw))
        case .number:
            let normalized = raw.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
            guard let number = Decimal(string: normalized, locale: Locale(identifier: "en_US_POSIX")),
                  normalized.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" })
            else { return fail(.notANumber(raw)) }
            return .success(.number(number))
        case .date:
            guard let date = CalendarDate(parsing: raw) else { return fail(.notAFullDate(raw)) }
            return .success(.date(date))
        case .email:
            return EmailAddress.isValid(raw) ? .success(.email(raw)) : fail(.invalidEmail(raw))
        case .phone:
            do { return .success(.phone(try phoneParser.parse(raw).e164)) } catch { return fail(.invalidPhone(error.message)) }
        case .yesNo:
            switch SearchFolding.fold(raw) {
            case "yes", "y", "true", "1", "si", "sí", "oui", "x": return .success(.yesNo(true))
            case "no", "n", "false", "0", "non": return .success(.yesNo(false))
            default: return fail(.notYesOrNo(raw))
            }
        case .choice:
            guard let match = choices.first(where: { SearchFolding.fold($0) == SearchFolding.fold(raw) }) else {
                return fail(.notAChoice(raw, choices: choices))
            }
            return .success(.choice(match))
        }
    }
}

/// A typed value of a custom field on one profile.
public enum CustomFieldValue: Hashable, Sendable, Codable {
    case text(String)
    case number(Decimal)
    case date(CalendarDate)
    case email(String)
    case phone(String)
    case address(String)
    case yesNo(Bool)
    case choice(String)

    /// The stored and exported text form; `CustomFieldDefinition.value(from:)` reads it back.
    public var storageText: String {
        switch self {
        case .text(let s), .email(let s), .phone(let s), .address(let s), .choice(let s): s
        case .number(let d): "\(d)"
        case .date(let d): d.description
        case .yesNo(let b): b ? "yes" : "no"
        }
    }

    /// What a card shows.
    public var displayText: String {
        switch self {
        case .yesNo(let b): b ? "Yes" : "No"
        default: storageText
        }
    }
}
