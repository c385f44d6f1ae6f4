/// Writes CSV lines (RFC 4180: CRLF, quotes doubled) with cells neutralised against spreadsheet
/// formula injection: text starting with =, +, -, @, tab or CR gets a leading apostrophe.
public enum CSVWriter {
    /// `phoneColumns` are the indexes of cells holding phone numbers: the only cells that may keep a
    /// leading + or - (anywhere else "-1+2" is a formula a spreadsheet would run).
    public static func line(_ cells: [String], neutralizeFormulas: Bool = true, phoneColumns: Set<Int> = []) -> String {
        cells.enumerated().map { cell($0.element, neutralizeFormulas: neutralizeFormulas, isPhone: phoneColumns.contains($0.offset)) }
            .joined(separator: ",") + "\r\n"
    }

    public static func cell(_ raw: String, neutralizeFormulas: Bool = true, isPhone: Bool = false) -> String {
        var value = raw
        if neutralizeFormulas, needsFormulaGuard(value) {
            // A phone number like "+1 (415) 555-0134" is data, not a formula: kept as typed, in a phone column only.
            let isPhoneNumber = isPhone && (value.first == "+" || value.first == "-")
                && value.allSatisfy { ("0"..."9").contains($0) || " +-().".contains($0) } && value.contains { ("0"..."9").contains($0) }
            if !isPhoneNumber { value = "'" + value }
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || value.hasPrefix(" ") || value.hasSuffix(" ") {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Text a spreadsheet would read as a formula, or text that already carries guard apostrophes
    /// before one ("'=x" becomes "''=x"), so that the importer, which takes one apostrophe away
    /// (`ImportValues.withoutFormulaGuard`), gives back exactly what was exported.
    static func needsFormulaGuard(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return formulaStarts.contains(first)
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        var result = ""
        var remainder = Substring(self)
        while let range = remainder.range(of: target) {
            result += remainder[..<range.lowerBound] + replacement
            remainder = remainder[range.upperBound...]
        }
        return result + remainder
    }
}
