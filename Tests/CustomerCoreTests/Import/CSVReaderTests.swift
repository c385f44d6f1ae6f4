import Foundation
import Testing
@testable import CustomerCore

@Suite struct CSVReaderTests {
    func read(_ bytes: [UInt8], delimiter: Character? = nil) throws -> (CSVReader, [CSVRecord]) {
        let reader = try CSVReader(data: Data(bytes), delimiter: delimiter)
        return (reader, try reader.readAll())
    }

    func read(_ text: String) throws -> [[String]] { try read(Array(text.utf8)).1.map(\.fields) }

    @Test func quotedCellsKeepDelimitersQuotesAndNewlines() throws {
        let rows = try read("Name,Memo\r\n\"Núñez, María\",\"Likes \"\"espresso\"\"\nno sugar\"\r\nBob,plain\r\n")
        #expect(rows == [["Name", "Memo"], ["Núñez, María", "Likes \"espresso\"\nno sugar"], ["Bob", "plain"]])
    }

    @Test func recordsKnowTheLineTheyStartOn() throws {
        let (_, records) = try read(Array("a,b\n\"multi\nline\",x\n\nlast,y\n".utf8))
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func lfCrlfAndCrAllEndLines() throws {
        #expect(try read("a\nb\r\nc") == [["a"], ["b"], ["c"]])
        // A lone CR ends lines only in a file that has no LF (old Mac files); elsewhere it is text.
        #expect(try read("a\rb\rc") == [["a"], ["b"], ["c"]])
        #expect(try read("a\nb\r\nc\rd") == [["a"], ["b"], ["c\rd"]])
    }

    @Test func theDelimiterIsSniffedFromTheHeader() throws {
        #expect(try read(Array("Nombre;Apellido;Notas\nAna;García;\"a, b\"\n".utf8)).0.delimiter == ";")
        #expect(try read(Array("a\tb\tc\n1\t2\t3\n".utf8)).0.delimiter == "\t")
        #expect(try read(Array("Name,Memo\n\"x;y;z\",1\n".utf8)).0.delimiter == ",")
    }

    @Test func aSepLineSetsTheDelimiterAndIsSkipped() throws {
        let (reader, records) = try read(Array("sep=;\r\nName;City\r\nAna;Lyon\r\n".utf8))
        #expect(reader.delimiter == ";")
        #expect(records.map(\.fields) == [["Name", "City"], ["Ana", "Lyon"]])
        #expect(records.first?.line == 2)
    }

    @Test func aByteOrderMarkIsRecognisedAndRemoved() throws {
        let (reader, records) = try read([0xEF, 0xBB, 0xBF] + Array("Name\nZoë\n".utf8))
        #expect(reader.encoding == .utf8WithBOM)
        #expect(records.map(\.fields) == [["Name"], ["Zoë"]])
    }

    @Test func utf16InBothByteOrdersIsRead() throws {
        let text = "Name,City\r\nJosé,Montréal 🎉\r\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let (reader, records) = try read(bytes)
            #expect(records.map(\.fields) == [["Name", "City"], ["José", "Montréal 🎉"]], "\(reader.encoding)")
        }
    }

    @Test func windows1252IsDetectedAndDecoded() throws {
        let bytes: [UInt8] = Array("Name,Memo\n".utf8) + [0x4A, 0x6F, 0x73, 0xE9, 0x2C, 0x80, 0x35, 0x20, 0x93, 0x6F, 0x6B, 0x94, 0x0A]
        let (reader, records) = try read(bytes)
        #expect(reader.encoding == .windows1252)
        #expect(records[1].fields == ["José", "€5 “ok”"])
    }

    @Test func nulBytesAreDroppedAndCounted() throws {
        let (reader, records) = try read(Array("Na\0me\nAna\0\n".utf8))
        #expect(records.map(\.fields) == [["Name"], ["Ana"]])
        #expect(reader.droppedNULs == 2)
    }

    /// Unquoted cells are copied in runs up to the next delimiter or line end: a quote, a NUL or
    /// a cell running past the reader's 1 MB chunk must come out as they did byte by byte.
    @Test func unquotedCellsKeepStrayQuotesAndLoseNULsWhereverTheyFall() throws {
        #expect(try read("a\"b,c\0d,\"q\"x\"y,e\n") == [["a\"b", "cd", "qx\"y", "e"]])
        let long = String(repeating: "x", count: (1 << 20) - 5) + "\"yz"
        #expect(try read("Name,Memo\n" + long + ",tail\nnext,row\n") == [["Name", "Memo"], [long, "tail"], ["next", "row"]])
    }

    @Test func anUnterminatedQuoteIsAnErrorNamingItsLine() throws {
        #expect(throws: CSVError(line: 3, message: "a quoted cell that starts on line 3 is never closed (a missing \")")) {
            try read("a,b\n1,2\n\"open,3\n4,5\n")
        }
    }

    @Test func aCellLongerThanAMegabyteIsAnError() throws {
        let long = "Name\n" + String(repeating: "x", count: CSVReader.maximumFieldBytes + 10) + "\n"
        #expect(throws: CSVError.self) { try read(long) }
    }

    @Test func anEmptyFileIsAnError() throws {
        #expect(throws: CSVError(line: 0, message: "the file is empty")) { try CSVReader(data: Data()) }
    }

    @Test func aFileThatIsNotTextIsRefusedNamingItsLine() throws {
        #expect(throws: CSVError(line: 1, message: "this is a PNG image, not a CSV file")) {
            try CSVReader(data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]))
        }
        #expect(throws: CSVError(line: 1, message: "this is a ZIP archive (an Excel .xlsx or OpenDocument workbook is one: save it as CSV first), not a CSV file")) {
            try CSVReader(data: Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))
        }
        // No known signature: control bytes no text exporter writes, first met on line 3.
        let garbage = Array("Name,Memo\nAna,ok\n".utf8) + [0x41, 0x01, 0x02] + (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(throws: CSVError(line: 3, message: "binary data (byte 0x01), not text: is this really a CSV file?")) { try CSVReader(data: Data(garbage)) }
        // A name holding an escape sequence, a tab-separated file, NUL padding: text, read as usual.
        #expect(try read(Array("Name\tMemo\nEvil\u{1B}[2J\tok\0\0\n".utf8)).1.map(\.fields) == [["Name", "Memo"], ["Evil\u{1B}[2J", "ok"]])
    }

    @Test func raggedRowsAreReadAsTheyAre() throws {
        #expect(try read("a,b,c\n1\n1,2,3,4\n") == [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]])
    }

    @Test func aLargeFileStreamsAcrossChunkBoundaries() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var text = "Name,Memo\r\n"
        for index in 0..<40_000 { text += "Zoë \(index),\"line one\r\nline two, \"\"quoted\"\" \(index)\"\r\n" }
        for (name, data) in [("utf8.csv", Data(text.utf8)), ("utf16.csv", Data([UInt8]([0xFF, 0xFE]) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))] {
            let path = directory.appendingPathComponent(name).path
            try data.write(to: URL(fileURLWithPath: path))
            let reader = try CSVReader(path: path)
            var count = 0
            var last: CSVRecord?
            while let record = try reader.next() { count += 1; last = record }
            #expect(count == 40_001, "\(name)")
            #expect(last?.fields == ["Zoë 39999", "line one\r\nline two, \"quoted\" 39999"], "\(name)")
            #expect(last?.line == 2 + 2 * 39_999, "\(name)")
        }
    }
}
