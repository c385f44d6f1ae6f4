import CustomerCore
import Foundation

/// Notes and their reminders on PostgreSQL (PRODUCT §7): `NoteRepository`'s contract, the same
/// orders (pinned first then newest; reminders soonest first, ties by id) and the same refusals.
public struct PGNoteRepository: NotesStore {
    let link: PGLink

    static let columns = "id, customer_id, body, is_pinned, created_at, updated_at, reminder_at, reminder_done_at"

    static func note(_ row: PGRow) throws -> Note {
        let reminderAt = try row.optionalInt("reminder_at")
        let doneAt = try row.optionalInt("reminder_done_at")
        return Note(id: try row.int("id"), customerID: try row.int("customer_id"), body: try row.text("body"), isPinned: try row.flag("is_pinned"),
                    createdAt: StoredTime.decode(try row.int("created_at")), updatedAt: StoredTime.decode(try row.int("updated_at")),
                    reminder: reminderAt.map { Reminder(dueAt: StoredTime.decode($0), doneAt: doneAt.map(StoredTime.decode)) })
    }

    /// A profile's notes, pinned first, then newest first.
    public func notes(for customerID: CustomerID) throws -> [Note] {
        try link.query("SELECT \(Self.columns) FROM note WHERE customer_id = ? ORDER BY is_pinned DESC, created_at DESC, id DESC",
                       [customerID]).map(Self.note)
    }

    /// Adds or updates a note; refused (nothing written) if empty or sensitive.
    public func save(_ note: Note, now: Date) throws -> Note {
        let issues = note.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        var saved = note
        saved.body = note.body.trimmingCharacters(in: .whitespacesAndNewlines)
        saved.updatedAt = now
        let reminderAt = StoredTime.encodeIfPresent(saved.reminder?.dueAt)
        let values: [any PGBindable] = [saved.customerID, saved.body, saved.isPinned, StoredTime.encode(saved.createdAt),
                                        StoredTime.encode(now), reminderAt, StoredTime.encodeIfPresent(saved.reminder?.doneAt)]
        return try link.write { db in
            if let id = saved.id {
                // A new reminder time makes it notifiable again; an edit of the text keeps it notified.
                let changed = try db.execute("""
                    UPDATE note SET customer_id = ?, body = ?, is_pinned = ?, created_at = ?, updated_at = ?, reminder_at = ?, reminder_done_at = ?,
                        reminder_notified_at = CASE WHEN reminder_at IS NOT DISTINCT FROM ?::bigint THEN reminder_notified_at END
                    WHERE id = ?
                    """, values + [reminderAt, id])
                if changed == 0 { throw StoreError.notFound(what: "note", id: id) }
            } else {
                saved.id = try db.int("""
                    INSERT INTO note (customer_id, body, is_pinned, created_at, updated_at, reminder_at, reminder_done_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """, values)
            }
            try PGCustomerRepository.touchActivity(db, customerID: saved.customerID, at: now)
            return saved
        }
    }

    public func delete(id: Int64) throws {
        try link.write { db in try db.execute("DELETE FROM note WHERE id = ?", [id]) }
    }

    public func markReminderDone(noteID: Int64, at now: Date) throws {
        try link.write { db in
            try db.execute("UPDATE note SET reminder_done_at = ? WHERE id = ? AND reminder_at IS NOT NULL", [StoredTime.encode(now), noteID])
        }
    }

    public func snoozeReminder(noteID: Int64, until date: Date) throws {
        try link.write { db in
            try db.execute("UPDATE note SET reminder_at = ?, reminder_done_at = NULL, reminder_notified_at = NULL WHERE id = ?",
                           [StoredTime.encode(date), noteID])
        }
    }

    public func note(id: Int64) throws -> Note? {
        try link.one("SELECT \(Self.columns) FROM note WHERE id = ?", [id]).map(Self.note)
    }

    /// Every reminder not done, due or upcoming, soonest first, with whose it is.
    public func openReminders(limit: Int) throws -> [DueReminder] {
        try reminders(where: "", binds: [], limit: limit)
    }

    public func openReminderCount() throws -> Int {
        Int(try link.int("SELECT count(*) FROM note WHERE reminder_at IS NOT NULL AND reminder_done_at IS NULL") ?? 0)
    }

    /// Due, not done, and not sent since its time was last set.
    public func remindersToNotify(at now: Date) throws -> [DueReminder] {
        try reminders(where: "AND n.reminder_at <= ? AND n.reminder_notified_at IS NULL", binds: [StoredTime.encode(now)], limit: Int.max)
    }

    public func markReminderNotified(noteID: Int64, at now: Date) throws {
        try link.write { db in
            let changed = try db.execute("UPDATE note SET reminder_notified_at = ? WHERE id = ? AND reminder_at IS NOT NULL",
                                         [StoredTime.encode(now), noteID])
            if changed == 0 { throw StoreError.notFound(what: "reminder", id: noteID) }
        }
    }

    /// Open reminders due at `now`, across all customers, oldest first, with whose they are.
    public func dueReminders(at now: Date, limit: Int) throws -> [DueReminder] {
        try reminders(where: "AND n.reminder_at <= ?", binds: [StoredTime.encode(now)], limit: limit)
    }

    public func dueReminderCount(at now: Date) throws -> Int {
        Int(try link.int("SELECT count(*) FROM note WHERE reminder_at IS NOT NULL AND reminder_done_at IS NULL AND reminder_at <= ?",
                         [StoredTime.encode(now)]) ?? 0)
    }

    /// Open reminders (and `condition`), soonest first (the partial index of open reminders' order).
    func reminders(where condition: String, binds: [any PGBindable], limit: Int) throws -> [DueReminder] {
        // The note's columns keep their names; the customer's are prefixed, so that none is read twice.
        let noteColumns = Self.columns.split(separator: ",").map { "n." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
        return try link.query("""
            SELECT \(noteColumns),
                   c.given_name AS customer_given_name, c.family_name AS customer_family_name, c.nickname AS customer_nickname,
                   c.company_name AS customer_company_name, c.email_address AS customer_email_address, c.phone_number AS customer_phone_number
            FROM note n JOIN customer c ON c.id = n.customer_id
            WHERE n.reminder_at IS NOT NULL AND n.reminder_done_at IS NULL \(condition)
            ORDER BY n.reminder_at, n.id LIMIT ?
            """, binds + [Int64(max(0, limit))]).map { row in
            let who = Customer(givenName: try row.text("customer_given_name"), familyName: try row.text("customer_family_name"),
                               nickname: try row.text("customer_nickname"), companyName: try row.text("customer_company_name"),
                               emailAddress: try row.text("customer_email_address"), phoneNumber: try row.text("customer_phone_number"))
            return DueReminder(note: try Self.note(row), customerName: who.displayName)
        }
    }
}
