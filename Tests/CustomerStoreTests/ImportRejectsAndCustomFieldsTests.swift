import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// Issue 12, points 15 and 20, through the real reader, runner and store: the rejects file written
/// as its source was, custom fields created in column order, headers the store would make one
/// field, and a confirmation before many new custom fields. Once per backend, through the port;
/// the files live in `temp`'s folder.
@Suite struct ImportRejectsAndCustomFieldsTests {
    let temp: TemporaryStore
    init() throws { temp = try TemporaryStore(region: "US") }

    func write(_ bytes: [UInt8], name: String = "file.csv") throws -> String {
        let path = temp.directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    struct Source: Sendable, CustomStringConvertible {
        let encoding: TextEncoding
        let bom: Bool
        let delimiter: Character
        let lineEnding: LineEnding
        var description: String { "\(encoding.rawValue)\(bom ? " BOM" : "") \(delimiter == "\t" ? "tab" : String(delimiter)) \(lineEnding)" }

        func bytes(_ text: String) -> [UInt8] {
            switch encoding {
            case .utf8: return Array(text.utf8)
            case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case .utf16LittleEndian, .utf16BigEndian:
                let little = encoding == .utf16LittleEndian
                return (bom ? (little ? [0xFF, 0xFE] : [0xFE, 0xFF]) : [])
                    + text.utf16.flatMap { little ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            case .windows1252: return text.unicodeScalars.map { RejectsEncoder.windows1252Byte($0) ?? 0x3F }
            }
        }
    }

    static let sources: [Source] = [
        Source(encoding: .utf8, bom: false, delimiter: ",", lineEnding: .lf),
        Source(encoding: .utf8WithBOM, bom: true, delimiter: ";", lineEnding: .crlf),
        Source(encoding: .utf16LittleEndian, bom: true, delimiter: "\t", lineEnding: .crlf),
        Source(encoding: .utf16LittleEndian, bom: false, delimiter: ",", lineEnding: .lf),
        Source(encoding: .utf16BigEndian, bom: true, delimiter: ";", lineEnding: .crlf),
        Source(encoding: .windows1252, bom: false, delimiter: ";", lineEnding: .crlf),
        Source(encoding: .utf8, bom: false, delimiter: "|", lineEnding: .cr),
    ]

    @Test(arguments: StoreBackend.all, sources)
    func theRejectsFileIsWrittenAsItsSourceWasAndReimportsWithoutItsProblemColumn(_ backend: StoreBackend, _ source: Source) throws {
        let store = try backend.makeStore()
        let d = String(source.delimiter), end = source.lineEnding.rawValue
        let rows = [["Nombre", "Correo electrónico", "Notas"], ["José", "jose@example.es", "ok"],
                    ["Núñez €", "nunez@", "dijo \"sí\"\(d) gracias"], ["Zoë", "zoe@example.com", "bien"]]
        let text = rows.map { CSVWriter.line($0, delimiter: source.delimiter, lineEnding: end) }.joined()
        let path = try write(source.bytes(text), name: "source.csv")
        let runner = store.imports
        let (plan, reader) = try runner.plan(path: path)
        #expect(reader.encoding == source.encoding && reader.delimiter == source.delimiter && reader.lineEnding == source.lineEnding)
        let summary = try runner.run(plan, reader: reader, dryRun: false)
        #expect(summary.imported == 2 && summary.rejectedLines == [3])
        let rejects = temp.directory.appendingPathComponent("rejects.csv").path
        try runner.writeRejects(of: path, summary: summary, to: rejects)

        let back = try CSVReader(path: rejects)
        #expect(back.encoding == source.encoding)
        #expect(back.hasByteOrderMark == source.bom)
        #expect(back.delimiter == source.delimiter)
        #expect(back.lineEnding == source.lineEnding)
        let records = try back.readAll()
        #expect(records.map { Array($0.fields.dropFirst()) } == [rows[0], rows[2]])
        #expect(records.first?.fields.first == "Problem")
        #expect(records.last?.fields.first?.hasPrefix("line 3: Correo electrónico:") == true)
        // Imported again, the Problem column goes nowhere.
        let (again, _) = try runner.plan(path: rejects)
        #expect(again.targets.first == .ignore)
        #expect(!again.customFieldLabels.contains("Problem"))
    }

    func customFieldLabels(_ store: any ClienteleStoring) throws -> [String] {
        try store.customFields.definitions().sorted { $0.position < $1.position }.map(\.label)
    }

    @Test(arguments: StoreBackend.all)
    func customFieldsAreCreatedInTheFilesColumnOrderEveryTime(_ backend: StoreBackend) throws {
        let extras = ["Zeta", "Hair colour", "Allergies", "Beta", "Preferred day", "Alpha", "Referred by", "Shoe size", "Kids", "Parking"]
        let header = ["First Name"] + extras + ["Email"]
        let row = ["Ana"] + extras.indices.map { "v\($0)" } + ["ana@example.com"]
        let path = try write(Array((CSVWriter.line(header) + CSVWriter.line(row)).utf8))
        for _ in 0..<3 {
            let fresh = try backend.makeStore()
            let (plan, reader) = try fresh.imports.plan(path: path)
            #expect(try fresh.imports.run(plan, reader: reader, dryRun: false).imported == 1)
            #expect(try customFieldLabels(fresh) == extras)
        }
    }

    @Test(arguments: StoreBackend.all)
    func twoLongHeadersSharingTheirFirst100CharactersAreRefusedNamingBothColumns(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let long = String(repeating: "Observaciones sobre la última visita ", count: 3)  // 111 characters
        let path = try write(Array("First Name,\(long)1,Email,\(long)2\nAna,a,ana@example.com,b\n".utf8))
        let runner = store.imports
        let (plan, reader) = try runner.plan(path: path)
        #expect(plan.customFieldLabelClashes.count == 1)
        do {
            _ = try runner.run(plan, reader: reader, dryRun: false)
            Issue.record("the import should have been refused")
        } catch let error as CSVError {
            #expect(error.line == 1)
            #expect(error.message.contains("column 4 and column 2"))
            #expect(!error.message.contains("UNIQUE"))
        }
        #expect(try store.customers.count() == 0)
        #expect(try store.customFields.definitions().isEmpty)
        // A long header alone is cut at 100 and imports.
        let single = try write(Array("First Name,\(long)1\nAna,a\n".utf8), name: "single.csv")
        let (plan2, reader2) = try runner.plan(path: single)
        #expect(try runner.run(plan2, reader: reader2, dryRun: false).imported == 1)
        #expect(try customFieldLabels(store).map(\.count) == [100])
    }

    @Test(arguments: StoreBackend.all)
    func moreThan50NewCustomFieldsNeedAConfirmation(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let header = ["First Name"] + (1...60).map { "Extra \($0)" }
        let path = try write(Array((CSVWriter.line(header) + CSVWriter.line(["Ana"] + (1...60).map { "v\($0)" })).utf8))
        let runner = store.imports
        var (plan, reader) = try runner.plan(path: path)
        #expect(plan.newCustomFieldCount == 60 && plan.needsCustomFieldConfirmation)
        #expect(throws: ImportNeedsConfirmation(newCustomFields: 60, allowed: 50)) { try runner.run(plan, reader: reader, dryRun: false) }
        #expect(try store.customers.count() == 0)
        #expect(try store.customFields.definitions().isEmpty)
        (plan, reader) = try runner.plan(path: path)
        plan.allowedNewCustomFields = 60
        #expect(try runner.run(plan, reader: reader, dryRun: false).imported == 1)
        #expect(try customFieldLabels(store) == Array(header.dropFirst()))
    }

    /// 5,000 columns import, their fields in column order, in time proportional to the columns
    /// (1,000 columns are the yardstick measured in the same run).
    @Test(arguments: StoreBackend.all)
    func aFileOf5000ColumnsStaysLinear(_ backend: StoreBackend) throws {
        func importColumns(_ columns: Int) throws -> Double {
            let fresh = try backend.makeStore()
            let header = ["First Name"] + (1...columns).map { "Column \($0)" }
            var text = CSVWriter.line(header)
            for row in 0..<5 { text += CSVWriter.line(["Name \(row)"] + (1...columns).map { "r\(row)c\($0)" }) }
            let path = temp.directory.appendingPathComponent("wide-\(columns).csv").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let start = Date()
            let runner = fresh.imports
            var (plan, reader) = try runner.plan(path: path)
            plan.allowedNewCustomFields = plan.newCustomFieldCount
            #expect(try runner.run(plan, reader: reader, dryRun: false).imported == 5)
            let elapsed = Date().timeIntervalSince(start)
            if columns == 5_000 { #expect(try customFieldLabels(fresh) == Array(header.dropFirst())) }
            return elapsed
        }
        let small = min(try importColumns(1_000), try importColumns(1_000))
        let large = try importColumns(5_000)
        #expect(large < small * 12, "1,000 columns: \(small) s, 5,000: \(large) s")
    }
}
