import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele notes`: a customer's notes, and adding, editing and deleting them (PRODUCT §7).
struct Notes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List a customer's notes (pinned first, newest first); add, edit or delete one.",
        discussion: """
            Exit 0 done, 1 no such customer or note, 3 a note refused (empty, too long, a card number; nothing stored) \
            or a --remind time not understood, 64 delete without --yes, 4 a database problem.
            """,
        subcommands: [ListNotes.self, AddNote.self, EditNote.self, DeleteNote.self],
        defaultSubcommand: ListNotes.self)
}

struct NoteJSON: Encodable {
    let id: Int64
    let text: String
    let pinned: Bool
    let createdAt: Date
    let remindAt: NullableDate
    let reminderDone: Bool

    init(_ note: Note) {
        id = note.id ?? 0
        text = note.body
        pinned = note.isPinned
        createdAt = note.createdAt
        remindAt = NullableDate(note.reminder?.dueAt)
        reminderDone = note.reminder?.doneAt != nil
    }
}

struct ListNotes: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "list", abstract: "A customer's notes, pinned first, newest first.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Flag(help: "Print JSON: [{\"id\", \"text\", \"pinned\", \"createdAt\", \"remindAt\", \"reminderDone\"}].") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "notes")
        let notes = try CardWork.run("notes") { try opened.notes.notes(for: id) }
        if json {
            print(try JSONOutput.string(notes.map(NoteJSON.init)))
            return
        }
        for note in notes {
            var marks: [String] = []
            if note.isPinned { marks.append("pinned") }
            if let reminder = note.reminder {
                marks.append(reminder.doneAt == nil ? "remind \(CardWork.local(reminder.dueAt))" : "reminder done")
            }
            print(HumanText.row([String(note.id ?? 0), CardWork.local(note.createdAt), marks.joined(separator: ", "), note.body]))
        }
    }
}

struct AddNote: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a note to a customer; prints its id.",
        discussion: "WHEN: 2026-12-03 10:00, 3/12 10h (12/3 in the US), tomorrow 9am, demain 9h, mañana 9:00, in 3 days, next week, friday 17:30.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Argument(help: "The note.") var text: String
    @Option(help: ArgumentHelp("Remind the shop then.", valueName: "WHEN")) var remind: String?
    @Flag(help: "Keep the note on top.") var pin = false
    @Flag(help: "Print JSON: {\"id\"}.") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "notes add")
        let due = try remind.map { try CardWork.when($0, store: opened, command: "notes add") }
        let now = Date()
        let saved = try CardWork.run("notes add") {
            try opened.notes.save(Note(customerID: id, body: text, isPinned: pin, createdAt: now, updatedAt: now,
                                       reminder: due.map { Reminder(dueAt: $0) }), now: now)
        }
        if json {
            print(try JSONOutput.string(["id": saved.id ?? 0]))
        } else {
            print(saved.id ?? 0)
        }
    }
}

struct EditNote: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Replace a note's text.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The note's id.") var noteId: Int64
    @Argument(help: "The new text.") var text: String

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        var note = try CardWork.note(noteId, in: opened, command: "notes edit")
        note.body = text
        _ = try CardWork.run("notes edit") { try opened.notes.save(note, now: Date()) }
        say("Note \(noteId) saved.")
    }
}

struct DeleteNote: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a note (needs --yes).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The note's id.") var noteId: Int64
    @Flag(help: "Confirm: a script has no prompt to answer.") var yes = false

    func validate() throws {
        if !yes { throw ValidationError("deleting a note needs --yes (it cannot be undone)") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.note(noteId, in: opened, command: "notes delete")
        try CardWork.run("notes delete") { try opened.notes.delete(id: noteId) }
        say("Note \(noteId) deleted.")
    }
}
