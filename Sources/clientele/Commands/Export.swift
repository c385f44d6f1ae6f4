import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation
import TerminalCore

/// `clientele export`: the directory as CSV (Square's headers), vCard 4.0 or JSON.
struct Export: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export customers as CSV (Square's headers), vCard 4.0 or JSON.",
        discussion: """
            A file (--out) or a pipe gets the data exactly as stored. On a terminal the text is shown through the screen's \
            sanitiser (controls and bidi overrides as visible placeholders), so a name cannot steer the terminal.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "csv, vcard or json.") var format: String = "csv"
    @Option(help: "Only this group.") var group: String?
    @Option(help: "Write here instead of standard output.") var out: String?

    func validate() throws {
        guard DirectoryExportFormat(rawValue: format.lowercased()) != nil else { throw ValidationError("--format must be csv, vcard or json") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let handle: FileHandle
        var temporary: String?
        if let out {
            temporary = out + ".partial"
            FileManager.default.createFile(atPath: temporary!, contents: nil)
            guard let file = FileHandle(forWritingAtPath: temporary!) else { Stderr.print("clientele export: cannot write \(out)"); throw ExitStatus.databaseProblem }
            handle = file
        } else if isatty(STDOUT_FILENO) == 1 {
            return try exportToTerminal(opened)
        } else {
            handle = FileHandle.standardOutput
        }
        do {
            let count = try opened.exports.export(format: DirectoryExportFormat(rawValue: format.lowercased())!, groupName: group, to: handle)
            if let out, let temporary {
                try handle.close()
                _ = try? FileManager.default.removeItem(atPath: out)
                try FileManager.default.moveItem(atPath: temporary, toPath: out)
                Stderr.print("Exported \(counted(count, "customer", "customers")) to \(out).")
            }
        } catch {
            if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
            Stderr.print("clientele export: \(error)")
            throw ExitStatus.databaseProblem
        }
    }

    /// For a person at a terminal: the export is written to a temporary file and shown line by line
    /// through `TextSanitizer` (JSON with its controls escaped instead, which decodes the same).
    func exportToTerminal(_ opened: any ClienteleStoring) throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-export-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: temporary, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        guard let file = FileHandle(forWritingAtPath: temporary) else { Stderr.print("clientele export: cannot write a temporary file"); throw ExitStatus.databaseProblem }
        let chosen = DirectoryExportFormat(rawValue: format.lowercased())!
        do {
            _ = try opened.exports.export(format: chosen, groupName: group, to: file)
            try file.close()
        } catch {
            Stderr.print("clientele export: \(error)")
            throw ExitStatus.databaseProblem
        }
        let text = String(decoding: FileManager.default.contents(atPath: temporary) ?? Data(), as: UTF8.self)
        if chosen == .json {
            FileHandle.standardOutput.write(Data(JSONOutput.escapingControls(text).utf8))
        } else {
            FileHandle.standardOutput.write(Data(TextSanitizer.sanitizeLines(text).joined(separator: "\n").utf8))
        }
    }
}
