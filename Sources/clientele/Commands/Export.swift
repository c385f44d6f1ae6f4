import ArgumentParser
import CustomerCore
import Foundation

/// `clientele export`: the directory as CSV (Square's headers), vCard 4.0 or JSON.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export customers as CSV (Square's headers), vCard 4.0 or JSON.")

    @OptionGroup var store: StoreOptions

    @Option(help: "csv, vcard or json.") var format: String = "csv"
    @Option(help: "Only this group.") var group: String?
    @Option(help: "Write here instead of standard output.") var out: String?

    func validate() throws {
        guard DirectoryExportFormat(rawValue: format.lowercased()) != nil else { throw ValidationError("--format must be csv, vcard or json") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store)
        let handle: FileHandle
        var temporary: String?
        if let out {
            temporary = out + ".partial"
            FileManager.default.createFile(atPath: temporary!, contents: nil)
            guard let file = FileHandle(forWritingAtPath: temporary!) else { Stderr.print("clientele export: cannot write \(out)"); throw ExitStatus.databaseProblem }
            handle = file
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
}
