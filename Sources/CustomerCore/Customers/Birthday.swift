import Foundation

/// A birthday with or without its year, written `MM-DD` or `YYYY-MM-DD` (PRODUCT §1).
public struct Birthday: Hashable, Sendable, Codable, CustomStringConvertible {
    public let year: Int?
    public let month: Int
    public let day: Int

    /// Refuses impossible dates (31 April, 29 February of a non-leap year).
    public init?(year: Int?, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1 else { return nil }
        if let year, !(1900...2100).contains(year) { return nil }
        let leap: Bool = {
            guard let year else { return true }  // "02-29" without a year is a real birthday
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        }()
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= days[month - 1] else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD` or `YYYY-MM-DD` (the stored form); import accepts more forms elsewhere.
    public init?(_ text: String) {
        // The stored forms, read from their bytes (every profile an export or a card reads has one).
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        if bytes.count == 5, bytes[2] == 0x2D, let month = number(0..<2), let day = number(3..<5) {
            self.init(year: nil, month: month, day: day)
            return
        }
        if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D, let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) {
            self.init(year: year, month: month, day: day)
            return
        }
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.map { Int($0) }
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        switch parts.count {
        case 2 where parts[0].count <= 2 && parts[1].count <= 2:
            self.init(year: nil, month: numbers[0]!, day: numbers[1]!)
        case 3 where parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2:
            self.init(year: numbers[0]!, month: numbers[1]!, day: numbers[2]!)
        default:
            return nil
        }
    }

    /// `MM-DD` or `YYYY-MM-DD`.
    public var description: String {
        // Not String(format:): that goes through Foundation's varargs formatter, which showed in
        // import profiles (a birthday is written for every imported row).
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let monthDay = twoDigits(month) + "-" + twoDigits(day)
        guard let year else { return monthDay }
        return String(year) + "-" + monthDay
    }
}
