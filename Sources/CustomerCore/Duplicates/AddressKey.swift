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
        let place = postal.isEmpty ? "@" + words(SearchFolding.fold(address.locality)).joined() : postal
        return street + "|" + place
    }

    /// "12, Main Street." → "12 main st".
    public static func normalizedStreet(_ line: String) -> String {
        words(SearchFolding.fold(line)).map { streetWords[$0] ?? $0 }.joined(separator: " ")
    }

    /// Postal codes compared without spaces or dashes, upper case ("sw1a 1aa" = "SW1A1AA").
    public static func normalizedPostalCode(_ code: String) -> String {
        words(code.uppercased()).joined()
    }

    /// The runs of letters and digits. Computed for every imported row: ASCII text (nearly all
    /// of it, once folded) is split byte by byte, without Unicode property lookups.
    static func words(_ text: String) -> [String] {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        }
        var words: [String] = []
        var current: [UInt8] = []
        for byte in bytes {
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isWordByte { current.append(byte); continue }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
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
