import Foundation

/// Writes a sample list to a file as the program of its layout would — the header row, CRLF line
/// ends, a cell quoted only when it holds the delimiter, a quote or a line break — and, when asked,
/// the truth file beside it: `row,cluster,kind`, one line per row, saying which rows are one person
/// and why. Streamed through a buffer of about a megabyte, so a million rows take the time of a
/// million rows and the memory of one buffer.
public enum CustomerListFile {
    /// What was written.
    public struct Summary: Sendable, Equatable {
        public var rows = 0
        /// Distinct people: the rows of kind `original`.
        public var people = 0
        /// Planted duplicates of each kind (every kind but `original`).
        public var duplicates: [DuplicateKind: Int] = [:]
    }

    /// Writes `options`' list to `path` (replacing it), and the truth file to `truthPath` when given.
    @discardableResult
    public static func write(_ options: CustomerListOptions, to path: String, truth truthPath: String? = nil) throws -> Summary {
        let csv = try Output(path: path)
        let truth = try truthPath.map { try Output(path: $0) }
        var summary = Summary()
        let layout = options.layout, encoding = options.encoding
        let cells = CSVLine(delimiter: options.delimiter)
        csv.bytes += encoding.byteOrderMark
        cells.encode(layout.headers, encoding, into: &csv.bytes)
        truth?.bytes += Array("row,cluster,kind\r\n".utf8)
        for row in SampleCustomerList(options) {
            cells.encode(layout.fields(of: row), encoding, into: &csv.bytes)
            truth?.bytes += Array("\(row.number),\(row.cluster),\(row.kind.rawValue)\r\n".utf8)
            summary.rows += 1
            if row.kind == .original { summary.people += 1 } else { summary.duplicates[row.kind, default: 0] += 1 }
            try csv.flushWhenFull()
            try truth?.flushWhenFull()
        }
        try csv.close()
        try truth?.close()
        return summary
    }

    /// A file written a megabyte at a time.
    final class Output {
        let handle: FileHandle
        var bytes: [UInt8] = []
        static let flushSize = 1 << 20

        init(path: String) throws {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            self.handle = handle
            bytes.reserveCapacity(Self.flushSize + (64 << 10))
        }

        func flushWhenFull() throws { if bytes.count >= Self.flushSize { try flush() } }

        func flush() throws {
            try handle.write(contentsOf: bytes)
            bytes.removeAll(keepingCapacity: true)
        }

        func close() throws {
            try flush()
            try handle.close()
        }
    }
}
