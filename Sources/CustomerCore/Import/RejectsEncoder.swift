import Foundation

/// Turns the rejects file's text into the bytes of the source's encoding, so that the
/// spreadsheet that wrote the source (Excel's UTF-16 "Unicode text", its Windows-1252 "CSV")
/// opens the rejects file without garbling it.
struct RejectsEncoder {
    let encoding: TextEncoding
    /// Whether the source started with a byte order mark (UTF-8 or UTF-16): the rejects file does too.
    let writesByteOrderMark: Bool

    init(encoding: TextEncoding, byteOrderMark: Bool) {
        self.encoding = encoding
        self.writesByteOrderMark = byteOrderMark
    }

    var byteOrderMark: Data {
        guard writesByteOrderMark else { return Data() }
        switch encoding {
        case .utf8WithBOM: return Data([0xEF, 0xBB, 0xBF])
        case .utf16LittleEndian: return Data([0xFF, 0xFE])
        case .utf16BigEndian: return Data([0xFE, 0xFF])
        case .utf8, .windows1252: return Data()
        }
    }

    func bytes(_ text: String) -> Data {
        switch encoding {
        case .utf8, .utf8WithBOM: return Data(text.utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            let littleEndian = encoding == .utf16LittleEndian
            var data = Data(capacity: text.utf16.count * 2)
            for unit in text.utf16 {
                let pair = littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
                data.append(contentsOf: pair)
            }
            return data
        case .windows1252:
            // A cell the reader took as UTF-8 in a Windows-1252 file (it decodes each cell on its
            // own) may hold what 1252 cannot write: "?" there, as Excel does.
            return Data(text.unicodeScalars.map { Self.windows1252Byte($0) ?? 0x3F })
        }
    }

    /// Code points 0x80–0x9F of Windows-1252 from their Unicode scalars; the rest of 0–0xFF maps to itself.
    static let windows1252High: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for byte in UInt8(0x80)...0x9F {
            let scalar = CSVReader.windows1252Scalar(byte).value
            if scalar != 0xFFFD { table[scalar] = byte }
        }
        return table
    }()

    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 || (0xA0...0xFF).contains(value) { return UInt8(value) }
        return windows1252High[value]
    }
}
