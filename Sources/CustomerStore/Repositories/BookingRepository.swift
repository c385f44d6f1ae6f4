import Foundation
import GRDB
import CustomerCore

/// Appointments (PRODUCT §3 Bookings).
public struct BookingRepository: BookingsStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    static let columns = "id, customer_id, starts_at, duration_minutes, service, staff, status, notes"

    static func booking(_ row: Row) -> Booking {
        Booking(id: row["id"], customerID: row["customer_id"], startsAt: StoredTime.decode(row["starts_at"] as Int64),
                durationMinutes: row["duration_minutes"], service: row["service"], staff: row["staff"],
                status: Booking.Status(rawValue: row["status"]) ?? .scheduled, notes: row["notes"])
    }

    /// Newest first: upcoming at the top, then the past.
    public func bookings(for customerID: CustomerID) throws -> [Booking] {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM booking WHERE customer_id = ? ORDER BY starts_at DESC, id DESC",
                           arguments: [customerID], Self.booking)
        }
    }

    public func save(_ booking: Booking, now: Date = Date()) throws -> Booking {
        let issues = booking.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        return try database.writer.write { db in
            var saved = booking
            let arguments: StatementArguments = [booking.customerID, StoredTime.encode(booking.startsAt), booking.durationMinutes,
                                                 booking.service.trimmingCharacters(in: .whitespaces), booking.staff,
                                                 booking.status.rawValue, booking.notes]
            if let id = booking.id {
                try db.execute(sql: "UPDATE booking SET customer_id = ?, starts_at = ?, duration_minutes = ?, service = ?, staff = ?, status = ?, notes = ? WHERE id = ?",
                               arguments: arguments + [id])
                if db.changesCount == 0 { throw StoreError.notFound(what: "booking", id: id) }
            } else {
                try db.execute(sql: "INSERT INTO booking (customer_id, starts_at, duration_minutes, service, staff, status, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: arguments)
                saved.id = db.lastInsertedRowID
            }
            try CustomerRepository.touchActivity(db, customerID: booking.customerID, at: min(now, booking.startsAt))
            return saved
        }
    }

    /// Many bookings in one transaction through one prepared statement, each checked like `save`,
    /// without moving the profiles' last activity: for benchmarks and fixtures. The new ids, in order.
    @discardableResult
    public func insertBatch(_ bookings: [Booking]) throws -> [Int64] {
        for booking in bookings {
            let issues = booking.issues()
            guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        }
        return try database.writer.write { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO booking (customer_id, starts_at, duration_minutes, service, staff, status, notes) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            return try bookings.map { booking in
                try insert.execute(arguments: [booking.customerID, StoredTime.encode(booking.startsAt), booking.durationMinutes,
                                               booking.service.trimmingCharacters(in: .whitespaces), booking.staff, booking.status.rawValue, booking.notes])
                return db.lastInsertedRowID
            }
        }
    }

    public func cancel(id: Int64) throws {
        try database.writer.write { db in
            try db.execute(sql: "UPDATE booking SET status = 'cancelled' WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw StoreError.notFound(what: "booking", id: id) }
        }
    }
}
