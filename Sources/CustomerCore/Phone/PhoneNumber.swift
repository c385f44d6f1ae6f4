import CPhoneNumber
import Foundation

/// A valid phone number as libphonenumber understands it, with its display forms.
public struct PhoneNumber: Hashable, Sendable, Codable {
    /// "+14155550134": the key phones are stored and compared by.
    public let e164: String
    /// The country the number belongs to ("US"), nil for non-geographic numbers.
    public let regionCode: String?
    public let countryCode: Int
    /// National significant number, digits only ("4155550134").
    public let nationalNumber: String

    /// "(415) 555-0134". Formatted when asked (for display), not on every parse.
    public var nationalFormat: String { Self.format(e164, international: false) }
    /// "+1 415-555-0134".
    public var internationalFormat: String { Self.format(e164, international: true) }

    static func format(_ e164: String, international: Bool) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        cphone_format(e164, international ? 1 : 0, &buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The last `count` digits, the key a counter types when the customer says only the end.
    public func lastDigits(_ count: Int) -> String { String(e164.suffix(count)) }
}

/// Why a text is not a usable phone number, worded for the person at the counter.
public enum PhoneNumberError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case notANumber(String)
    case invalidCountryCode(String)
    case tooShort(String)
    case tooLong(String)
    /// It parses, but no such number exists in the region's numbering plan.
    case invalidForRegion(String, region: String, countryCode: Int)

    public var message: String {
        switch self {
        case .empty: "no phone number was given"
        case .notANumber(let text): "“\(text)” is not a phone number"
        case .invalidCountryCode(let text): "“\(text)” starts with a country code that does not exist"
        case .tooShort(let text): "“\(text)” is too short to be a phone number"
        case .tooLong(let text): "“\(text)” is too long to be a phone number"
        case .invalidForRegion(let text, let region, let code):
            "“\(text)” is not a valid number in \(PhoneNumberParser.regionName(region)) (+\(code))"
        }
    }

    public var description: String { message }
}

/// Reads phone numbers written any way, for the shop's default region, through libphonenumber.
public struct PhoneNumberParser: Sendable {
    public let defaultRegion: String

    /// An unknown region falls back to "US", so a typo in a setting never stops the counter.
    public init(defaultRegion: String) {
        let region = defaultRegion.uppercased()
        self.defaultRegion = PhoneNumberParser.isSupported(region: region) ? region : "US"
    }

    /// From `PhoneRegionTable`, which the tests check against libphonenumber: asking the library
    /// would start it (5–7 ms) for a command that may never read a number.
    public static func isSupported(region: String) -> Bool {
        region.utf8.count == 2 && PhoneRegionTable.byRegion[region] != nil
    }

    /// Parses and validates; the error says why a number is refused. "00" is the international
    /// call prefix in most of the world; where the shop's region uses another one (the US: 011),
    /// a number written "0034 612…" that does not parse as dialled is read again as "+34 612…".
    public func parse(_ text: String) throws(PhoneNumberError) -> PhoneNumber {
        do {
            return try parseAsWritten(text)
        } catch {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("00") else { throw error }
            if let number = try? parseAsWritten("+" + trimmed.dropFirst(2)) { return number }
            throw error
        }
    }

    func parseAsWritten(_ text: String) throws(PhoneNumberError) -> PhoneNumber {
        var result = cphone_result()
        cphone_parse(text, defaultRegion, &result)
        var shown: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }  // for messages only
        switch cphone_status(rawValue: UInt32(result.status)) {
        case CPHONE_OK:
            let region = Self.string(result.region)
            return PhoneNumber(
                e164: Self.string(result.e164), regionCode: region.isEmpty ? nil : region,
                countryCode: Int(result.country_code), nationalNumber: Self.string(result.national_number))
        case CPHONE_EMPTY: throw .empty
        case CPHONE_INVALID_COUNTRY_CODE: throw .invalidCountryCode(shown)
        case CPHONE_TOO_SHORT: throw .tooShort(shown)
        case CPHONE_TOO_LONG: throw .tooLong(shown)
        case CPHONE_INVALID_NUMBER:
            let region = Self.string(result.region)
            throw .invalidForRegion(shown, region: region.isEmpty ? defaultRegion : region, countryCode: Int(result.country_code))
        default: throw .notANumber(shown)
        }
    }

    /// The national dialling prefix of the default region ("0" in France, "1" in the US).
    public var nationalPrefix: String { facts.nationalPrefix }

    /// The country calling code of the default region (1, 33, 34…).
    public var countryCode: Int { facts.countryCode }

    /// Text typed without "+" and with fewer digits than this never parses as a valid number in the
    /// default region (6 in the US, FR, ES, GB and MX): a search for the last digits need not parse.
    public var fewestValidDigits: Int { facts.fewestValidDigits }

    /// The default region's entry; `init` keeps only regions the table has.
    private var facts: PhoneRegionTable.Facts {
        PhoneRegionTable.byRegion[defaultRegion] ?? PhoneRegionTable.Facts(countryCode: 1, nationalPrefix: "1", fewestValidDigits: 0)
    }

    /// The region's English name for messages ("France"), else its code.
    public static func regionName(_ region: String) -> String {
        Locale(identifier: "en_US").localizedString(forRegionCode: region) ?? region
    }

    /// The country of a locale name ("es_MX.UTF-8" → "MX"), if it names a supported one.
    public static func region(fromLocaleName name: String) -> String? {
        let base = name.split(separator: ".").first.map(String.init) ?? name
        let parts = base.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard parts.count >= 2 else { return nil }
        let region = parts[1].uppercased()
        return isSupported(region: region) ? region : nil
    }

    /// A NUL-terminated C `char[N]` (imported as a tuple) as a String; taken by value.
    static func string<T>(_ tuple: T) -> String {
        withUnsafeBytes(of: tuple) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}

/// Digits for lookups, whatever script they were typed in.
public enum PhoneDigits {
    /// "+1 (415) ５５５-0134" → "14155550134".
    public static func digits(in text: String) -> String {
        // ASCII text (what a keyboard at the counter types) keeps its digits, as libphonenumber's
        // NormalizeDigitsOnly would; only other scripts need the library, and its start-up.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }, as: UTF8.self)
        }
        var buffer = [CChar](repeating: 0, count: max(64, text.utf8.count * 2 + 1))
        cphone_normalize_digits(text, &buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
