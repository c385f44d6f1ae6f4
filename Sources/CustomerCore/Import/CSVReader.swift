import Foundation

/// How a file ends its lines, as detected from its first chunk (the rejects file writes the same).
public enum LineEnding: String, Sendable, Equatable {
    case crlf = "\r\n"
    case lf = "\n"
    /// Old Mac files: only when the file has no LF at all is a lone CR a line end.
    case cr = "\r"
}

/// How a file's text was written, as detected from its bytes.
public enum TextEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16 LE"
    case utf16BigEndian = "UTF-16 BE"
    /// Excel's "CSV" on Windows; also the fallback for any field that is not valid UTF-8.
    case windows1252 = "Windows-1252"
}

/// A problem that stops reading a file, with the line it is on.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// One row of a CSV file: its cells and the line it starts on (1-based, as an editor shows it).
public struct CSVRecord: Equatable, Sendable {
    public let line: Int
    public let fields: [String]
}

/// A streaming CSV reader for the files shops really have: UTF-8 with or without BOM, UTF-16 with
/// or without BOM (known by its NUL bytes), Windows-1252; comma, semicolon, tab or pipe (sniffed)
/// and a `sep=` first line; quoted fields with delimiters, doubled quotes and newlines; CRLF, LF,
/// or CR in a file without LF (elsewhere a lone CR is text); NUL bytes dropped. Memory
/// stays flat whatever the file's size: it reads 1 MB at a time.
public final class CSVReader {
    public let encoding: TextEncoding
    public let delimiter: Character
    /// Whether the file starts with a byte order mark (UTF-8 or UTF-16).
    public let hasByteOrderMark: Bool
    /// The file's line end. With LF or CRLF, a lone CR outside quotes is part of its cell.
    public let lineEnding: LineEnding
    /// NUL bytes dropped so far (some exporters pad with them).
    public private(set) var droppedNULs = 0
    /// Bytes read from the file so far, for progress.
    public private(set) var bytesRead = 0
    public let fileSize: Int

    /// The largest cell accepted; a longer one is an error naming its line, never a memory blow-up.
    public static let maximumFieldBytes = 1 << 20

    private let handle: FileHandle?
    private var pending: [UInt8] = []       // UTF-8 bytes not yet parsed
    private var position = 0
    private var rawCarry: [UInt8] = []      // UTF-16 bytes of an incomplete code unit or pair
    private var isAtEnd = false
    private var line = 1

    /// Opens `path`, detects encoding and delimiter from its first bytes.
    public convenience init(path: String, delimiter forced: Character? = nil) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CSVError(line: 0, message: "cannot open \(path)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        try self.init(handle: handle, data: nil, fileSize: size, delimiter: forced)
    }

    /// Reads CSV text already in memory (tests, previews).
    public convenience init(data: Data, delimiter forced: Character? = nil) throws {
        try self.init(handle: nil, data: data, fileSize: data.count, delimiter: forced)
    }

    private init(handle: FileHandle?, data: Data?, fileSize: Int, delimiter forced: Character?) throws {
        self.handle = handle
        self.fileSize = fileSize
        var head: [UInt8]
        if let data { head = [UInt8](data) } else { head = [UInt8](try handle?.read(upToCount: 1 << 20) ?? Data()) }
        if data != nil { isAtEnd = true }
        bytesRead = head.count
        if head.isEmpty { throw CSVError(line: 0, message: "the file is empty") }
        if let kind = CSVReader.binaryFileKind(head) { throw CSVError(line: 1, message: "this is \(kind), not a CSV file") }
        // Encoding from the byte order mark, else UTF-8 when the start is valid UTF-8.
        hasByteOrderMark = head.starts(with: [0xEF, 0xBB, 0xBF]) || head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8WithBOM
            head.removeFirst(3)
        } else if head.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            head.removeFirst(2)
        } else if head.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            head.removeFirst(2)
        } else if let littleEndian = CSVReader.utf16WithoutBOM(head) {
            // Read as UTF-8 with its NULs dropped, such a file lost every non-ASCII letter, and a
            // doubled quote ("\0"\0) ended its cell: the rest of the cell split at its commas.
            encoding = littleEndian ? .utf16LittleEndian : .utf16BigEndian
        } else {
            encoding = CSVReader.isValidUTF8(head, allowingCutEnd: !isAtEnd) ? .utf8 : .windows1252
        }
        if encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
            var carry: [UInt8] = []
            pending = CSVReader.decodeUTF16(head, carry: &carry, littleEndian: encoding == .utf16LittleEndian, final: isAtEnd)
            rawCarry = carry
        } else {
            pending = head
        }
        if let binary = CSVReader.binaryData(in: pending) { throw binary }
        lineEnding = CSVReader.detectLineEnding(pending)
        // Delimiter: forced, a `sep=;` first line (Excel's hint), or the most frequent candidate
        // in the header line outside quotes.
        if let forced {
            delimiter = forced
        } else if let sep = CSVReader.sepLine(pending) {
            delimiter = sep.delimiter
            position = sep.length
            line = 2
        } else {
            delimiter = CSVReader.sniffDelimiter(pending)
        }
    }

    deinit { try? handle?.close() }

    // MARK: Refusing what is not text

    /// Files people pick by mistake, known by their first bytes: refused at once rather than read as
    /// rows of nonsense, each refused for "needs a name".
    static let binarySignatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (an Excel .xlsx or OpenDocument workbook is one: save it as CSV first)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an Excel .xls workbook (save it as CSV first)"),
    ]

    static func binaryFileKind(_ head: [UInt8]) -> String? {
        binarySignatures.first { head.starts(with: $0.0) }?.1
    }

    /// Control bytes that no text exporter writes (tab, line ends, NUL padding and ESC — a name may
    /// hold an escape sequence, shown as a placeholder — are left out). Past 1% of the first megabyte
    /// (and at least 8) the file is binary: the error names the line of the first one.
    static func binaryData(in text: [UInt8]) -> CSVError? {
        func isStray(_ byte: UInt8) -> Bool { byte < 0x20 && ![0x00, 0x09, 0x0A, 0x0D, 0x1B].contains(byte) }
        let count = text.reduce(0) { $0 + (isStray($1) ? 1 : 0) }
        guard count >= 8, count * 100 > text.count, let first = text.firstIndex(where: isStray) else { return nil }
        var line = 1
        for index in 0..<first where text[index] == 0x0A || (text[index] == 0x0D && (index + 1 >= text.count || text[index + 1] != 0x0A)) { line += 1 }
        let hex = String(text[first], radix: 16, uppercase: true)
        return CSVError(line: line, message: "binary data (byte 0x\(hex.count == 1 ? "0" + hex : hex)), not text: is this really a CSV file?")
    }

    // MARK: Reading records

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    public func next() throws -> CSVRecord? {
        let delimiterByte = delimiter.asciiValue ?? 0x2C
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var afterQuote = false
        var startLine = line
        var fieldStartLine = line
        var sawAnything = false
        while true {
            if position >= pending.count {
                if !(try refill()) {
                    // End of file.
                    if inQuotes { throw CSVError(line: fieldStartLine, message: "a quoted cell that starts on line \(fieldStartLine) is never closed (a missing \")") }
                    if !sawAnything { return nil }
                    fields.append(decode(field))
                    return CSVRecord(line: startLine, fields: fields)
                }
            }
            let byte = pending[position]
            position += 1
            if byte == 0 { droppedNULs += 1; continue }
            if inQuotes {
                if byte == 0x22 {
                    if position >= pending.count { _ = try refill() }
                    if position < pending.count && pending[position] == 0x22 {
                        field.append(0x22)
                        position += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if byte == 0x0A || (byte == 0x0D && lineEnding == .cr && !(position < pending.count && pending[position] == 0x0A)) { line += 1 }
                    field.append(byte)
                }
            } else if byte == delimiterByte {
                fields.append(decode(field))
                field.removeAll(keepingCapacity: true)
                afterQuote = false
                fieldStartLine = line
                sawAnything = true
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D {
                    if position >= pending.count { _ = try refill() }
                    if position < pending.count && pending[position] == 0x0A {
                        position += 1
                    } else if lineEnding != .cr {
                        // A lone CR in a file whose lines end in LF or CRLF (a line break typed in
                        // a cell by some exporters) is text of the cell, not a new row.
                        field.append(byte)
                        sawAnything = true
                        continue
                    }
                }
                line += 1
                if !sawAnything && field.isEmpty {
                    startLine = line  // a blank line
                    fieldStartLine = line
                    continue
                }
                fields.append(decode(field))
                return CSVRecord(line: startLine, fields: fields)
            } else if byte == 0x22 && field.isEmpty && !afterQuote {
                inQuotes = true
                fieldStartLine = line
                sawAnything = true
            } else {
                field.append(byte)  // also a stray quote inside an unquoted cell, kept as written
                sawAnything = true
                // The rest of an unquoted cell in one copy rather than byte by byte: it ends at a
                // delimiter or a line end (a NUL is dropped above, so it ends the run too).
                var end = position
                while end < pending.count {
                    let next = pending[end]
                    if next == delimiterByte || next == 0x0A || next == 0x0D || next == 0 { break }
                    end += 1
                }
                if end > position {
                    field.append(contentsOf: pending[position..<end])
                    position = end
                }
            }
            if field.count > CSVReader.maximumFieldBytes {
                throw CSVError(line: fieldStartLine, message: "a cell starting on line \(fieldStartLine) is longer than 1 MB; is this really a CSV file?")
            }
        }
    }

    /// Every remaining record (for small files and tests).
    public func readAll() throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    /// Loads the next chunk; false at the end of the file.
    private func refill() throws -> Bool {
        if position > 0 {
            pending.removeFirst(position)
            position = 0
        }
        guard !isAtEnd, let handle else { return false }
        let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
        if chunk.isEmpty {
            isAtEnd = true
            if !rawCarry.isEmpty { pending += CSVReader.decodeUTF16([], carry: &rawCarry, littleEndian: encoding == .utf16LittleEndian, final: true) }
            return !pending.isEmpty
        }
        bytesRead += chunk.count
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian:
            pending += CSVReader.decodeUTF16([UInt8](chunk), carry: &rawCarry, littleEndian: encoding == .utf16LittleEndian, final: false)
        default: pending += chunk
        }
        return true
    }

    /// A cell's bytes as text: UTF-8 when valid, else Windows-1252 (so a file mixing both loses nothing).
    private func decode(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map { CSVReader.windows1252Scalar($0) }))
    }

    /// UTF-16 bytes to UTF-8, keeping an odd byte or a lone high surrogate for the next chunk.
    static func decodeUTF16(_ bytes: [UInt8], carry rawCarry: inout [UInt8], littleEndian: Bool, final: Bool) -> [UInt8] {
        let all = rawCarry + bytes
        var units: [UInt16] = []
        units.reserveCapacity(all.count / 2)
        var index = 0
        while index + 1 < all.count {
            let unit = littleEndian ? UInt16(all[index]) | UInt16(all[index + 1]) << 8
                                                      : UInt16(all[index]) << 8 | UInt16(all[index + 1])
            units.append(unit)
            index += 2
        }
        rawCarry = Array(all[index...])
        if !final, let last = units.last, (0xD800...0xDBFF).contains(last) {
            units.removeLast()
            rawCarry = (littleEndian ? [UInt8(last & 0xFF), UInt8(last >> 8)] : [UInt8(last >> 8), UInt8(last & 0xFF)]) + rawCarry
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    // MARK: Detection

    /// UTF-16 without a byte order mark, from its NULs: CSV text is mostly ASCII, so nearly every
    /// other byte is NUL — the odd ones in little-endian, the even ones in big-endian. nil when
    /// the bytes do not look like UTF-16 (a file padded with NULs has them on both sides).
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(64 * 1024)
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        var index = sample.startIndex
        while index + 1 < sample.endIndex {
            if sample[index] == 0 { evenNULs += 1 }
            if sample[index + 1] == 0 { oddNULs += 1 }
            index += 2
        }
        // Over a third of the pairs NUL on one side, and almost none on the other.
        if oddNULs * 3 > pairs, evenNULs * 20 < pairs { return true }
        if evenNULs * 3 > pairs, oddNULs * 20 < pairs { return false }
        return nil
    }

    /// The first line end outside quotes decides; a file with no LF at all but CRs ends lines with CR.
    static func detectLineEnding(_ bytes: [UInt8]) -> LineEnding {
        var inQuotes = false
        var sawCR = false
        var sawLF = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 { inQuotes.toggle() }
            if byte == 0x0A {
                if !inQuotes { return index > 0 && bytes[index - 1] == 0x0D ? .crlf : .lf }
                sawLF = true
            }
            if byte == 0x0D { sawCR = true }
            index += 1
        }
        return sawLF ? .lf : sawCR ? .cr : .crlf
    }

    /// With `allowingCutEnd`, a multi-byte sequence cut by the end of a read chunk is no reason
    /// to call the file Windows-1252.
    static func isValidUTF8(_ bytes: [UInt8], allowingCutEnd: Bool = false) -> Bool {
        var end = bytes.count
        if allowingCutEnd {
            var back = 0
            while back < 3, end > 0, bytes[end - 1] & 0xC0 == 0x80 { end -= 1; back += 1 }
            if end > 0, bytes[end - 1] >= 0xC0 { end -= 1 } else { end = bytes.count }
        }
        var iterator = bytes[..<end].makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Excel's hint line "sep=;": the delimiter, and how many bytes the line takes.
    static func sepLine(_ bytes: [UInt8]) -> (delimiter: Character, length: Int)? {
        guard bytes.count >= 5, bytes[0...3].map({ $0 | 0x20 }) == Array("sep=".utf8),
              bytes[4] != 0x0A, bytes[4] != 0x0D else { return nil }
        var length = 5
        while length < bytes.count, bytes[length] == 0x20 { length += 1 }
        guard length == bytes.count || bytes[length] == 0x0A || bytes[length] == 0x0D else { return nil }
        if length < bytes.count, bytes[length] == 0x0D { length += 1 }
        if length < bytes.count, bytes[length] == 0x0A { length += 1 }
        return (Character(Unicode.Scalar(bytes[4])), length)
    }

    static func sniffDelimiter(_ bytes: [UInt8]) -> Character {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0, 0x7C: 0]
        var inQuotes = false
        for byte in bytes.prefix(64 * 1024) {
            if byte == 0x22 { inQuotes.toggle() }
            if !inQuotes && (byte == 0x0A || byte == 0x0D) { break }  // the header line decides
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = counts.max { ($0.value, $0.key == 0x2C ? 1 : 0) < ($1.value, $1.key == 0x2C ? 1 : 0) }!
        return best.value == 0 ? "," : Character(Unicode.Scalar(best.key))
    }

    /// Windows-1252's 0x80–0x9F differ from Latin-1; the rest map to the same code points.
    public static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let table: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                               0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(table[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }
}
