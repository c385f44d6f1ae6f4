import CustomerCore
import Foundation

/// Appointments on PostgreSQL (`BookingRepository`'s contract). A booking that becomes completed
/// earns its visit's points once: its row is locked while its old status is read (`FOR UPDATE`), so
/// two counters completing it at once earn once — the second sees it completed already.
public struct PGBookingRepository: BookingsStore {
    let link: PGLink

    static let columns = "id, customer_id, starts_at, duration_minutes, service, staff, status, notes"

    static func booking(_ row: PGRow) throws -> Booking {
        Booking(id: try row.int("id"), customerID: try row.int("customer_id"), startsAt: StoredTime.decode(try row.int("starts_at")),
                durationMinutes: Int(try row.int("duration_minutes")), service: try row.text("service"), staff: try row.text("staff"),
                status: Booking.Status(rawValue: try row.text("status")) ?? .scheduled, notes: try row.text("notes"))
    }

    /// Newest first: upcoming at the top, then the past.
    public func bookings(for customerID: CustomerID) throws -> [Booking] {
        try link.query("SELECT \(Self.columns) FROM booking WHERE customer_id = ? ORDER BY starts_at DESC, id DESC", [customerID]).map(Self.booking)
    }

    public func save(_ booking: Booking, now: Date) throws -> Booking {
        let issues = booking.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        return try link.write { db in
            var saved = booking
            let before = try booking.id.flatMap { try db.one("SELECT status FROM booking WHERE id = ? FOR UPDATE", [$0]).map { try $0.text(0) } }
            let values: [any PGBindable] = [booking.customerID, StoredTime.encode(booking.startsAt), booking.durationMinutes,
                                            booking.service.trimmingCharacters(in: .whitespaces), booking.staff,
                                            booking.status.rawValue, booking.notes]
            if let id = booking.id {
                let changed = try db.execute("UPDATE booking SET customer_id = ?, starts_at = ?, duration_minutes = ?, service = ?, staff = ?, status = ?, notes = ? WHERE id = ?",
                                             values + [id])
                if changed == 0 { throw StoreError.notFound(what: "booking", id: id) }
            } else {
                saved.id = try db.int("INSERT INTO booking (customer_id, starts_at, duration_minutes, service, staff, status, notes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                      values)
            }
            try PGCustomerRepository.touchActivity(db, customerID: booking.customerID, at: min(now, booking.startsAt))
            // A visit earns its points once, when it becomes completed (seed 002), in the same transaction.
            if booking.status == .completed, before != Booking.Status.completed.rawValue {
                try PGLoyaltyRepository.earn(db, customerID: booking.customerID, visit: true, spendMinor: nil, reason: booking.service, at: now)
            }
            return saved
        }
    }

    public func cancel(id: Int64) throws {
        try link.write { db in
            if try db.execute("UPDATE booking SET status = 'cancelled' WHERE id = ?", [id]) == 0 { throw StoreError.notFound(what: "booking", id: id) }
        }
    }

    public func booking(id: Int64) throws -> Booking? {
        try link.one("SELECT \(Self.columns) FROM booking WHERE id = ?", [id]).map(Self.booking)
    }

    public func setStatus(id: Int64, to status: Booking.Status, now: Date) throws {
        try link.write { db in
            guard let row = try db.one("SELECT customer_id, status, service FROM booking WHERE id = ? FOR UPDATE", [id]) else {
                throw StoreError.notFound(what: "booking", id: id)
            }
            try db.execute("UPDATE booking SET status = ? WHERE id = ?", [status.rawValue, id])
            if status == .completed, try row.text("status") != Booking.Status.completed.rawValue {
                try PGLoyaltyRepository.earn(db, customerID: try row.int("customer_id"), visit: true, spendMinor: nil,
                                             reason: try row.text("service"), at: now)
            }
        }
    }

    /// `booking_by_start` serves the range; the names come from the customer's primary key.
    public func bookings(from start: Date, to end: Date, limit: Int) throws -> [DayBooking] {
        let rows = try link.query(Self.daySQL, [StoredTime.encode(start), StoredTime.encode(end), max(0, min(limit, Int(Int32.max)))]).map { row in
            DayBooking(booking: try Self.booking(row), customerName: try Self.name(row))
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
        return try link.query(Self.conflictSQL, [booking.staffKey, booking.staffKey, StoredTime.encode(windowStart), StoredTime.encode(booking.endsAt)]).map { row in
            BookingConflict(booking: try Self.booking(row), customerName: try Self.name(row))
        }.filter { booking.overlaps($0.booking) }
    }

    /// Every customer's bookings in a range of start times, with the names (`booking_by_start`).
    static let daySQL = """
        SELECT b.id, b.customer_id, b.starts_at, b.duration_minutes, b.service, b.staff, b.status, b.notes,
               c.given_name, c.family_name, c.nickname, c.company_name
        FROM booking b JOIN customer c ON c.id = b.customer_id
        WHERE b.starts_at >= ? AND b.starts_at < ? ORDER BY b.starts_at, b.id LIMIT ?
        """

    /// One staff member as `Booking.staffKey` names them (two binds: the key twice). The index is on
    /// `lower(trim(staff))`, and PostgreSQL's lower() folds every letter ("É" too) where SQLite's —
    /// and the key — fold ASCII only: the index finds the names lower() makes equal, and the
    /// ASCII-only fold (`translate`, from the index's own `staff` column) keeps those the key makes
    /// equal, so "ÉLODIE" and "élodie" stay two people, as on SQLite.
    static let sameStaff = """
        lower(trim(b.staff)) = lower(?::text)
        AND translate(trim(b.staff), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = ?::text
        AND trim(b.staff) <> '' AND b.status <> 'cancelled'
        """

    /// One staff member's bookings (not cancelled) in a range of start times (`booking_by_staff`, partial:
    /// the query repeats its condition).
    static let conflictSQL = """
        SELECT b.id, b.customer_id, b.starts_at, b.duration_minutes, b.service, b.staff, b.status, b.notes,
               c.given_name, c.family_name, c.nickname, c.company_name
        FROM booking b JOIN customer c ON c.id = b.customer_id
        WHERE \(sameStaff) AND b.starts_at > ? AND b.starts_at < ?
        ORDER BY b.starts_at, b.id
        """

    public func overlappingIDs(among bookings: [Booking]) throws -> Set<Int64> {
        let candidates = bookings.filter { $0.id != nil && $0.status != .cancelled && !$0.staffKey.isEmpty }
        guard !candidates.isEmpty else { return [] }
        return try link.read { db in
            var found: Set<Int64> = []
            for booking in candidates {
                guard let id = booking.id else { continue }
                let start = StoredTime.encode(booking.startsAt)
                let binds: [any PGBindable] = [booking.staffKey, booking.staffKey, start - 24 * 3_600_000, StoredTime.encode(booking.endsAt), start, id]
                if try db.int(Self.overlapExistsSQL, binds) == 1 { found.insert(id) }
            }
            return found
        }
    }

    /// Whether another booking of that staff member takes some of the time: the staff index holds
    /// every column this reads (start, length, staff, status).
    static let overlapExistsSQL = """
        SELECT CASE WHEN EXISTS (SELECT 1 FROM booking b
                                 WHERE \(sameStaff)
                                   AND b.starts_at > ? AND b.starts_at < ? AND b.starts_at + b.duration_minutes * 60000 > ? AND b.id <> ?)
               THEN 1 ELSE 0 END
        """

    static func name(_ row: PGRow) throws -> String {
        let given = try row.text("given_name"), family = try row.text("family_name")
        let full = [given, family].filter { !$0.isEmpty }.joined(separator: " ")
        for candidate in [full, try row.text("nickname"), try row.text("company_name")] where !candidate.isEmpty { return candidate }
        return "(no name)"
    }
}
