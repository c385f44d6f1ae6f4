import Foundation
import Testing
@testable import CustomerCore

/// Issue 12, point 20: UTF-16 without a byte order mark, doubled quotes in UTF-16 (across the
/// reader's 1 MB chunks too), and a lone CR inside a cell of a file whose lines end in LF or CRLF.
@Suite struct CSVReaderEncodingAndLineEndTests {
    static func utf16(_ text: String, littleEndian: Bool, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
        for unit in text.utf16 { bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        return bytes
    }

    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [true, false])
    func utf16WithoutAByteOrderMarkIsKnownByItsNULs(littleEndian: Bool) throws {
        let text = "Nombre,Notas\r\nNúñez,\"Dijo \"\"hola\"\", luego, adiós\"\r\nZoë,\"\"\"x\"\"\"\r\n"
        let reader = try CSVReader(data: Data(Self.utf16(text, littleEndian: littleEndian, bom: false)))
        #expect(reader.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        #expect(!reader.hasByteOrderMark)
        #expect(try reader.readAll().map(\.fields) == [["Nombre", "Notas"], ["Núñez", "Dijo \"hola\", luego, adiós"], ["Zoë", "\"x\""]])
    }

    @Test func plainUTF8WithNULPaddingIsNotTakenForUTF16() throws {
        let reader = try CSVReader(data: Data(Array("Name,City\nAna,Lyon\n".utf8) + [UInt8](repeating: 0, count: 8)))
        #expect(reader.encoding == .utf8)
    }

    /// 200 rows whose memos are full of doubled quotes and commas, in UTF-16 (with and without BOM,
    /// both byte orders), more than 1 MB so that the reader refills, with a doubled quote placed
    /// exactly across the first chunk's end: every row has its three cells and its memo intact.
    @Test(arguments: [(true, true), (true, false), (false, true), (false, false)])
    func doubledQuotesInUTF16ParseAsInUTF8(littleEndian: Bool, bom: Bool) throws {
        func memo(_ index: Int) -> String { "He said \"\"no, thanks\"\" (row \(index)), then \"\"ok\"\"; \(String(repeating: "ñ, ", count: 1_300))" }
        var text = "Name,Memo,City\r\n"
        var expected: [[String]] = [["Name", "Memo", "City"]]
        let chunkEndUnit = ((1 << 20) - (bom ? 2 : 0)) / 2  // the first UTF-16 unit of the second chunk
        for index in 0..<200 {
            var cell = memo(index)
            let prefix = "Row \(index),\""
            let start = text.utf16.count + prefix.utf16.count
            // The row that straddles the chunk end gets padding so that its first "" pair's first
            // quote is the last unit of the first chunk.
            if start < chunkEndUnit, start + cell.utf16.count > chunkEndUnit {
                let pad = chunkEndUnit - 1 - start
                cell = String(repeating: "x", count: pad) + "\"\"" + cell
            }
            text += prefix + cell + "\",Lyon\r\n"
            expected.append(["Row \(index)", cell.replacingOccurrences(of: "\"\"", with: "\""), "Lyon"])
        }
        let bytes = Self.utf16(text, littleEndian: littleEndian, bom: bom)
        #expect(bytes.count > 1 << 20)
        let reader = try CSVReader(path: try temporaryFile(bytes))
        let records = try reader.readAll()
        #expect(records.count == 201)
        #expect(records.filter { $0.fields.count != 3 }.isEmpty)
        #expect(records.map(\.fields) == expected)
    }

    @Test func aLoneCRInACellOfAnLFOrCRLFFileIsPartOfTheCell() throws {
        let lf = try CSVReader(data: Data("Name,Memo\nAna,first\rsecond\nBob,x\n".utf8))
        #expect(lf.lineEnding == .lf)
        let lfRecords = try lf.readAll()
        #expect(lfRecords.map(\.fields) == [["Name", "Memo"], ["Ana", "first\rsecond"], ["Bob", "x"]])
        #expect(lfRecords.map(\.line) == [1, 2, 3])
        let crlf = try CSVReader(data: Data("Name,Memo\r\nAna,a\rb\r\n\"Bob\",\"q\rr\"\r\nCleo,\r\n".utf8))
        #expect(crlf.lineEnding == .crlf)
        let crlfRecords = try crlf.readAll()
        #expect(crlfRecords.map(\.fields) == [["Name", "Memo"], ["Ana", "a\rb"], ["Bob", "q\rr"], ["Cleo", ""]])
        #expect(crlfRecords.map(\.line) == [1, 2, 3, 4])
    }

    @Test func aFileThatEndsEveryLineWithALoneCRIsReadLineByLine() throws {
        let reader = try CSVReader(data: Data("Name,City\rAna,Lyon\r\"Bob\",\"Le\rMans\"\rCleo,Nice\r".utf8))
        #expect(reader.lineEnding == .cr)
        let records = try reader.readAll()
        #expect(records.map(\.fields) == [["Name", "City"], ["Ana", "Lyon"], ["Bob", "Le\rMans"], ["Cleo", "Nice"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }
}
