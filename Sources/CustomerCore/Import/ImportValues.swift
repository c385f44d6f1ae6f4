import Foundation

/// Reading cell values the way Square's import guide accepts them (PRODUCT §4).
public enum ImportValues {
    /// Birthdays: `MM-DD`, `MM/DD`, `YYYY-MM-DD`, `YYYY/M/D`, `M/D/YYYY`, `M-D-YY`.
    public static func birthday(_ text: String) -> Birthday? {
        let trimmed = CustomerValidator.trimmed(text)
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        switch (parts.count, parts.first?.count ?? 0) {
        case (2, ...2): return Birthday(year: nil, month: numbers[0], day: numbers[1])
        case (3, 4): return Birthday(year: numbers[0], month: numbers[1], day: numbers[2])
        case (3, ...2):
            var year = numbers[2]
            if parts[2].count == 2 {
                let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date()) % 100
                year += year > thisYear ? 1900 : 2000
            }
            return Birthday(year: year, month: numbers[0], day: numbers[1])
        default: return nil
        }
    }

    /// Subscribed / Unsubscribed / Unknown, plus yes/no/true/false and the words Mailchimp and
    /// Constant Contact use ("Explicit", "Implicit", "Opted out").
    public static func subscription(_ text: String) -> EmailSubscription? {
        switch SearchFolding.fold(CustomerValidator.trimmed(text)) {
        case "subscribed", "yes", "y", "true", "1", "explicit", "implicit", "opted in", "si", "oui", "suscrito", "abonne": .subscribed
        case "unsubscribed", "no", "n", "false", "0", "opted out", "unsubscribe", "non", "baja", "desabonne", "cleaned": .unsubscribed
        case "unknown", "", "pending", "desconocido", "inconnu": .unknown
        default: nil
        }
    }

    /// A cell protected against formula injection — by our export or by hand in a spreadsheet —
    /// starts with an apostrophe before =, +, -, @ (or before further apostrophes and one of those):
    /// the apostrophe is a marker, not data, so one is taken away ("'=1+1" → "=1+1", "''=x" → "'=x").
    public static func withoutFormulaGuard(_ text: String) -> String {
        guard text.hasPrefix("'"), CSVWriter.needsFormulaGuard(String(text.dropFirst())) else { return text }
        return String(text.dropFirst())
    }

    /// Mailchimp's one-cell address: parts separated by two spaces, in the order street, [unit,]
    /// city, state, postal code, country. Fewer parts fill from the street on.
    public static func splitOneCellAddress(_ text: String) -> PostalAddress {
        let parts = text.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return PostalAddress(line1: text.trimmingCharacters(in: .whitespaces)) }
        var rest = parts
        var address = PostalAddress()
        address.line1 = rest.removeFirst()
        // From the end: a 2-letter country, a postal code (has a digit), a short state.
        if let last = rest.last, last.count == 2, last.allSatisfy(\.isLetter), rest.count >= 2 { address.country = rest.removeLast() }
        if let last = rest.last, last.contains(where: \.isNumber), rest.count >= 1 { address.postalCode = rest.removeLast() }
        if rest.count >= 2, let last = rest.last, last.count <= 4 { address.region = rest.removeLast() }
        if let last = rest.last { address.locality = last; rest.removeLast() }
        if !rest.isEmpty { address.line2 = rest.joined(separator: ", ") }
        return address
    }
}
