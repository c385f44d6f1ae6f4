import Foundation
import Testing
@testable import CustomerCore

/// A list from another country is recognised before importing: its numbers, written without a
/// country code, do not read as the shop's but do as one other country's.
@Suite struct PhoneRegionGuessTests {
    /// Ten French numbers as a French spreadsheet writes them, two of them not numbers at all.
    let frenchList = ["06 12 34 56 78", "01 42 68 53 00", "06.45.23.11.90", "0781234567", "04 72 10 30 30", "06 98 76 54 32",
                      "02 40 41 90 00", "05 56 10 20 30", "n/a", "123"]

    @Test func aFrenchListInASpanishShopIsSeenAsFrench() throws {
        let guess = try #require(PhoneRegionGuess.guess(phones: frenchList, shopRegion: "ES"))
        #expect(guess.region == "FR")
        #expect(guess.countryCode == 33)
        #expect(guess.readable == 8 && guess.sampled == 10 && guess.readableInShopRegion == 0)
    }

    @Test func aListTheShopsRegionReadsNeedsNoQuestion() {
        #expect(PhoneRegionGuess.guess(phones: frenchList, shopRegion: "FR") == nil)
        // Numbers with their country code read in any region.
        #expect(PhoneRegionGuess.guess(phones: ["+33 6 12 34 56 78", "+34 612 34 56 78", "0033 6 45 23 11 90"], shopRegion: "US") == nil)
    }

    @Test func aFewForeignNumbersAmongTheShopsOwnAreNotAPattern() {
        let mostlySpanish = ["612 34 56 78", "699 11 22 33", "91 123 45 67", "06 12 34 56 78", "06 45 23 11 90"]
        #expect(PhoneRegionGuess.guess(phones: mostlySpanish, shopRegion: "ES") == nil)
    }

    @Test func noPhonesAndNoCountryThatReadsHalfAreNoGuess() {
        #expect(PhoneRegionGuess.guess(phones: [], shopRegion: "ES") == nil)
        #expect(PhoneRegionGuess.guess(phones: ["", "  ", "n/a", "call me", "12"], shopRegion: "ES") == nil)
    }

    @Test func theSampleIsTheFirstDistinctNumbers() throws {
        let repeated = Array(repeating: "06 12 34 56 78", count: 500) + ["01 42 68 53 00"]
        let guess = try #require(PhoneRegionGuess.guess(phones: repeated, shopRegion: "US"))
        #expect(guess.sampled == 2 && guess.region == "FR")
    }

    @Test func thePhoneCellsComeFromTheColumnsMappedToThePhone() throws {
        let reader = try CSVReader(data: Data("Name,Mobile,Note\nAna,06 12 34 56 78,x\nBea,,y\nCarla,01 42 68 53 00,z\n".utf8))
        _ = try reader.next()  // the header
        let cells = try PhoneRegionGuess.phoneCells(from: reader, targets: [.field(.givenName), .field(.phoneNumber), .memo])
        #expect(cells == ["06 12 34 56 78", "01 42 68 53 00"])
    }
}
