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

    /// The longest label and option the store keeps (in code points, as SQLite's `length` counts).
    public static let labelLimit = ImportPlan.customFieldLabelLimit
    /// What separates a choice field's options in an export header (`custom:Allergies (choice: latex|nickel)`),
    /// so no option may contain it.
    public static let optionSeparator: Character = "|"

    /// Problems with the definition itself: the label (not empty, at most `labelLimit`, no control
    /// characters, no card number) and, for a choice field, its options (at least one, each unique
    /// as the values compare them, none holding `optionSeparator` or the header's marker).
    /// `others` are the fields already defined: a label another field has, whatever its case, is refused.
    public func issues(among others: [CustomFieldDefinition] = []) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        func add(_ field: String, _ problem: ValidationProblem) { issues.append(ValidationIssue(fieldLabel: field, problem: problem)) }
        if trimmed.isEmpty { add("Label", .empty) }
        if trimmed.unicodeScalars.count > Self.labelLimit { add("Label", .tooLong(length: trimmed.unicodeScalars.count, limit: Self.labelLimit)) }
        if Self.hasControlCharacters(trimmed) { add("Label", .controlCharacters) }
        // The label (often an import's CSV header) and the choices are stored texts like any other.
        if let finding = SensitiveDataGuard.scan(trimmed) { add("Label", ValidationProblem(finding)) }
        if !trimmed.isEmpty, others.contains(where: { $0.id != id && $0.label.trimmingCharacters(in: .whitespaces).lowercased() == trimmed.lowercased() }) {
            add("Label", .labelTaken(trimmed))
        }
        guard kind == .choice else { return issues }
        let options = choices.map { $0.trimmingCharacters(in: .whitespaces) }
        if options.filter({ !$0.isEmpty }).isEmpty { add("Choices", .noChoices) }
        if let finding = options.lazy.compactMap(SensitiveDataGuard.scan).first { add("Choices", ValidationProblem(finding)) }
        var seen = Set<String>()
        for option in options where !option.isEmpty {
            if option.contains(Self.optionSeparator) || option.lowercased().contains(CustomFieldHeader.choiceMarker) || Self.hasControlCharacters(option) {
                add("Choices", .forbiddenInChoice(option))
            } else if option.unicodeScalars.count > Self.labelLimit {
                add("Choices", .tooLong(length: option.unicodeScalars.count, limit: Self.labelLimit))
            } else if !seen.insert(SearchFolding.fold(option)).inserted {
                add("Choices", .repeatedChoice(option))
            }
        }
        return issues
    }

    /// The definition as the store keeps it: the label and options trimmed, empty options dropped
    /// (a text field keeps no options).
    public var normalized: CustomFieldDefinition {
        var copy = self
        copy.label = label.trimmingCharacters(in: .whitespaces)
        copy.choices = kind == .choice ? choices.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
        return copy
    }

    static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }
    }

    /// Parses what a person typed (or an import cell) into a typed value for this field.
    /// Empty text means "no value"; an error names what was expected.
    public func value(from text: String, phoneParser: PhoneNumberParser) -> Result<CustomFieldValue?, ValidationIssue> {
        let raw = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if raw.isEmpty { return .success(nil) }
        func fail(_ problem: ValidationProblem) -> Result<CustomFieldValue?, ValidationIssue> {
            .failure(ValidationIssue(fieldLabel: label, problem: problem))
        }
        // Decided by the guard, not the kind: 4111111111111111 is a number too, and a phone field's digits are digits.
        if let finding = SensitiveDataGuard.scan(raw) { return fail(ValidationProblem(finding)) }
        switch kind {
        case .text, .address:
            return raw.count > 1000 ? fail(.longerThan(1000)) : .success(kind == .text ? .text(raw) : .address(raw))
        case .number:
            guard let number = Self.exactDecimal(raw) else { return fail(.notANumber(raw)) }
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

extension CustomFieldDefinition {
    /// An exact decimal: an optional sign, ASCII digits, at most one decimal point or comma with
    /// digits after it ("12", "-3.25", "12,5"); spaces between digits ("1 200") are dropped. No
    /// exponent, no thousands separators ("1,234.5" is refused rather than guessed).
    static func exactDecimal(_ text: String) -> Decimal? {
        let compact = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        var body = Substring(compact)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: body.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let canonical = (compact.first == "-" ? "-" : "") + parts.joined(separator: ".")
        return Decimal(string: canonical, locale: Locale(identifier: "en_US_POSIX"))
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
