import Foundation

/// How a CSV export names a custom field's column so that importing the file gives the field back
/// with its kind and options: `custom:Visits (number)`, `custom:Allergies (choice: latex|nickel)`.
/// A text field keeps its plain label, as exports always wrote it (docs/DECISIONS.md, 2026-12-02).
public enum CustomFieldHeader {
    /// What opens a choice field's options in a header; no option may contain it.
    public static let choiceMarker = "(choice:"

    /// The word a header gives each kind, in English whatever the interface's language (a file
    /// moves between shops).
    public static func word(for kind: CustomFieldKind) -> String {
        switch kind {
        case .text: "text"
        case .number: "number"
        case .date: "date"
        case .email: "email"
        case .phone: "phone"
        case .address: "address"
        case .yesNo: "yes/no"
        case .choice: "choice"
        }
    }

    /// A kind from its header word or its stored name ("yes/no", "yes_no", "Number"), or nil.
    public static func kind(named word: String) -> CustomFieldKind? {
        let key = word.trimmingCharacters(in: .whitespaces).lowercased()
        return CustomFieldKind.allCases.first { Self.word(for: $0) == key || $0.rawValue == key || (key == "yesno" && $0 == .yesNo) }
    }

    /// The column header an export writes for a field. A text field: its label, or `custom:Label`
    /// when the label alone would be read as a standard column (`ColumnMapping.exportHeader`), with
    /// ` (text)` added when what follows the marker would itself read as a kind ("custom:Size (number)").
    /// Any other kind: `custom:Label (kind)`, a choice with its options joined by `|`.
    public static func header(for definition: CustomFieldDefinition) -> String {
        switch definition.kind {
        case .text:
            let header = ColumnMapping.exportHeader(forCustomField: definition.label)
            guard header.lowercased().hasPrefix(ColumnMapping.customFieldPrefix) else { return header }
            let marked = String(header.dropFirst(ColumnMapping.customFieldPrefix.count))
            return declaration(ofMarked: marked) == nil ? header : header + " (text)"
        case .choice:
            let options = definition.choices.joined(separator: String(CustomFieldDefinition.optionSeparator))
            return ColumnMapping.customFieldPrefix + definition.label + " " + choiceMarker + " " + options + ")"
        case .number, .date, .email, .phone, .address, .yesNo:
            return ColumnMapping.customFieldPrefix + definition.label + " (" + word(for: definition.kind) + ")"
        }
    }

    /// The field a header declares, when it is marked (`custom:`) and ends with a kind in
    /// parentheses; nil for every other header (a plain unknown header is a text field, as before).
    public static func declaration(_ header: String) -> CustomFieldDefinition? {
        let trimmed = header.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.lowercased().hasPrefix(ColumnMapping.customFieldPrefix) else { return nil }
        return declaration(ofMarked: String(trimmed.dropFirst(ColumnMapping.customFieldPrefix.count)))
    }

    /// The label a marked header's field has: what follows `custom:`, without its kind suffix.
    public static func label(ofMarked marked: String) -> String {
        declaration(ofMarked: marked)?.label ?? marked.trimmingCharacters(in: .whitespaces)
    }

    /// `Label (kind)` or `Label (choice: a|b)` → the definition; nil without such a suffix.
    static func declaration(ofMarked marked: String) -> CustomFieldDefinition? {
        let text = marked.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix(")") else { return nil }
        let body = text.dropLast()
        // Options may not contain the marker, so the last one opens them.
        if let open = body.range(of: " " + choiceMarker, options: [.backwards, .caseInsensitive]) {
            let optionsStart = open.upperBound
            let label = body[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty else { return nil }
            let options = body[optionsStart...].split(separator: CustomFieldDefinition.optionSeparator, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return CustomFieldDefinition(label: label, kind: .choice, choices: options)
        }
        guard let open = body.range(of: " (", options: .backwards),
              let kind = kind(named: String(body[open.upperBound...])) else { return nil }
        let label = body[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
        return label.isEmpty ? nil : CustomFieldDefinition(label: label, kind: kind)
    }
}
