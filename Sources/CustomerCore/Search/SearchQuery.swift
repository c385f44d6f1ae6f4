import Foundation

/// What a person typed in the search box, understood: nothing, a phone number (whole or in
/// part) or words to match against names, nickname, company and email.
public enum SearchQuery: Hashable, Sendable {
    case everything
    /// `digits` as typed (ASCII digits only), matched against the end of numbers; `e164` when
    /// libphonenumber reads a valid whole number; `e164Prefixes` the starts of E.164 numbers the
    /// digits can be: international ("+1 415" → "+1415") or national in the shop's country, without
    /// its national prefix ("06 12" in France → "+33612").
    case phone(digits: String, e164: String?, e164Prefixes: [String])
    /// Folded words, each of which must start a word of the profile; `text` as typed (for an
    /// exact reference ID match).
    case words([String], text: String)

    /// Text with at least three digits and nothing but phone punctuation is a phone lookup:
    /// "415 555", "+1 (415) 555-0134", "5550134", "06 12 34 56 78".
    public static func interpret(_ text: String, phoneParser: PhoneNumberParser) -> SearchQuery {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .everything }
        let phonePunctuation = Set(" +-().\u{00A0}/")
        if trimmed.allSatisfy({ $0.isNumber || phonePunctuation.contains($0) }) {
            let digits = PhoneDigits.digits(in: trimmed)
            if digits.count >= 3 {
                // Too few digits to be a whole number ("0134"): not parsed, so a lookup by the last
                // digits never starts libphonenumber (5–7 ms of a `clientele find`).
                let mayBeWhole = trimmed.contains("+") || digits.count >= phoneParser.fewestValidDigits
                let parsed = mayBeWhole ? try? phoneParser.parse(trimmed) : nil
                var prefixes: [String] = []
                if trimmed.hasPrefix("+") {
                    prefixes.append("+" + digits)
                } else if digits.hasPrefix("00") {
                    prefixes.append("+" + digits.dropFirst(2))  // "0034 612…": the international call prefix
                } else {
                    let nationalPrefix = phoneParser.nationalPrefix
                    let national = !nationalPrefix.isEmpty && digits.hasPrefix(nationalPrefix) ? String(digits.dropFirst(nationalPrefix.count)) : digits
                    prefixes.append("+\(phoneParser.countryCode)" + national)
                    if national != digits { prefixes.append("+\(phoneParser.countryCode)" + digits) }
                    prefixes.append("+" + digits)  // a foreign number typed with its country code but no "+"
                }
                return .phone(digits: digits, e164: parsed?.e164, e164Prefixes: prefixes)
            }
        }
        let words = SearchFolding.fold(trimmed)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
        return words.isEmpty ? .everything : .words(words, text: trimmed)
    }
}
