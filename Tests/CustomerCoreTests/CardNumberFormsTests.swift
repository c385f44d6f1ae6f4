import Foundation
import Testing
@testable import CustomerCore

/// The guard reads a card number however it is written (issue 12, point 17), and still lets
/// ordinary numbers through.
@Suite struct CardNumberFormsTests {
    @Test(arguments: ["4111.1111.1111.1111", "4111/1111/1111/1111", "4111 - 1111 - 1111 - 1111", "4111_1111_1111_1111",
                      "4111,1111,1111,1111", "4111\u{2013}1111\u{2013}1111\u{2013}1111", "4111\u{2014}1111\u{2014}1111\u{2014}1111",
                      "4111\u{00A0}1111\u{00A0}1111\u{00A0}1111", "4111\u{2009}1111\u{2009}1111\u{2009}1111",
                      "4111\u{202F}1111\u{202F}1111\u{202F}1111", "4111\u{200B}1111\u{200B}1111\u{200B}1111",
                      "4111\t1111\t1111\t1111", "card 4111 1111\n1111 1111 thanks", "4111\r\n1111\r\n1111\r\n1111",
                      "４１１１１１１１１１１１１１１１", "٤١١١ ١١١١ ١١١١ ١١١١", "3782.822463.10005", "4\u{200D}111111111111111",
                      "Amex 3782 822463 10005."])
    func everyWrittenFormIsFound(_ text: String) {
        #expect(SensitiveDataGuard.scan(text) == .cardNumber)
    }

    @Test(arguments: ["Phone +1 415 555 0134", "2026-12-01", "Paid 1,234.56 on 2026-12-01", "2026-12-01T10:30:00Z",
                      "2026-12-01 10:30:00.123+01:00", "Ref 123456789012", "4111.1111.1111.1112", "٤١١١ ١١١١ ١١١١ ١١١٢",
                      "Order 1234567890123", "4111 1111          1111 1111", "+44 20 7946 0958, +44 20 7946 0959"])
    func ordinaryNumbersAreLeftAlone(_ text: String) {
        #expect(SensitiveDataGuard.scan(text) == nil)
    }

    @Test func theMaskKeepsTheLastFourAndTheRestOfTheText() {
        #expect(SensitiveDataGuard.maskingCardNumbers("paid with 4111-1111-1111-1111 today") == "paid with •••• 1111 today")
        #expect(SensitiveDataGuard.maskingCardNumbers("378282246310005 and ４１１１１１１１１１１１１１１１") == "•••• 0005 and •••• 1111")
        #expect(SensitiveDataGuard.maskingCardNumbers("Phone +1 415 555 0134") == "Phone +1 415 555 0134")
    }

    /// Digits and separators (the worst case: every group joins one sequence and none is a card):
    /// ten times the text takes about ten times as long, never a hundred (a 2 MB note must not be
    /// quadratic). A ratio, not a duration, so a slow or busy machine does not fail it.
    @Test func aLongTextIsScannedInLinearTime() {
        func seconds(_ groups: Int) -> Double {
            let text = String(repeating: "0000 ", count: groups)
            let start = Date()
            #expect(SensitiveDataGuard.scan(text) == nil)
            return Date().timeIntervalSince(start)
        }
        let small = seconds(20_000), large = seconds(200_000)
        #expect(large < max(small, 0.01) * 40)
    }

    @Test func defaultGroupNameOfACardNumberFileIsMasked() {
        let name = ImportPlan.defaultGroupName(fileName: "378282246310005.csv", date: Date(timeIntervalSince1970: 0))
        #expect(name.hasPrefix("Import •••• 0005 "))
        #expect(SensitiveDataGuard.scan(name) == nil)
    }

    /// "12345.csv" at 2026-12-01 22:20 reads "12345 2026-12-01 22", a Luhn-valid 15-digit run: the
    /// name must still be one the guard accepts, whatever the minute.
    @Test func defaultGroupNameIsAlwaysAccepted() {
        for minute in 0..<(24 * 60) {
            for file in ["12345.csv", "378282246310005.csv", "0005.csv"] {
                let name = ImportPlan.defaultGroupName(fileName: file, date: Date(timeIntervalSince1970: Double(minute * 60)))
                #expect(SensitiveDataGuard.scan(name) == nil, Comment(rawValue: name))
            }
        }
    }
}
