import Foundation
import GRDB
import CustomerCore

/// Notes and their reminders (PRODUCT §7).
public struct NoteRepository: NotesStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    static let columns = "id, customer_id, body, is_pinned, created_at, updated_at, reminder_at, reminder_done_at"

    static func note(_ row: Row) -> Note {
        let reminderAt: Int64? = row["reminder_at"]
        return Note(id: row["id"], customerID: row["customer_id"], body: row["body"], isPinned: row["is_pinned"],
                    createdAt: StoredTime.decode(row["created_at"] as Int64), updatedAt: StoredTime.decode(row["updated_at"] as Int64),
                    reminder: reminderAt.map { Reminder(dueAt: StoredTime.decode($0), doneAt: StoredTime.decodeIfPresent(row["reminder_done_at"])) })
    }

    /// A profile's notes, pinned first, then newest first.
    public func notes(for customerID: CustomerID) throws -> [Note] {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM note WHERE customer_id = ? ORDER BY is_pinned DESC, created_at DESC, id DESC",
                           arguments: [customerID], Self.note)
        }
    }

    /// Adds or updates a note; refused (nothing written) if empty or sensitive.
    public func save(_ note: Note, now: Date = Date()) throws -> Note {
        let issues = note.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        var saved = note
        saved.body = note.body.trimmingCharacters(in: .whitespacesAndNewlines)
        saved.updatedAt = now
        return try database.writer.write { db in
            let arguments: StatementArguments = [saved.customerID, saved.body, saved.isPinned, StoredTime.encode(saved.createdAt),
                                                 StoredTime.encode(now), StoredTime.encodeIfPresent(saved.reminder?.dueAt),
                                                 StoredTime.encodeIfPresent(saved.reminder?.doneAt)]
            if let id = saved.id {
                try db.execute(sql: """
                    UPDATE note SET customer_id = ?, body = ?, is_pinned = ?, created_at = ?, updated_at = ?, reminder_at = ?, reminder_done_at = ?,
                        reminder_notified_at = CASE WHEN reminder_at IS ?6 THEN reminder_notified_at END
                    WHERE id = ?8
                    """, arguments: arguments + [id])
                if db.changesCount == 0 { throw StoreError.notFound(what: "note", id: id) }
            } else {
                try db.execute(sql: """
                    INSERT INTO note (customer_id, body, is_pinned, created_at, updated_at, reminder_at, reminder_done_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: arguments)
                saved.id = db.lastInsertedRowID
            }
            try CustomerRepository.touchActivity(db, customerID: saved.customerID, at: now)
            return saved
        }
    }

    /// Many notes in one transaction through one prepared statement, each checked like `save`,
    /// without moving the profiles' last activity: for benchmarks and fixtures, where a transaction
    /// per note would be most of the time. The new ids, in order.
    @discardableResult
    public func insertBatch(_ notes: [Note]) throws -> [Int64] {
        for note in notes {
            let issues = note.issues()
            guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        }
        return try database.writer.write { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO note (customer_id, body, is_pinned, created_at, updated_at, reminder_at, reminder_done_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            return try notes.map { note in
                try insert.execute(arguments: [note.customerID, note.body.trimmingCharacters(in: .whitespacesAndNewlines), note.isPinned,
                                               StoredTime.encode(note.createdAt), StoredTime.encode(note.updatedAt),
                                               StoredTime.encodeIfPresent(note.reminder?.dueAt), StoredTime.encodeIfPresent(note.reminder?.doneAt)])
                return db.lastInsertedRowID
            }
        }
    }

    public func delete(id: Int64) throws {
        try database.writer.write { db in try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [id]) }
    }

    public func markReminderDone(noteID: Int64, at now: Date = Date()) throws {
        try database.writer.write { db in
            try db.execute(sql: "UPDATE note SET reminder_done_at = ? WHERE id = ? AND reminder_at IS NOT NULL", arguments: [StoredTime.encode(now), noteID])
        }
    }

    public func snoozeReminder(noteID: Int64, until date: Date) throws {
        try database.writer.write { db in
            try db.execute(sql: "UPDATE note SET reminder_at = ?, reminder_done_at = NULL, reminder_notified_at = NULL WHERE id = ?",
                           arguments: [StoredTime.encode(date), noteID])
        }
    }

    public func note(id: Int64) throws -> Note? {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM note WHERE id = ?", arguments: [id], Self.note).first
        }
    }

    /// Every reminder not done, due or upcoming, soonest first, with whose it is (read in the
    /// order of the partial index `note_by_open_reminder`, which holds only those).
    public func openReminders(limit: Int) throws -> [DueReminder] {
        try reminders(where: "", arguments: [], limit: limit)
    }

    public func openReminderCount() throws -> Int {
        try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM note INDEXED BY note_by_open_reminder WHERE reminder_at IS NOT NULL AND reminder_done_at IS NULL") ?? 0
        }
    }

    /// Due, not done, and not sent since its time was last set.
    public func remindersToNotify(at now: Date) throws -> [DueReminder] {
        try reminders(where: "AND n.reminder_at <= ? AND n.reminder_notified_at IS NULL", arguments: [StoredTime.encode(now)], limit: Int.max)
    }

    public func markReminderNotified(noteID: Int64, at now: Date) throws {
        try database.writer.write { db in
            try db.execute(sql: "UPDATE note SET reminder_notified_at = ? WHERE id = ? AND reminder_at IS NOT NULL", arguments: [StoredTime.encode(now), noteID])
            if db.changesCount == 0 { throw StoreError.notFound(what: "reminder", id: noteID) }
        }
    }

    /// Open reminders due at `now`, across all customers, oldest first, with whose they are.
    public func dueReminders(at now: Date = Date(), limit: Int = 500) throws -> [DueReminder] {
        try reminders(where: "AND n.reminder_at <= ?", arguments: [StoredTime.encode(now)], limit: limit)
    }

    /// Open reminders (and `condition`), soonest first, through the partial index of open reminders.
    func reminders(where condition: String, arguments: StatementArguments, limit: Int) throws -> [DueReminder] {
        try database.writer.read { db in
            // The note's columns keep their names; the customer's are prefixed, so that none is read twice.
            try db.mapRows(sql: """
                SELECT \(Self.columns.split(separator: ",").map { "n." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")),
                       c.given_name AS customer_given_name, c.family_name AS customer_family_name, c.nickname AS customer_nickname,
                       c.company_name AS customer_company_name, c.email_address AS customer_email_address, c.phone_number AS customer_phone_number
                FROM note n INDEXED BY note_by_open_reminder JOIN customer c ON c.id = n.customer_id
                WHERE n.reminder_at IS NOT NULL AND n.reminder_done_at IS NULL \(condition)
                ORDER BY n.reminder_at, n.id LIMIT ?
                """, arguments: arguments + [min(limit, Int(Int64.max))]) { row in
                let who = Customer(givenName: row["customer_given_name"], familyName: row["customer_family_name"], nickname: row["customer_nickname"],
                                   companyName: row["customer_company_name"], emailAddress: row["customer_email_address"],
                                   phoneNumber: row["customer_phone_number"])
                return DueReminder(note: Self.note(row), customerName: who.displayName)
            }
        }
    }

    public func dueReminderCount(at now: Date = Date()) throws -> Int {
        try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM note WHERE reminder_at IS NOT NULL AND reminder_done_at IS NULL AND reminder_at <= ?",
                             arguments: [StoredTime.encode(now)]) ?? 0
        }
    }
}

