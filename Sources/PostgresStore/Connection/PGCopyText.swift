import PostgresNIO

/// Rows in `COPY … FROM STDIN`'s text format: fields split by a tab, rows ended by a newline, NULL
/// as `\N`, and in a value the backslash, tab, newline and carriage return written as `\\`, `\t`,
/// `\n`, `\r` (nothing else is special: the bytes are the value's UTF-8, as the server's encoding).
struct PGCopyText {
    private(set) var buffer: ByteBuffer
    private var fieldsInRow = 0

    init(capacity: Int) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    mutating func appendNull() {
        separate()
        buffer.writeStaticString("\\N")
    }

    mutating func append(_ number: Int64) {
        separate()
        buffer.writeString(String(number))
    }

    mutating func append(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { bytes in
            // Runs of ordinary bytes are written whole; only the four special bytes are escaped.
            var start = 0
            for index in bytes.indices {
                let escape: UInt8
                switch bytes[index] {
                case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
                case UInt8(ascii: "\t"): escape = UInt8(ascii: "t")
                case UInt8(ascii: "\n"): escape = UInt8(ascii: "n")
                case UInt8(ascii: "\r"): escape = UInt8(ascii: "r")
                default: continue
                }
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<index]))
                buffer.writeInteger(UInt8(ascii: "\\"))
                buffer.writeInteger(escape)
                start = index + 1
            }
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<bytes.count]))
        }
    }

    mutating func endRow() {
        buffer.writeInteger(UInt8(ascii: "\n"))
        fieldsInRow = 0
    }

    private mutating func separate() {
        if fieldsInRow > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
        fieldsInRow += 1
    }
}
