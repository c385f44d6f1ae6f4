import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele backup FILE`: an online, consistent copy of the database, its documents beside it.
struct Backup: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to FILE while other counters go on working, with its documents in attachments/ beside FILE.",
        discussion: """
            The copy is one consistent state of the database (SQLite's VACUUM INTO), and attachments/ beside FILE receives \
            exactly the document files that copy refers to (hard-linked on the same file system, else copied). FILE must not \
            exist and its folder must; a failure leaves nothing behind. `clientele check --db FILE` checks the copy, and any \
            command opens it with --db FILE. Exit 3 when FILE exists or its folder is missing or not writable (nothing written), \
            4 on a database or disk problem.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The backup file to write (it must not exist).", valueName: "file"))
    var file: String

    @Flag(help: "Print the result as JSON: file, customers, documents, bytes, seconds.")
    var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        let summary = try CardWork.run("backup") { try opened.maintenance.backup(to: path) }
        if json {
            let object: [String: Any] = ["file": summary.file, "customers": summary.customers, "documents": summary.documents,
                                         "bytes": summary.bytes, "seconds": (summary.seconds * 1000).rounded() / 1000]
            print(try JSONOutput.string(jsonObject: object, options: [.sortedKeys]))
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("attachments").path
            let files = summary.files == 0 ? "" : " (\(counted(summary.files, "document file", "document files")) in \(folder))"
            say("Backed up \(counted(summary.customers, "customer", "customers")) and \(counted(summary.documents, "document", "documents"))"
                + " to \(summary.file)\(files), \(counted(Int(summary.bytes), "byte", "bytes")) in \(String(format: "%.2f", summary.seconds)) s.")
        }
    }
}
