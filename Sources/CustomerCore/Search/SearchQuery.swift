import Foundation

/// What a person typed in the search box, understood: nothing, a phone number (whole or in
/// part) or words to match against names, nickname, company and email.
public enum SearchQuery: Hashable, Sendable {
    case everything
    /// `digits` as typed (ASCII digits only); `e164` when libphonenumber reads a valid whole number.
    case phone(digits: String, e164: String?, nationalDigits: String?)
    /// Folded words; each must be the start of a word of the profile.
    case words([String])

    /// Text with at least three digits and nothing but phone punctuation is a phone lookup:
    /// "415 555", "+1 (415) 555-0134", "5550134", "06 12 34 56 78".
    public static func interpret(_ text: String, phoneParser: PhoneNumberParser) -> SearchQuery {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .everything }
        let phonePunctuation = Set(" +-().\u{00A0}/")
        let digits = String(trimmed.filter { $0.isASCII && $0.isNumber })
        if digits.count >= 3, trimmed.allSatisfy({ ($0.isASCII && $0.isNumber) || phonePunctuation.contains($0) }) {
            let parsed = try? phoneParser.parse(trimmed)
            return .phone(digits: digits, e164: parsed?.e164, nationalDigits: parsed?.nationalNumber)
        }
        let words = SearchFolding.fold(trimmed)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
        return words.isEmpty ? .everything : .words(words)
    }
}
