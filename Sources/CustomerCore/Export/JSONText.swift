import Foundation

/// JSON written by hand for the export's one object shape, the bytes `JSONSerialization` writes with
/// `.sortedKeys` and `.withoutEscapingSlashes` (compact): a string escapes `"`, `\` and C0 controls
/// (`\b \f \n \r \t`, else `\u00XX`) and nothing else. Building a dictionary of `Any` and serialising
/// it cost ~180 µs a profile; appending to one string costs a few.
public enum JSONText {
    /// `text` quoted.
    public static func append(_ text: String, to out: inout String) {
        out.append("\"")
        appendEscaped(text, to: &out)
        out.append("\"")
    }

    /// `text` escaped, without its quotes (the caller's literal holds them).
    @inline(__always)
    public static func appendEscaped(_ text: String, to out: inout String) {
        ASCIIEscaping.append(text, to: &out) { byte in
            switch byte {
            case 0x22: "\\\""
            case 0x5C: "\\\\"
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            case 0x08: "\\b"
            case 0x0C: "\\f"
            case ..<0x20: String(format: "\\u%04x", UInt32(byte))
            default: nil
            }
        }
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
