import Foundation

/// Money as people type and read it in each interface language, and as scripts read it: exact, in
/// minor units, never through floating point.
extension Money {
    /// How a language writes amounts: its decimal separator, its thousands separator, and whether the
    /// currency's code goes before the amount ("USD 1,234.50") or after it ("1 234,50 EUR").
    public struct Style: Hashable, Sendable {
        public var decimalSeparator: Character
        public var groupingSeparator: String
        public var codeFirst: Bool

        public init(decimalSeparator: Character, groupingSeparator: String, codeFirst: Bool) {
            self.decimalSeparator = decimalSeparator
            self.groupingSeparator = groupingSeparator
            self.codeFirst = codeFirst
        }

        /// English: "USD 1,234.50".
        public static let english = Style(decimalSeparator: ".", groupingSeparator: ",", codeFirst: true)
        /// French: "1 234,50 EUR" (a narrow no-break space groups thousands).
        public static let french = Style(decimalSeparator: ",", groupingSeparator: "\u{202F}", codeFirst: false)
        /// Spanish: "1.234,50 EUR".
        public static let spanish = Style(decimalSeparator: ",", groupingSeparator: ".", codeFirst: false)
    }

    /// Reads what a person typed in a language whose decimal separator is `style.decimalSeparator`:
    /// "35", "35.5", "35,50", "1 234,56", "1.234,56", "1,234.56", an optional currency code or sign
    /// around it. A separator followed by one or two digits (at most the currency's fraction digits) is
    /// the decimal point; one followed by three digits groups thousands unless it is the language's own
    /// decimal separator ("1,234" in French is refused as ambiguous rather than read as 1234). Nil when
    /// it is not an amount, is negative, or has more decimals than the currency.
    public static func parse(_ text: String, currency: String, style: Style) -> Money? {
        var cleaned = text.trimmingCharacters(in: .whitespaces)
        let code = currency.uppercased()
        if cleaned.uppercased().hasPrefix(code) { cleaned.removeFirst(code.count) }
        if cleaned.uppercased().hasSuffix(code) { cleaned.removeLast(code.count) }
        cleaned.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "'" || "$€£".contains($0) }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              cleaned.first?.isNumber == true || cleaned.first == "." || cleaned.first == "," else { return nil }
        let digits = fractionDigits(for: code)
        var integerPart = cleaned, fraction = ""
        if let index = cleaned.lastIndex(where: { $0 == "." || $0 == "," }) {
            let after = cleaned[cleaned.index(after: index)...]
            let separator = cleaned[index]
            let separatorCount = cleaned.filter { $0 == separator }.count
            let otherSeparators = cleaned.contains(where: { ($0 == "." || $0 == ",") && $0 != separator })
            if after.count == 3 && separator == style.decimalSeparator && separatorCount == 1 && !otherSeparators && digits < 3 {
                return nil
            }
            if !after.isEmpty && after.count <= max(digits, 2) && !(after.count == 3) && separatorCount == 1 {
                integerPart = String(cleaned[..<index])
                fraction = String(after)
            } else if after.count != 3 {
                return nil
            }
        }
        // Grouping: every group after the first has three digits.
        let groups = integerPart.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        integerPart.removeAll { $0 == "." || $0 == "," }
        guard fraction.count <= digits, let whole = Int64(integerPart.isEmpty ? "0" : integerPart) else { return nil }
        let fractionValue = Int64(fraction.padding(toLength: digits, withPad: "0", startingAt: 0)) ?? 0
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let (product, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        let (total, overflowed) = product.addingReportingOverflow(fractionValue)
        guard !overflowed else { return nil }
        return Money(minorUnits: total, currency: code)
    }

    /// "35.00", "-1234.50", "1200" (JPY): the plain decimal scripts read (JSON amounts are this string).
    public var decimalString: String {
        let digits = Money.fractionDigits(for: currency)
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        guard digits > 0 else { return "\(sign)\(magnitude)" }
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let fraction = String(magnitude % scale)
        return "\(sign)\(magnitude / scale).\(String(repeating: "0", count: digits - fraction.count))\(fraction)"
    }

    /// The amount for a person reading `style`'s language: "USD 1,234.50", "1 234,50 EUR".
    public func formatted(_ style: Style) -> String {
        let digits = Money.fractionDigits(for: currency)
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        var whole = String(magnitude / scale)
        var grouped = ""
        while whole.count > 3 {
            grouped = style.groupingSeparator + String(whole.suffix(3)) + grouped
            whole.removeLast(3)
        }
        grouped = whole + grouped
        var number = sign + grouped
        if digits > 0 {
            let fraction = String(magnitude % scale)
            number += String(style.decimalSeparator) + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return style.codeFirst ? "\(currency) \(number)" : "\(number) \(currency)"
    }

    /// The sum of amounts of one currency; nil when they mix currencies or the sum overflows.
    public static func sum(_ amounts: [Money], currency: String) -> Money? {
        var total: Int64 = 0
        for amount in amounts {
            guard amount.currency == currency.uppercased() else { return nil }
            let (next, overflow) = total.addingReportingOverflow(amount.minorUnits)
            guard !overflow else { return nil }
            total = next
        }
        return Money(minorUnits: total, currency: currency)
    }

    /// The shop's currency when the `currency` setting is not set: the region's own (EUR in the euro
    /// area, MXN in Mexico…), else USD.
    public static func defaultCurrency(region: String) -> String {
        let euro: Set<String> = ["AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK"]
        let own: [String: String] = ["MX": "MXN", "GB": "GBP", "CA": "CAD", "CH": "CHF", "AR": "ARS", "CO": "COP", "CL": "CLP",
                                     "PE": "PEN", "BR": "BRL", "JP": "JPY", "AU": "AUD", "MA": "MAD", "SN": "XOF", "CI": "XOF", "BE": "EUR"]
        let code = region.uppercased()
        if euro.contains(code) { return "EUR" }
        return own[code] ?? "USD"
    }
}
