import Foundation

/// The key that says two profiles live at the same street address: the first address line
/// folded (case, accents), punctuation dropped, common street words written one way
/// ("Street"/"St."/"st" → "st", "Avenida"/"Av." → "av"), then the postal code — or, when
/// there is none, the folded city. Empty when there is no first line: no address to share.
public enum AddressKey {
    public static func make(_ address: PostalAddress) -> String {
        let street = normalizedStreet(address.line1)
        guard !street.isEmpty else { return "" }
        let postal = normalizedPostalCode(address.postalCode)
        let place = postal.isEmpty ? "@" + SearchFolding.fold(address.locality).filter { $0.isLetter || $0.isNumber } : postal
        return street + "|" + place
    }

    /// "12, Main Street." → "12 main st".
    public static func normalizedStreet(_ line: String) -> String {
        let folded = SearchFolding.fold(line)
        var words: [Substring] = []
        for word in folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            words.append(Substring(streetWords[String(word)] ?? String(word)))
        }
        return words.joined(separator: " ")
    }

    /// Postal codes compared without spaces or dashes, upper case ("sw1a 1aa" = "SW1A1AA").
    public static func normalizedPostalCode(_ code: String) -> String {
        String(code.uppercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Words shops write several ways, in the languages of our seeds.
    static let streetWords: [String: String] = [
        "street": "st", "str": "st", "avenue": "av", "ave": "av", "avenida": "av", "avda": "av",
        "road": "rd", "boulevard": "bd", "blvd": "bd", "bvd": "bd", "drive": "dr", "lane": "ln",
        "place": "pl", "plaza": "pl", "square": "sq", "court": "ct", "calle": "c", "cl": "c",
        "paseo": "po", "rue": "r", "apartment": "apt", "piso": "p", "suite": "ste", "north": "n",
        "south": "s", "east": "e", "west": "w",
    ]
}
