import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGNoteRepository: NotesStore {
    let link: PGLink

    public func notes(for customerID: CustomerID) throws -> [Note] { throw PGUnported(part: "NotesStore") }
    public func save(_ note: Note, now: Date) throws -> Note { throw PGUnported(part: "NotesStore") }
    public func delete(id: Int64) throws { throw PGUnported(part: "NotesStore") }
    public func markReminderDone(noteID: Int64, at now: Date) throws { throw PGUnported(part: "NotesStore") }
    public func snoozeReminder(noteID: Int64, until date: Date) throws { throw PGUnported(part: "NotesStore") }
    public func dueReminders(at now: Date, limit: Int) throws -> [DueReminder] { throw PGUnported(part: "NotesStore") }
    public func dueReminderCount(at now: Date) throws -> Int { throw PGUnported(part: "NotesStore") }
    public func note(id: Int64) throws -> Note? { throw PGUnported(part: "NotesStore") }
    public func openReminders(limit: Int) throws -> [DueReminder] { throw PGUnported(part: "NotesStore") }
    public func openReminderCount() throws -> Int { throw PGUnported(part: "NotesStore") }
    public func remindersToNotify(at now: Date) throws -> [DueReminder] { throw PGUnported(part: "NotesStore") }
    public func markReminderNotified(noteID: Int64, at now: Date) throws { throw PGUnported(part: "NotesStore") }
}
