import Foundation

/// One CSV record as bytes, the way spreadsheets and Python's `csv` write it: cells joined by the
/// delimiter, a cell in double quotes (its quotes doubled) only when it holds the delimiter, a quote
/// or a line break, and CRLF at the end.
struct CSVLine {
    let delimiter: FieldDelimiter

    func encode(_ cells: [String], _ encoding: SampleEncoding, into bytes: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { encoding.append(delimiter.rawValue, to: &bytes) }
            if needsQuotes(cell) {
                encoding.append("\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"", to: &bytes)
            } else {
                encoding.append(cell, to: &bytes)
            }
        }
        encoding.append("\r\n", to: &bytes)
    }

    /// Looked for in the UTF-8 bytes: every character that matters here is ASCII.
    func needsQuotes(_ cell: String) -> Bool {
        let delimiterByte = delimiter.byte
        return cell.utf8.contains { $0 == delimiterByte || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }
}
