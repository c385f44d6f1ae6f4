import Foundation

/// Notes and their reminders (PRODUCT §7).
public protocol NotesStore: Sendable {
    /// A profile's notes, pinned first, then newest first.
    func notes(for customerID: CustomerID) throws -> [Note]
    /// Adds or updates a note; refused with `StoreError.invalid` (nothing written) if empty or sensitive.
    func save(_ note: Note, now: Date) throws -> Note
    func delete(id: Int64) throws
    func markReminderDone(noteID: Int64, at now: Date) throws
    func snoozeReminder(noteID: Int64, until date: Date) throws
    /// Open reminders due at `now`, across all customers, oldest first, with whose they are.
    func dueReminders(at now: Date, limit: Int) throws -> [DueReminder]
    func dueReminderCount(at now: Date) throws -> Int
    /// One note, or nil when there is none with that id.
    func note(id: Int64) throws -> Note?
    /// Every reminder not done — due or upcoming — across customers, soonest first, with whose it is.
    func openReminders(limit: Int) throws -> [DueReminder]
    func openReminderCount() throws -> Int
    /// Due at `now`, not done, and not notified since its time was last set (a snooze, or a save
    /// that changes the time, makes a reminder notifiable again).
    func remindersToNotify(at now: Date) throws -> [DueReminder]
    /// Records that the reminder was sent; `StoreError.notFound` when the note has no reminder.
    func markReminderNotified(noteID: Int64, at now: Date) throws
}

extension NotesStore {
    public func save(_ note: Note) throws -> Note { try save(note, now: Date()) }

    public func markReminderDone(noteID: Int64) throws { try markReminderDone(noteID: noteID, at: Date()) }

    public func dueReminders(at now: Date = Date()) throws -> [DueReminder] { try dueReminders(at: now, limit: 500) }

    public func dueReminderCount() throws -> Int { try dueReminderCount(at: Date()) }
}
