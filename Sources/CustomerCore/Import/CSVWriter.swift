/// Writes CSV lines (RFC 4180: CRLF, quotes doubled) with cells neutralised against spreadsheet
/// formula injection: text starting with =, +, -, @, tab or CR gets a leading apostrophe.
public enum CSVWriter {
    /// `phoneColumns` are the indexes of cells holding phone numbers: the only cells that may keep a
    /// leading + or - (anywhere else "-1+2" is a formula a spreadsheet would run). `delimiter` and
    /// `lineEnding` let a file be written back as its source was (the rejects file).
    public static func line(_ cells: [String], neutralizeFormulas: Bool = true, phoneColumns: Set<Int> = [],
                            delimiter: Character = ",", lineEnding: String = "\r\n") -> String {
        let delimiterByte = delimiter.asciiValue ?? 0x2C
        let separator = String(delimiter)  // appended as a String, as the "," it replaces was
        var line = ""
        line.reserveCapacity(cells.reduce(cells.count + 2) { $0 + $1.utf8.count })
        for (index, value) in cells.enumerated() {
            if index > 0 { line += separator }
            line += cell(value, neutralizeFormulas: neutralizeFormulas, isPhone: phoneColumns.contains(index), delimiter: delimiterByte)
        }
        return line + lineEnding
    }

    public static func cell(_ raw: String, neutralizeFormulas: Bool = true, isPhone: Bool = false, delimiter: UInt8 = 0x2C) -> String {
        var value = raw
        // Bytes rather than Characters throughout: an export of a million profiles writes 17
        // million cells, and comparing Characters was most of its time.
        if neutralizeFormulas, needsFormulaGuard(value) {
            // A phone number like "+1 (415) 555-0134" is data, not a formula: kept as typed, in a phone column only.
            let bytes = value.utf8
            let isPhoneNumber = isPhone && (bytes.first == 0x2B || bytes.first == 0x2D)
                && bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || phoneSymbols.contains($0) } && bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
            if !isPhoneNumber { value = "'" + value }
        }
        let bytes = value.utf8
        if bytes.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) || bytes.first == 0x20 || bytes.last == 0x20 {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// Besides digits, what a phone number written for people holds: " +-().".
    static let phoneSymbols: Set<UInt8> = [0x20, 0x2B, 0x2D, 0x28, 0x29, 0x2E]

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Text a spreadsheet would read as a formula, or text that already carries guard apostrophes
    /// before one ("'=x" becomes "''=x"), so that the importer, which takes one apostrophe away
    /// (`ImportValues.withoutFormulaGuard`), gives back exactly what was exported.
    static func needsFormulaGuard(_ value: String) -> Bool {
        // Every formula start is ASCII: the first byte that is not an apostrophe decides.
        guard let first = value.utf8.first(where: { $0 != 0x27 }) else { return false }
        return first < 0x80 && formulaStarts.contains(Unicode.Scalar(first))
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
