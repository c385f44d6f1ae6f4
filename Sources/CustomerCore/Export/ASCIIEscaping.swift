/// Text appended with some ASCII bytes written another way: the one mechanism behind the export's
/// three escapes (vCard's `\ , ; newline`, CSV's doubled quotes, JSON's `"`, `\` and controls).
/// One pass over the bytes; the runs between escaped bytes are appended whole. A byte below 0x80 is
/// always a whole scalar, so every cut falls on a character boundary.
enum ASCIIEscaping {
    /// `text` onto `out`, each byte `replacement` answers for written as its answer.
    @inline(__always)
    static func append(_ text: String, to out: inout String, replacement: (UInt8) -> String?) {
        let bytes = text.utf8
        var runStart = bytes.startIndex
        var index = runStart
        while index != bytes.endIndex {
            if bytes[index] < 0x80, let escaped = replacement(bytes[index]) {
                out.append(contentsOf: text[runStart..<index])
                out.append(escaped)
                runStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if runStart == bytes.startIndex { out.append(text) } else { out.append(contentsOf: text[runStart...]) }
    }

    /// vCard 4.0 text (RFC 6350 §3.4): backslash, newline, comma and semicolon escaped.
    static func appendVCardText(_ text: String, to out: inout String) {
        append(text, to: &out) { byte in
            switch byte {
            case 0x5C: "\\\\"
            case 0x0A: "\\n"
            case 0x2C: "\\,"
            case 0x3B: "\\;"
            default: nil
            }
        }
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
