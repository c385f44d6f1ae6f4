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
            let before = try booking.id.flatMap { try String.fetchOne(db, sql: "SELECT status FROM booking WHERE id = ?", arguments: [$0]) }
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
            // A visit earns its points once, when it becomes completed (seed 002), in the same transaction.
            if booking.status == .completed, before != Booking.Status.completed.rawValue {
                try LoyaltyRepository.earn(db, customerID: booking.customerID, visit: true, spendMinor: nil, reason: booking.service, at: now)
            }
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

    public func booking(id: Int64) throws -> Booking? {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM booking WHERE id = ?", arguments: [id], Self.booking).first
        }
    }

    public func setStatus(id: Int64, to status: Booking.Status, now: Date) throws {
        try database.writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT customer_id, status, service FROM booking WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(what: "booking", id: id)
            }
            try db.execute(sql: "UPDATE booking SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
            if status == .completed, (row["status"] as String) != Booking.Status.completed.rawValue {
                try LoyaltyRepository.earn(db, customerID: row["customer_id"], visit: true, spendMinor: nil, reason: row["service"], at: now)
            }
        }
    }

    /// `booking_by_start` (v6) serves the range; the names come from the customer's primary key.
    public func bookings(from start: Date, to end: Date, limit: Int) throws -> [DayBooking] {
        let rows = try database.writer.read { db in
            try db.mapRows(sql: Self.daySQL, arguments: [StoredTime.encode(start), StoredTime.encode(end), max(0, min(limit, Int(Int32.max)))]) { row in
                DayBooking(booking: Self.booking(row), customerName: Self.name(row))
            }
        }
        let overlapping = Booking.overlapping(rows.map(\.booking))
        return rows.map { row in
            var row = row
            row.overlapsAnother = row.booking.id.map(overlapping.contains) ?? false
            return row
        }
    }

    public func conflicts(for booking: Booking) throws -> [BookingConflict] {
        guard booking.status != .cancelled, !booking.staffKey.isEmpty else { return [] }
        // No booking lasts more than 24 hours (the table's CHECK): any overlapping one starts in this window.
        let windowStart = booking.startsAt.addingTimeInterval(-24 * 3600)
        return try database.writer.read { db in
            try db.mapRows(sql: Self.conflictSQL, arguments: [booking.staffKey, StoredTime.encode(windowStart), StoredTime.encode(booking.endsAt)]) { row in
                BookingConflict(booking: Self.booking(row), customerName: Self.name(row))
            }
        }.filter { booking.overlaps($0.booking) }
    }

    /// Every customer's bookings in a range of start times, with the names (`booking_by_start`).
    static let daySQL = """
        SELECT b.id, b.customer_id, b.starts_at, b.duration_minutes, b.service, b.staff, b.status, b.notes,
               c.given_name, c.family_name, c.nickname, c.company_name
        FROM booking b JOIN customer c ON c.id = b.customer_id
        WHERE b.starts_at >= ? AND b.starts_at < ? ORDER BY b.starts_at, b.id LIMIT ?
        """

    /// One staff member's bookings (not cancelled) in a range of start times (`booking_by_staff`, partial:
    /// the query repeats its condition).
    static let conflictSQL = """
        SELECT b.id, b.customer_id, b.starts_at, b.duration_minutes, b.service, b.staff, b.status, b.notes,
               c.given_name, c.family_name, c.nickname, c.company_name
        FROM booking b INDEXED BY booking_by_staff JOIN customer c ON c.id = b.customer_id
        WHERE lower(trim(b.staff)) = ? AND trim(b.staff) <> '' AND b.status <> 'cancelled' AND b.starts_at > ? AND b.starts_at < ?
        ORDER BY b.starts_at, b.id
        """

    public func overlappingIDs(among bookings: [Booking]) throws -> Set<Int64> {
        let candidates = bookings.filter { $0.id != nil && $0.status != .cancelled && !$0.staffKey.isEmpty }
        guard !candidates.isEmpty else { return [] }
        return try database.writer.read { db in
            let statement = try db.makeStatement(sql: Self.overlapExistsSQL)
            var found: Set<Int64> = []
            for booking in candidates {
                let start = StoredTime.encode(booking.startsAt)
                let arguments: StatementArguments = [booking.staffKey, start - 24 * 3_600_000, StoredTime.encode(booking.endsAt), start, booking.id]
                if try Bool.fetchOne(statement, arguments: arguments) == true, let id = booking.id { found.insert(id) }
            }
            return found
        }
    }

    /// Whether another booking of that staff member takes some of the time: the staff index covers it
    /// (start and length are in it), so no table row is read.
    static let overlapExistsSQL = """
        SELECT EXISTS (SELECT 1 FROM booking INDEXED BY booking_by_staff
                       WHERE lower(trim(staff)) = ? AND trim(staff) <> '' AND status <> 'cancelled'
                         AND starts_at > ? AND starts_at < ? AND starts_at + duration_minutes * 60000 > ? AND id <> ?)
        """

    static func name(_ row: Row) -> String {
        let given: String = row["given_name"], family: String = row["family_name"]
        let full = [given, family].filter { !$0.isEmpty }.joined(separator: " ")
        for candidate in [full, row["nickname"] as String, row["company_name"] as String] where !candidate.isEmpty { return candidate }
        return "(no name)"
    }
}
