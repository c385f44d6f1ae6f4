import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele fields`: the custom fields every card has ("Agregar/Editar campos", seed 004) —
/// list, add, rename, change a kind, move, delete — over the same port as the fields screen.
struct Fields: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields",
        abstract: "List the custom fields; add, rename, retype, move or delete one.",
        discussion: """
            Types: \(CustomFieldKind.allCases.map(CustomFieldHeader.word(for:)).joined(separator: ", ")) (a choice takes its options \
            with --option, once each). Exit 0 done, 1 no such field, 3 refused (a label taken or invalid, values that do not fit \
            the new type — listed on stderr —, a delete without --yes); nothing is changed when refused.
            """,
        subcommands: [ListFields.self, AddField.self, RenameField.self, RetypeField.self, MoveField.self, DeleteField.self],
        defaultSubcommand: ListFields.self)

    /// A type from its word ("number", "yes/no", "yes_no"), or a usage error naming the words.
    /// The field a command names: by its id when the word is one, else by its label (any case).
    static func id(of word: String, in store: any ClienteleStoring, command: String) throws -> Int64 {
        let definitions = try CardWork.run(command) { try store.customFields.definitions() }
        if let id = Int64(word), definitions.contains(where: { $0.id == id }) { return id }
        if let match = definitions.first(where: { $0.label.caseInsensitiveCompare(word.trimmingCharacters(in: .whitespaces)) == .orderedSame }), let id = match.id {
            return id
        }
        Stderr.print(HumanText.clean("clientele \(command): no custom field “\(word)”; the fields are \(definitions.map(\.label).joined(separator: ", "))"))
        throw ExitStatus.notFound
    }

    static func kind(_ word: String) throws -> CustomFieldKind {
        guard let kind = CustomFieldHeader.kind(named: word) else {
            throw ValidationError("no type “\(word)”; the types are \(CustomFieldKind.allCases.map(CustomFieldHeader.word(for:)).joined(separator: ", "))")
        }
        return kind
    }

    /// The field's line for people: id, label, type (a choice with its options), position, values.
    static func row(_ field: CustomFieldDefinition, count: Int) -> String {
        let type = field.kind == .choice ? "choice: " + field.choices.joined(separator: "|") : CustomFieldHeader.word(for: field.kind)
        return HumanText.row(["\(field.id ?? 0)", field.label, type, "\(field.position)", "\(count) value\(count == 1 ? "" : "s")"])
    }
}

/// The JSON shape of one custom field.
struct FieldJSON: Encodable {
    let id: Int64
    let label: String
    let type: String
    let options: [String]
    let position: Int
    let valueCount: Int

    init(_ field: CustomFieldDefinition, count: Int) {
        id = field.id ?? 0
        label = field.label
        type = field.kind.rawValue
        options = field.choices
        position = field.position
        valueCount = count
    }
}

struct ListFields: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The custom fields in their order, with how many customers have a value.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print a JSON array of {id, label, type, options, position, valueCount}.") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let (fields, counts) = try CardWork.run("fields") { (try opened.customFields.definitions(), try opened.customFields.valueCounts()) }
        if json {
            print(try JSONOutput.string(fields.map { FieldJSON($0, count: counts[$0.id ?? 0] ?? 0) }))
            return
        }
        if fields.isEmpty { say("No custom fields.") }
        for field in fields { print(Fields.row(field, count: counts[field.id ?? 0] ?? 0)) }
    }
}

struct AddField: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a custom field at the end.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The label.") var label: String
    @Option(help: "The type (text, number, date, email, phone, address, yes/no, choice).") var type = "text"
    @Option(name: .customLong("option"), help: "An option of a choice field (repeat for each).") var option: [String] = []
    @Option(help: ArgumentHelp("The options of a choice field in one value, separated by |.", valueName: "a|b|c")) var choices: String?

    /// --choices "a|b|c" and each --option, in that order.
    var options: [String] { (choices.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } } ?? []) + option }
    @Flag(help: "Print the field as JSON.") var json = false

    func validate() throws {
        _ = try Fields.kind(type)
        if !options.isEmpty, try Fields.kind(type) != .choice { throw ValidationError("--option is for a choice field (--type choice)") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let field = try CardWork.run("fields add") {
            try opened.customFields.save(CustomFieldDefinition(label: label, kind: try Fields.kind(type), choices: options))
        }
        if json { print(try JSONOutput.string(FieldJSON(field, count: 0))) } else { say("Added custom field \(field.id ?? 0): \(field.label).") }
    }
}

struct RenameField: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a custom field; its values are kept.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The field: its label (OLD) or its id (clientele fields).") var field: String
    @Argument(help: "The new label.") var label: String

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let id = try Fields.id(of: field, in: opened, command: "fields rename")
        let field = try CardWork.run("fields rename") {
            var field = try opened.customFields.definition(id: id)
            field.label = label
            return try opened.customFields.save(field)
        }
        say("Renamed custom field \(id) to \(field.label).")
    }
}

struct RetypeField: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "type", abstract: "Change a field's type (or a choice's options), converting its values.",
        discussion: "Every value is read as the new type; when some do not fit, they are listed on stderr with their customers, nothing changes and the exit is 3.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The field: its label or its id (clientele fields).") var field: String
    @Argument(help: "The new type.") var type: String
    @Option(name: .customLong("option"), help: "An option of a choice field (repeat for each).") var option: [String] = []
    @Option(help: ArgumentHelp("The options of a choice field in one value, separated by |.", valueName: "a|b|c")) var choices: String?

    /// --choices "a|b|c" and each --option, in that order.
    var options: [String] { (choices.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } } ?? []) + option }

    func validate() throws {
        if !options.isEmpty, try Fields.kind(type) != .choice { throw ValidationError("--option is for a choice field") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let id = try Fields.id(of: field, in: opened, command: "fields type")
        let kind = try Fields.kind(type)
        do {
            let field = try opened.customFields.changeType(fieldID: id, to: kind, choices: options)
            say("Custom field \(id) (\(field.label)) is now \(CustomFieldHeader.word(for: field.kind)).")
        } catch let refused as CustomFieldTypeChangeRefused {
            Stderr.print("clientele fields type: \(refused)\nNothing was changed.")
            throw ExitStatus.invalidData
        } catch {
            throw CardWork.failure(error, command: "fields type")
        }
    }
}

struct MoveField: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Move a field to another place in the order (1 is first).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The field: its label or its id (clientele fields).") var field: String
    @Option(help: "The new place, 1 first.") var to: Int

    func validate() throws { if to < 1 { throw ValidationError("--to is a place from 1") } }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let id = try Fields.id(of: field, in: opened, command: "fields move")
        let order = try CardWork.run("fields move") { try opened.customFields.move(fieldID: id, to: to) }
        let place = order.firstIndex { $0.id == id }.map { $0 + 1 } ?? to
        say("Custom field \(id) is now number \(place) of \(order.count).")
    }
}

struct DeleteField: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a field and every customer's value for it.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The field: its label or its id (clientele fields).") var field: String
    @Flag(help: "Delete even though customers have a value (without it the command says how many, and stops).") var yes = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let id = try Fields.id(of: self.field, in: opened, command: "fields delete")
        let (field, count) = try CardWork.run("fields delete") {
            (try opened.customFields.definition(id: id), try opened.customFields.valueCount(fieldID: id))
        }
        guard yes else {
            Stderr.print("clientele fields delete: “\(field.label)” has a value on \(count) customer\(count == 1 ? "" : "s"); "
                         + "run again with --yes to delete it and them — nothing was deleted")
            throw ExitStatus.invalidData
        }
        try CardWork.run("fields delete") { try opened.customFields.delete(id: id) }
        say("Deleted custom field \(id) (\(field.label)) and \(count) value\(count == 1 ? "" : "s").")
    }
}
