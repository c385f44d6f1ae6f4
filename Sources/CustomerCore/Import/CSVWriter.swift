/// Writes CSV lines (RFC 4180: CRLF, quotes doubled) with cells neutralised against spreadsheet
/// formula injection: text starting with =, +, -, @, tab or CR gets a leading apostrophe.
public enum CSVWriter {
    public static func line(_ cells: [String], neutralizeFormulas: Bool = true) -> String {
        cells.map { cell($0, neutralizeFormulas: neutralizeFormulas) }.joined(separator: ",") + "\r\n"
    }

    public static func cell(_ raw: String, neutralizeFormulas: Bool = true) -> String {
        var value = raw
        if neutralizeFormulas, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            // A phone number like "+1 415…" is data, not a formula: keep it when it is only phone characters.
            let isPhone = value.allSatisfy { $0.isNumber || " +-().".contains($0) } && value.contains(where: \.isNumber)
            if !isPhone { value = "'" + value }
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || value.hasPrefix(" ") || value.hasSuffix(" ") {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
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
