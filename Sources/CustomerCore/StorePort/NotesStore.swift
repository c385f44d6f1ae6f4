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
}

extension NotesStore {
    public func save(_ note: Note) throws -> Note { try save(note, now: Date()) }

    public func markReminderDone(noteID: Int64) throws { try markReminderDone(noteID: noteID, at: Date()) }

    public func dueReminders(at now: Date = Date()) throws -> [DueReminder] { try dueReminders(at: now, limit: 500) }

    public func dueReminderCount() throws -> Int { try dueReminderCount(at: Date()) }
}
