/// Text as vCard 4.0 writes it (RFC 6350 §3.4): backslash, newline, comma and semicolon escaped.
enum VCardText {
    /// `text` escaped onto `out` in one pass over its bytes: the runs between the four ASCII bytes are
    /// appended whole (a byte below 0x80 is always a whole scalar, so every cut is on a boundary).
    static func appendEscaped(_ text: String, to out: inout String) {
        let bytes = text.utf8
        var runStart = bytes.startIndex
        var index = runStart
        while index != bytes.endIndex {
            let escaped: String?
            switch bytes[index] {
            case 0x5C: escaped = "\\\\"
            case 0x0A: escaped = "\\n"
            case 0x2C: escaped = "\\,"
            case 0x3B: escaped = "\\;"
            default: escaped = nil
            }
            if let escaped {
                out.append(contentsOf: text[runStart..<index])
                out.append(escaped)
                runStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if runStart == bytes.startIndex { out.append(text) } else { out.append(contentsOf: text[runStart...]) }
    }

    /// `value` in decimal, zero-padded to `width` digits as `%0Nd` writes it (a sign counts in the width).
    static func appendPadded(_ value: Int, width: Int, to out: inout String) {
        let digits = String(value.magnitude)
        if value < 0 { out.append("-") }
        let pad = width - digits.utf8.count - (value < 0 ? 1 : 0)
        if pad > 0 { out.append(String(repeating: "0", count: pad)) }
        out.append(digits)
    }
}
