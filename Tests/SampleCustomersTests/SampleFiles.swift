import CustomerCore
import Foundation
import SampleCustomers

/// A folder for one test's files, removed with the value; and the files read back through the
/// import's own reader, which knows nothing of how they were made.
final class SampleFiles {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sample-customers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Writes the list (and its truth file) under a fresh name; returns the list's path.
    func write(_ options: CustomerListOptions, truth: String? = nil) throws -> String {
        let path = path("list-\(UUID().uuidString.prefix(8)).csv")
        try CustomerListFile.write(options, to: path, truth: truth)
        return path
    }

    func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// Every record after the header, through `CSVReader`.
    func records(_ path: String) throws -> (header: [String], rows: [[String]]) {
        let reader = try CSVReader(path: path)
        let header = try reader.next()?.fields ?? []
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        return (header, rows)
    }

    /// The truth file's lines: row, cluster, kind.
    func truth(_ path: String) throws -> [(row: Int, cluster: Int, kind: String)] {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { line in
            let fields = line.split(separator: ",").map(String.init)
            return (Int(fields[0]) ?? -1, Int(fields[1]) ?? -1, fields[2])
        }
    }
}
