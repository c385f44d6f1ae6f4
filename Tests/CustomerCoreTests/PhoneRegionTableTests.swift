import CPhoneNumber
import Foundation
import Testing
@testable import CustomerCore

/// `PhoneRegionTable` answers for libphonenumber so that a command need not start it: every entry
/// must be what the linked library says, and its fewest-digits bound must never hide a valid number.
@Suite struct PhoneRegionTableTests {
    /// Each supported region's line as the library gives it, in the table's own form.
    static func libraryEntries() -> [String: String] {
        let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { Character(Unicode.Scalar($0)) }
        var entries: [String: String] = [:]
        for region in letters.flatMap({ first in letters.map { String([first, $0]) } }) where cphone_is_supported_region(region) == 1 {
            var prefix = [CChar](repeating: 0, count: 8)
            cphone_national_prefix_for_region(region, &prefix, Int32(prefix.count))
            let text = String(cString: prefix)
            entries[region] = "\(region) \(cphone_country_code_for_region(region)) \(text.isEmpty ? "-" : text) \(cphone_shortest_valid_digits(region))"
        }
        return entries
    }

    @Test func everyRegionCountryCodePrefixAndBoundIsTheLinkedLibrarys() {
        let library = Self.libraryEntries()
        let table = PhoneRegionTable.byRegion.mapValues { facts in
            "\(facts.countryCode) \(facts.nationalPrefix.isEmpty ? "-" : facts.nationalPrefix) \(facts.fewestValidDigits)"
        }
        let differing = Set(library.keys).union(table.keys).sorted().filter { region in
            library[region] != table[region].map { "\(region) \($0)" }
        }
        let regenerated = library.keys.sorted().map { library[$0]! }
        #expect(library.count > 200, "libphonenumber lists \(library.count) regions")
        #expect(differing.isEmpty, """
            PhoneRegionTable differs from the linked libphonenumber for \(differing.joined(separator: " ")); \
            its entries are now:
            \(stride(from: 0, to: regenerated.count, by: 6).map { regenerated[$0..<min($0 + 6, regenerated.count)].joined(separator: "  ") }.joined(separator: "\n"))
            """)
    }

    /// The bound checked by what it promises: digit strings shorter than it, written any way
    /// (with a national prefix, "00" or the region's own call prefix in front, punctuated), never
    /// parse as valid in their region — and strings at the bound's length sometimes do, where
    /// the region has numbers that short, so the bound is not simply set too low to matter.
    @Test func fewerDigitsThanTheBoundNeverReadAsAValidNumber() {
        var random = DemoRandom(seed: 19)
        var parsed = 0
        for region in PhoneNumberParser.supportedRegions {
            let parser = PhoneNumberParser(defaultRegion: region)
            let fewest = parser.fewestValidDigits
            guard fewest > 3 else { continue }
            let starts = ["", "0", "00", "011", "1", parser.nationalPrefix, String(parser.countryCode)]
            for _ in 0..<300 {
                // Most strings one digit short of the bound and written plainly: where a bound set
                // too high would show first.
                let start = random.chance(50) ? "" : random.pick(starts)
                let length = random.chance(50) ? fewest - 1 : random.int(3...(fewest - 1))
                guard start.count < length else { continue }
                var digits = start
                while digits.count < length { digits.append(Character(String(random.int(0...9)))) }
                let text = random.chance(30) ? digits.map(String.init).joined(separator: random.pick([" ", "-", "."])) : digits
                parsed += 1
                #expect((try? parser.parse(text)) == nil, "“\(text)” has \(length) digits, below \(fewest), and is valid in \(region)")
            }
        }
        #expect(parsed > 10_000)
    }

    @Test func theShopRegionsOfTheProductBoundLastDigitLookups() {
        for region in ["US", "CA", "FR", "ES", "GB", "MX"] {
            #expect(PhoneNumberParser(defaultRegion: region).fewestValidDigits == 6, "\(region)")
        }
    }

    @Test func asciiDigitsAreTheLibrarysDigits() {
        for text in ["+1 (415) 555-0134", "0134", "abc", "", "1-800-FLOWERS", "tel:+33 6 12#34", "\u{7F}9\t8"] {
            var buffer = [CChar](repeating: 0, count: 64)
            cphone_normalize_digits(text, &buffer, Int32(buffer.count))
            #expect(PhoneDigits.digits(in: text) == String(cString: buffer), "\(text)")
        }
        #expect(PhoneDigits.digits(in: "+1 415 ５５５ ٠١٣٤") == "14155550134")
    }
}
