import Foundation
import Testing
@testable import CustomerCore
import CPhoneNumber

@Suite struct PhoneNumberTests {
    @Test(arguments: ["+1 (415) 555-0134", "415.555.0134", "(415) 555-0134", "415 555 0134", "1-415-555-0134", "tel:+1-415-555-0134", "+1 415 ５５５ 0134"])
    func usNumbersWrittenAnyWayShareOneE164(_ text: String) throws {
        #expect(try PhoneNumberParser(defaultRegion: "US").parse(text).e164 == "+14155550134")
    }

    @Test(arguments: ["06 12 34 56 78", "06.12.34.56.78", "0612345678", "+33 6 12 34 56 78", "0033 6 12 34 56 78"])
    func frenchMobileWrittenNationallyParsesToE164(_ text: String) throws {
        let number = try PhoneNumberParser(defaultRegion: "FR").parse(text)
        #expect(number.e164 == "+33612345678")
        #expect(number.regionCode == "FR")
        #expect(number.nationalNumber == "612345678")
    }

    @Test func spanishMexicanAndBritishNumbersParse() throws {
        #expect(try PhoneNumberParser(defaultRegion: "ES").parse("612 34 56 78").e164 == "+34612345678")
        #expect(try PhoneNumberParser(defaultRegion: "ES").parse("0034 612 34 56 78").e164 == "+34612345678")
        #expect(try PhoneNumberParser(defaultRegion: "MX").parse("55 1234 5678").e164 == "+525512345678")
        #expect(try PhoneNumberParser(defaultRegion: "GB").parse("020 7946 0018").e164 == "+442079460018")
    }

    @Test func zeroZeroIsReadAsTheInternationalPrefixEvenWhereTheRegionDialsAnother() throws {
        #expect(try PhoneNumberParser(defaultRegion: "US").parse("0034 612 34 56 78").e164 == "+34612345678")
        #expect(try PhoneNumberParser(defaultRegion: "US").parse("011 34 612 34 56 78").e164 == "+34612345678")
    }

    @Test func aNumberWithItsCountryCodeIgnoresTheShopsRegion() throws {
        let number = try PhoneNumberParser(defaultRegion: "US").parse("+34 612 34 56 78")
        #expect(number.e164 == "+34612345678")
        #expect(number.regionCode == "ES")
    }

    /// The parser's shortcut (valid in the main region of its country code → that region) must
    /// give what libphonenumber's whole region search gives, valid numbers and invalid ones alike.
    @Test func theShortcutAgreesWithTheWholeRegionSearchForEveryRegionsExamples() {
        var first = [CChar](repeating: 0, count: 64)
        let mismatches = cphone_fast_path_mismatches(&first, Int32(first.count))
        #expect(mismatches == 0, "first disagreement: \(String(cString: first))")
    }

    @Test(arguments: ["(416) 555-0134", "+1 416 555 0134", "+1 787 555 0134", "+1 868 555 0134", "+44 1481 256789",
                      "+44 1624 456789", "+44 1534 456789", "+358 18 12345", "+39 06 698 12345", "+7 701 234 5678",
                      "+262 262 16 1234", "+262 269 60 1234", "+590 590 27 1234", "+590 590 87 1234", "+61 8 9164 1234",
                      "+47 79 02 1234", "+212 528 12 3456", "+800 1234 5678", "+1 415-200-0001", "0033 600160727",
                      "+52 55 00 17 76 55", "+34-600126909", "415.200.0002", "14152000003", "+1 415 555 01345",
                      // Punctuation the digits-only shortcut drops, and what it must leave as written.
                      "1-2", "12", "1 2 3", "+44 (0) 20 7946 0018", "(0) 20 7946 0018", "+1 (415) 555-0134", "415..555..0134",
                      "  +33 6 12 34 56 78", "+ 33 6 12 34 56 78", "+-33 6 12 34 56 78", "(((415)))5550134",
                      "4-1-5-5-5-5-0-1-3-4", "+1-", "-415 555 0134", "415 555 0134-", "415 555 0134 ext 12",
                      "415 555 0134 x12", "415 555 0134#12", "1-800-FLOWERS", "+1 415 555 0134 / 0135", "+33 (6) 12 34 56 78",
                      "0 800 123 456", "0034 612 34 56 78", "011 34 612 34 56 78", "00 1 415 555 0134", "+"])
    func theShortcutAgreesWithTheWholeRegionSearchForSharedCountryCodes(_ text: String) {
        for region in ["US", "CA", "GB", "FR", "ES", "MX"] {
            #expect(cphone_parse_agrees_with_thorough_path(text, region) == 1, "\(text) in \(region)")
        }
    }

    @Test func displayFormsComeFromLibphonenumber() throws {
        let number = try PhoneNumberParser(defaultRegion: "US").parse("4155550134")
        #expect(number.nationalFormat == "(415) 555-0134")
        #expect(number.internationalFormat == "+1 415-555-0134")
        #expect(number.lastDigits(4) == "0134")
    }

    @Test func refusalsSayWhy() {
        let us = PhoneNumberParser(defaultRegion: "US")
        #expect(throws: PhoneNumberError.empty) { try us.parse("  ") }
        #expect(throws: PhoneNumberError.tooShort("12")) { try us.parse("12") }
        #expect(throws: PhoneNumberError.notANumber("hello")) { try us.parse("hello") }
        do {
            _ = try us.parse("+1 555 0000 000")
            Issue.record("an unassigned number must be refused")
        } catch {
            #expect(error.message.contains("is not a valid number in United States (+1)"), "\(error.message)")
        }
        do {
            _ = try PhoneNumberParser(defaultRegion: "FR").parse("01 23")
            Issue.record("a partial number must be refused")
        } catch {
            #expect(error.message.contains("01 23"))
        }
    }

    @Test func anUnknownRegionFallsBackToTheUnitedStates() {
        #expect(PhoneNumberParser(defaultRegion: "XX").defaultRegion == "US")
        #expect(PhoneNumberParser(defaultRegion: "fr").defaultRegion == "FR")
    }

    @Test func nationalPrefixAndCountryCodeComeFromTheMetadata() {
        #expect(PhoneNumberParser(defaultRegion: "FR").nationalPrefix == "0")
        #expect(PhoneNumberParser(defaultRegion: "FR").countryCode == 33)
        #expect(PhoneNumberParser(defaultRegion: "ES").nationalPrefix == "")
    }

    @Test func theRegionOfALocaleNameIsItsCountry() {
        #expect(PhoneNumberParser.region(fromLocaleName: "es_MX.UTF-8") == "MX")
        #expect(PhoneNumberParser.region(fromLocaleName: "fr_FR") == "FR")
        #expect(PhoneNumberParser.region(fromLocaleName: "C.UTF-8") == nil)
        #expect(PhoneNumberParser.region(fromLocaleName: "en") == nil)
    }

    @Test func digitsOfAnyScriptBecomeAscii() {
        #expect(PhoneDigits.digits(in: "+1 (415) ５５５-٠١٣٤") == "14155550134")
    }

    @Test func manyTasksCanParseAtOnce() async {
        let inputs = ["+1 (415) 555-0134", "06 12 34 56 78", "612 34 56 78", "55 1234 5678"]
        let regions = ["US", "FR", "ES", "MX"]
        let expected = ["+14155550134", "+33612345678", "+34612345678", "+525512345678"]
        let failures = await withTaskGroup(of: Int.self) { group in
            for task in 0..<16 {
                group.addTask {
                    var failures = 0
                    for round in 0..<200 {
                        let index = (task + round) % 4
                        if (try? PhoneNumberParser(defaultRegion: regions[index]).parse(inputs[index]).e164) != expected[index] { failures += 1 }
                    }
                    return failures
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
    }
}
