import Foundation

/// JSON written by hand for the export's one object shape, the bytes `JSONSerialization` writes with
/// `.sortedKeys` and `.withoutEscapingSlashes` (compact): a string escapes `"`, `\` and C0 controls
/// (`\b \f \n \r \t`, else `\u00XX`) and nothing else. Building a dictionary of `Any` and serialising
/// it cost ~180 µs a profile; appending to one string costs a few.
public enum JSONText {
    public static func append(_ text: String, to out: inout String) {
        out.append("\"")
        // Most values need no escape: appended whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out.append(text)
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out.append("\\\"")
                case "\\": out.append("\\\\")
                case "\n": out.append("\\n")
                case "\r": out.append("\\r")
                case "\t": out.append("\\t")
                case "\u{08}": out.append("\\b")
                case "\u{0C}": out.append("\\f")
                case _ where scalar.value < 0x20: out.append(String(format: "\\u%04x", scalar.value))
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }

    /// `"key":` then the value (a string, or null).
    public static func member(_ key: String, _ value: String?, to out: inout String, first: Bool = false) {
        if !first { out.append(",") }
        out.append("\"")
        out.append(key)
        out.append("\":")
        if let value { append(value, to: &out) } else { out.append("null") }
    }
}
