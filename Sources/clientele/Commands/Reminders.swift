import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele reminders`: open reminders across customers, marking them done or snoozing them, and
/// `--notify` for cron (PRODUCT §7).
struct Reminders: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "List open reminders (soonest first), mark one done, snooze one; --notify sends the due ones once.",
        discussion: """
            Listing exits 1 when there is none. --notify sends each due reminder once: through the mail command of \
            the settings (clientele settings set mail-command "msmtp -t" / "sendmail -i", given the message on stdin \
            and the shop's address, clientele settings set shop-email ADDRESS, as its argument), else through \
            notify-send when it is on PATH, else printed; it exits 0 when nothing failed (also when nothing was due), \
            2 when some failed to send (they are sent again next time), 3 mail command without shop-email, 4 database problem.
            """,
        subcommands: [ListReminders.self, ReminderDone.self, SnoozeReminder.self],
        defaultSubcommand: ListReminders.self)
}

struct ReminderJSON: Encodable {
    let noteId: Int64
    let customerId: Int64
    let customerName: String
    let text: String
    let remindAt: Date

    init(_ reminder: DueReminder) {
        noteId = reminder.note.id ?? 0
        customerId = reminder.note.customerID
        customerName = reminder.customerName
        text = reminder.note.body
        remindAt = reminder.note.reminder?.dueAt ?? reminder.note.createdAt
    }
}

struct ListReminders: StoreCommand {
    /// Reads, unless it is asked to change something: then it writes (and may create the file).
    var storeAccess: StoreAccess { notify ? .writes : .reads }
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Open reminders across customers, soonest first.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Only those due now.") var due = false
    @Flag(help: "Print JSON: [{\"noteId\", \"customerId\", \"customerName\", \"text\", \"remindAt\"}].") var json = false
    @Flag(help: "Send each due reminder not sent yet (mail command, else notify-send, else printed).") var notify = false

    func validate() throws {
        if notify && (due || json) { throw ValidationError("--notify goes alone (it sends the due reminders)") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        if notify {
            let options = store
            return try ReminderNotifier(store: opened, takeLock: { RunLock.take("notify", store: opened, options: options) }).run()
        }
        let reminders = try CardWork.run("reminders") {
            due ? try opened.notes.dueReminders(at: Date(), limit: Int.max) : try opened.notes.openReminders(limit: Int.max)
        }
        if json {
            print(try JSONOutput.string(reminders.map(ReminderJSON.init)))
        } else {
            for reminder in reminders {
                print(HumanText.row([String(reminder.note.id ?? 0), CardWork.local(reminder.note.reminder?.dueAt ?? reminder.note.createdAt),
                                     "\(reminder.customerName) (\(reminder.note.customerID))", CardWork.firstWords(reminder.note.body, limit: 80)]))
            }
        }
        if reminders.isEmpty {
            if !json { Stderr.print(due ? "no reminder is due" : "no open reminder") }
            throw ExitStatus.notFound
        }
    }
}

struct ReminderDone: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a note's reminder done.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The note's id.") var noteId: Int64

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let note = try CardWork.note(noteId, in: opened, command: "reminders done")
        guard note.reminder != nil else {
            Stderr.print("clientele reminders done: note \(noteId) has no reminder")
            throw ExitStatus.notFound
        }
        try CardWork.run("reminders done") { try opened.notes.markReminderDone(noteID: noteId, at: Date()) }
        say("Reminder of note \(noteId) done.")
    }
}

struct SnoozeReminder: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "snooze", abstract: "Move a note's reminder to a later time (it is sent again then).",
        discussion: "WHEN: 2026-12-03 10:00, 3/12 10h (12/3 in the US), tomorrow 9am, in 3 days, next week, friday 17:30.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The note's id.") var noteId: Int64
    @Option(help: ArgumentHelp("The new time.", valueName: "WHEN")) var until: String

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let note = try CardWork.note(noteId, in: opened, command: "reminders snooze")
        guard note.reminder != nil else {
            Stderr.print("clientele reminders snooze: note \(noteId) has no reminder")
            throw ExitStatus.notFound
        }
        let date = try CardWork.when(until, store: opened, command: "reminders snooze")
        try CardWork.run("reminders snooze") { try opened.notes.snoozeReminder(noteID: noteId, until: date) }
        say("Reminder of note \(noteId) moved to \(CardWork.local(date)).")
    }
}
