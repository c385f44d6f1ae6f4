import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele documents`: a customer's documents; attaching, renaming, exporting, deleting (PRODUCT §6).
struct Documents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List a customer's documents; add (PDF, JPEG, GIF, PNG up to 20 MB, 100 a profile), rename, export or delete one.",
        discussion: """
            Exit 0 done, 1 no such customer or document, 3 refused (the rule broken, the file's real type and size; \
            nothing stored) or an export folder that does not exist, 64 delete without --yes, 4 a database or disk problem.
            """,
        subcommands: [ListDocuments.self, AddDocument.self, RenameDocument.self, ExportDocument.self, DeleteDocument.self],
        defaultSubcommand: ListDocuments.self)
}

struct DocumentJSON: Encodable {
    let id: Int64
    let name: String
    let type: String
    let bytes: Int
    let addedAt: Date

    init(_ attachment: Attachment) {
        id = attachment.id ?? 0
        name = attachment.fileName
        type = attachment.fileType.rawValue
        bytes = attachment.byteCount
        addedAt = attachment.createdAt
    }
}

struct ListDocuments: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "list", abstract: "A customer's documents, newest first.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Flag(help: "Print JSON: [{\"id\", \"name\", \"type\", \"bytes\", \"addedAt\"}].") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "documents")
        let documents = try CardWork.run("documents") { try opened.attachments.attachments(for: id) }
        if json {
            print(try JSONOutput.string(documents.map(DocumentJSON.init)))
            return
        }
        for document in documents {
            print(HumanText.row([String(document.id ?? 0), document.fileName, document.fileType.label, ByteCountText.format(document.byteCount),
                                 CardWork.local(document.createdAt)]))
        }
    }
}

struct AddDocument: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Attach a file to a customer; prints the document's id.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Argument(help: "The file.") var file: String
    @Option(help: "The document's name (default: the file's).") var name: String?

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "documents add")
        guard FileManager.default.isReadableFile(atPath: file) else {
            Stderr.print("clientele documents add: cannot read \(file) — nothing was stored")
            throw ExitStatus.invalidData
        }
        let attached = try CardWork.run("documents add") { try opened.attachments.attach(fileAt: file, to: id, now: Date()) }
        if let name, name != attached.fileName {
            do { try opened.attachments.rename(id: attached.id ?? 0, to: name) } catch {
                try? opened.attachments.delete(id: attached.id ?? 0)
                throw CardWork.failure(error, command: "documents add")
            }
        }
        print(attached.id ?? 0)
    }
}

struct RenameDocument: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a document.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The document's id.") var docId: Int64
    @Argument(help: "The new name.") var name: String

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.document(docId, in: opened, command: "documents rename")
        try CardWork.run("documents rename") { try opened.attachments.rename(id: docId, to: name) }
        say("Document \(docId) renamed.")
    }
}

struct ExportDocument: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a copy of a document into a folder; prints the path written.",
        discussion: "Never overwrites: a name already taken there becomes \"name (1).pdf\".")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The document's id.") var docId: Int64
    @Option(help: ArgumentHelp("The folder.", valueName: "DIR")) var to: String

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let document = try CardWork.document(docId, in: opened, command: "documents export")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: to, isDirectory: &isDirectory), isDirectory.boolValue else {
            Stderr.print("clientele documents export: there is no folder \(to)")
            throw ExitStatus.invalidData
        }
        let path = try CardWork.run("documents export") { try opened.attachments.export(document, to: to) }
        say(path)
    }
}

struct DeleteDocument: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a document (needs --yes).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The document's id.") var docId: Int64
    @Flag(help: "Confirm: a script has no prompt to answer.") var yes = false

    func validate() throws {
        if !yes { throw ValidationError("deleting a document needs --yes (it cannot be undone)") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.document(docId, in: opened, command: "documents delete")
        try CardWork.run("documents delete") { try opened.attachments.delete(id: docId) }
        say("Document \(docId) deleted.")
    }
}
