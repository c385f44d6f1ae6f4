/// Writes CSV lines (RFC 4180: CRLF, quotes doubled) with cells neutralised against spreadsheet
/// formula injection: text starting with =, +, -, @, tab or CR gets a leading apostrophe.
public enum CSVWriter {
    /// `phoneColumns` are the indexes of cells holding phone numbers: the only cells that may keep a
    /// leading + or - (anywhere else "-1+2" is a formula a spreadsheet would run). `delimiter` and
    /// `lineEnding` let a file be written back as its source was (the rejects file).
    public static func line(_ cells: [String], neutralizeFormulas: Bool = true, phoneColumns: Set<Int> = [],
                            delimiter: Character = ",", lineEnding: String = "\r\n") -> String {
        var line = ""
        line.reserveCapacity(cells.reduce(cells.count + 2) { $0 + $1.utf8.count })
        appendLine(cells, neutralizeFormulas: neutralizeFormulas, phoneColumns: phoneColumns, delimiter: delimiter, lineEnding: lineEnding, to: &line)
        return line
    }

    /// The line appended to `out` (the export's buffer), each cell written in place: no string per
    /// cell or per line to build and copy again.
    public static func appendLine(_ cells: [String], neutralizeFormulas: Bool = true, phoneColumns: Set<Int> = [],
                                  delimiter: Character = ",", lineEnding: String = "\r\n", to out: inout String) {
        let delimiterByte = delimiter.asciiValue ?? 0x2C
        let separator = String(delimiter)  // appended as a String, as the "," it replaces was
        for (index, value) in cells.enumerated() {
            if index > 0 { out.append(separator) }
            appendCell(value, neutralizeFormulas: neutralizeFormulas, isPhone: phoneColumns.contains(index), delimiter: delimiterByte, to: &out)
        }
        out.append(lineEnding)
    }

    public static func cell(_ raw: String, neutralizeFormulas: Bool = true, isPhone: Bool = false, delimiter: UInt8 = 0x2C) -> String {
        var out = ""
        appendCell(raw, neutralizeFormulas: neutralizeFormulas, isPhone: isPhone, delimiter: delimiter, to: &out)
        return out
    }

    /// One cell appended to `out`: the guard apostrophe before a formula, quotes around a cell that
    /// holds the delimiter, a quote or a line break or that starts or ends with a space, its quotes doubled.
    public static func appendCell(_ raw: String, neutralizeFormulas: Bool = true, isPhone: Bool = false, delimiter: UInt8 = 0x2C,
                                  to out: inout String) {
        // Bytes rather than Characters throughout: an export of a million profiles writes 17
        // million cells, and comparing Characters was most of its time.
        let bytes = raw.utf8
        var guarded = false
        if neutralizeFormulas, needsFormulaGuard(raw) {
            // A phone number like "+1 (415) 555-0134" is data, not a formula: kept as typed, in a phone column only.
            let isPhoneNumber = isPhone && (bytes.first == 0x2B || bytes.first == 0x2D)
                && bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || phoneSymbols.contains($0) } && bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
            guarded = !isPhoneNumber
        }
        // The apostrophe, when there is one, is the cell's first byte: then it does not start with a space.
        let quoted = bytes.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
            || (!guarded && bytes.first == 0x20) || bytes.last == 0x20
        if quoted { out.append("\"") }
        if guarded { out.append("'") }
        if quoted {
            ASCIIEscaping.append(raw, to: &out) { $0 == 0x22 ? "\"\"" : nil }  // quotes doubled
        } else {
            out.append(raw)
        }
        if quoted { out.append("\"") }
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
