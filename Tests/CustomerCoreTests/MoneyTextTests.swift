import Foundation
import Testing
import CustomerCore

/// Money typed and read in each interface language: exact minor units, never a Double.
@Suite struct MoneyTextTests {
    @Test(arguments: [
        ("35", 3500), ("35.5", 3550), ("35,50", 3550), ("1 234,56", 123_456), ("1.234,56", 123_456), ("1,234.56", 123_456),
        ("0.01", 1), ("EUR 12", 1200), ("12 €", 1200), ("1\u{202F}234,5", 123_450), ("1,234,567", 123_456_700),
    ])
    func typedAmountsAreReadExactly(_ text: String, _ minor: Int64) {
        #expect(Money.parse(text, currency: "EUR", style: .english)?.minorUnits == minor, "\(text)")
        #expect(Money.parse(text, currency: "EUR", style: .french)?.minorUnits == minor, "\(text)")
    }

    @Test(arguments: ["", "abc", "-5", "1.2.3,4", "12,345,6", "35.", "1,2345", "35.555", "9223372036854775807"])
    func notAnAmount(_ text: String) {
        #expect(Money.parse(text, currency: "EUR", style: .english) == nil, "\(text)")
    }

    @Test func threeDigitsAfterTheLanguagesDecimalSeparatorAreRefusedAsAmbiguous() {
        #expect(Money.parse("1,234", currency: "EUR", style: .english)?.minorUnits == 123_400)
        #expect(Money.parse("1,234", currency: "EUR", style: .french) == nil)
        #expect(Money.parse("1.234", currency: "EUR", style: .spanish)?.minorUnits == 123_400)
        #expect(Money.parse("1.234", currency: "EUR", style: .english) == nil)
        #expect(Money.parse("1200", currency: "JPY", style: .english)?.minorUnits == 1200)
        #expect(Money.parse("12.5", currency: "JPY", style: .english) == nil)
    }

    @Test func amountsAreWrittenForEachLanguageAndForScripts() {
        let money = Money(minorUnits: 123_456, currency: "EUR")
        #expect(money.formatted(.english) == "EUR 1,234.56")
        #expect(money.formatted(.french) == "1\u{202F}234,56 EUR")
        #expect(money.formatted(.spanish) == "1.234,56 EUR")
        #expect(money.decimalString == "1234.56")
        #expect(Money(minorUnits: 5, currency: "USD").decimalString == "0.05")
        #expect(Money(minorUnits: -3500, currency: "MXN").formatted(.english) == "MXN -35.00")
        #expect(Money(minorUnits: 1200, currency: "JPY").decimalString == "1200")
        #expect(Money.defaultCurrency(region: "mx") == "MXN" && Money.defaultCurrency(region: "FR") == "EUR" && Money.defaultCurrency(region: "US") == "USD")
    }

    @Test func overlapsAreTheSameStaffMembersTimeOnly() {
        let start = Date(timeIntervalSince1970: 1_796_288_400)
        func booking(_ id: Int64, _ offset: Double, _ minutes: Int, _ staff: String, _ status: Booking.Status = .scheduled) -> Booking {
            Booking(id: id, customerID: 1, startsAt: start + offset * 60, durationMinutes: minutes, service: "Cut", staff: staff, status: status)
        }
        let list = [booking(1, 0, 60, "Lea"), booking(2, 30, 30, "lea"), booking(3, 60, 30, "Lea"), booking(4, 0, 60, "Tom"),
                    booking(5, 0, 600, "Lea", .cancelled), booking(6, 0, 60, ""), booking(7, 0, 60, "")]
        #expect(Booking.overlapping(list) == [1, 2])
        #expect(list[0].overlaps(list[1]) && !list[0].overlaps(list[2]) && !list[0].overlaps(list[0]) && !list[5].overlaps(list[6]))
    }
}
