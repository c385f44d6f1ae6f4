import Foundation

/// An amount in integer minor units (cents) and an ISO 4217 currency: never floating point.
public struct Money: Hashable, Sendable, Codable, Comparable {
    public var minorUnits: Int64
    public var currency: String

    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency.uppercased()
    }

    /// Digits after the decimal point for the currency (JPY has none, most have two).
    public static func fractionDigits(for currency: String) -> Int {
        ["JPY", "KRW", "CLP", "VND", "ISK", "XOF", "XAF", "PYG", "UGX"].contains(currency.uppercased()) ? 0 : 2
    }

    /// Parses "12.50", "12,50", "1,234.50" for the currency; nil when it is not an amount.
    public init?(parsing text: String, currency: String) {
        var cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
        let negative = cleaned.hasPrefix("-")
        if negative { cleaned.removeFirst() }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        // The last separator followed by 1–2 digits is the decimal point; others group thousands.
        var integerPart = cleaned, fraction = ""
        if let index = cleaned.lastIndex(where: { $0 == "." || $0 == "," }) {
            let after = cleaned[cleaned.index(after: index)...]
            if after.count <= 2 && !after.isEmpty {
                integerPart = String(cleaned[..<index])
                fraction = String(after)
            }
        }
        integerPart.removeAll { $0 == "." || $0 == "," }
        let digits = Money.fractionDigits(for: currency)
        guard fraction.count <= digits, let whole = Int64(integerPart.isEmpty ? "0" : integerPart) else { return nil }
        let fractionValue = Int64(fraction.padding(toLength: digits, withPad: "0", startingAt: 0)) ?? 0
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let (product, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        self.init(minorUnits: (product + fractionValue) * (negative ? -1 : 1), currency: currency)
    }

    /// "USD 12.50" — unambiguous in a terminal whatever the locale.
    public var formatted: String { "\(currency) \(decimalString)" }

    /// Minor units in one unit of the currency: 100 for EUR/USD/MXN, 1 for JPY.
    public static func minorUnitsPerUnit(of currency: String) -> Int64 {
        (0..<fractionDigits(for: currency)).reduce(1) { value, _ in value * 10 }
    }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        (lhs.currency, lhs.minorUnits) < (rhs.currency, rhs.minorUnits)
    }
}
