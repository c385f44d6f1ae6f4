import Foundation
import GRDB
import CustomerCore

/// The bare index lookups the benchmarks time beside the store's own answers — their "floor":
/// the same SQL a repository runs at its core, on the same connection, with no query planning of
/// ours, no mapping to domain types and no ordering. SQLite's by nature, so not part of the port.
public struct FloorQueries: Sendable {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The ids whose E.164 phone is exactly `e164`.
    public func ids(phoneE164 e164: String) throws -> [CustomerID] {
        try database.writer.read { db in try CustomerID.fetchAll(db, sql: "SELECT id FROM customer WHERE phone_e164 = ?", arguments: [e164]) }
    }

    /// Up to `limit` ids whose phone ends in `digits` (a range of the reversed-digits index).
    public func ids(phoneEndingIn digits: String, limit: Int) throws -> [CustomerID] {
        let reversed = String(digits.reversed())
        return try database.writer.read { db in
            try CustomerID.fetchAll(db, sql: "SELECT id FROM customer WHERE phone_reversed >= ? AND phone_reversed < ? LIMIT ?",
                                    arguments: [reversed, reversed + ":", limit])
        }
    }

    /// Up to `limit` rowids of the search index matching a word prefix (`"prefix"*`).
    public func searchIndexRowIDs(prefix: String, limit: Int) throws -> [CustomerID] {
        try database.writer.read { db in
            try CustomerID.fetchAll(db, sql: "SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?", arguments: ["\"\(prefix)\"*", limit])
        }
    }

    /// The first `limit` ids in name order (the sort-key index, no filter).
    public func idsByName(limit: Int) throws -> [CustomerID] {
        try database.writer.read { db in try CustomerID.fetchAll(db, sql: "SELECT id FROM customer ORDER BY sort_key, id LIMIT ?", arguments: [limit]) }
    }

    /// The first `limit` rows of the directory in name order with their names, as the first frame
    /// needs them; how many were read.
    public func firstNamesByName(limit: Int) throws -> Int {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, given_name, family_name FROM customer ORDER BY sort_key, id LIMIT ?", arguments: [limit]).count
        }
    }

    /// The normalised emails and the E.164 phones two or more profiles share (a `GROUP BY` over
    /// each column), without the profiles: how many of each.
    public func sharedEmailAndPhoneCounts() throws -> (emails: Int, phones: Int) {
        try database.writer.read { db in
            let counts = try ["email_normalized", "phone_e164"].map { column in
                try Row.fetchAll(db, sql: "SELECT \(column), count(*) FROM customer WHERE \(column) IS NOT NULL GROUP BY \(column) HAVING count(*) > 1").count
            }
            return (counts[0], counts[1])
        }
    }

    /// The first `limit` open reminders' note ids in the partial index's order: no join, no mapping.
    public func openReminderNoteIDs(limit: Int) throws -> [Int64] {
        try database.writer.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM note INDEXED BY note_by_open_reminder
                WHERE reminder_at IS NOT NULL AND reminder_done_at IS NULL ORDER BY reminder_at LIMIT ?
                """, arguments: [limit])
        }
    }

    /// A bare count over the partial index of open reminders up to `now` (the due count's range scan).
    public func openReminderIndexCount(upTo now: Date) throws -> Int {
        try database.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM note INDEXED BY note_by_open_reminder
                WHERE reminder_at IS NOT NULL AND reminder_done_at IS NULL AND reminder_at <= ?
                """, arguments: [StoredTime.encode(now)]) ?? 0
        }
    }

    /// A bare range of the start-time index: the ids of the bookings starting in `start ..< end`
    /// (the day's bookings' scan, without the customers' names or the mapping).
    public func bookingIDsByStart(from start: Date, to end: Date, limit: Int) throws -> [Int64] {
        try database.writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM booking INDEXED BY booking_by_start WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at LIMIT ?",
                               arguments: [StoredTime.encode(start), StoredTime.encode(end), limit])
        }
    }

    /// A bare read of one customer's rows in the card's three longest tables (their ids only).
    public func cardRowIDs(customerID: CustomerID) throws -> Int {
        try database.writer.read { db in
            try ["booking", "payment", "conversation_message"].reduce(0) { total, table in
                total + (try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE customer_id = ?", arguments: [customerID])).count
            }
        }
    }
}
