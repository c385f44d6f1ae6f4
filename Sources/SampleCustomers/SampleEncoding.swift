/// How a sample list's text is written to bytes: the encodings shops' files come in.
public enum SampleEncoding: String, Sendable, CaseIterable, CustomStringConvertible {
    case utf8 = "utf-8"
    /// What Excel's "CSV UTF-8" writes.
    case utf8WithBOM = "utf-8-sig"
    /// Little-endian with a byte order mark, as Excel's "Unicode text" and most tools write it.
    case utf16 = "utf-16"
    /// Excel's plain "CSV" on Windows. A character it has no byte for becomes "?", as Excel and
    /// Python's `errors="replace"` write it: such files exist, and must still import.
    case windows1252 = "cp1252"

    public var description: String { rawValue }

    /// The bytes that open the file.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8, .windows1252: []
        case .utf8WithBOM: [0xEF, 0xBB, 0xBF]
        case .utf16: [0xFF, 0xFE]
        }
    }

    /// Appends `text` in this encoding.
    public func append(_ text: String, to bytes: inout [UInt8]) {
        switch self {
        case .utf8, .utf8WithBOM:
            bytes.append(contentsOf: text.utf8)
        case .utf16:
            for unit in text.utf16 {
                bytes.append(UInt8(truncatingIfNeeded: unit))
                bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
            }
        case .windows1252:
            for scalar in text.unicodeScalars { bytes.append(Self.windows1252Byte(scalar)) }
        }
    }

    /// Latin-1 but for 0x80–0x9F, where Windows-1252 put typographic marks and a few letters.
    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        if value < 0x80 || (0xA0...0xFF).contains(value) { return UInt8(value) }
        return windows1252High[value] ?? 0x3F  // "?"
    }

    static let windows1252High: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
