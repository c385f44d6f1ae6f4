import Foundation

extension Booking {
    /// Whether two bookings of the same staff member take some of the same time. Cancelled ones and
    /// bookings without a staff member never overlap anything: they hold nobody's time.
    public func overlaps(_ other: Booking) -> Bool {
        guard id == nil || id != other.id, holdsStaffTime, other.holdsStaffTime,
              staffKey == other.staffKey else { return false }
        return startsAt < other.endsAt && other.startsAt < endsAt
    }

    /// Scheduled, completed or no-show, with a staff member named.
    var holdsStaffTime: Bool { status != .cancelled && !staffKey.isEmpty }

    /// The staff member's name compared without surrounding spaces and with ASCII letters folded
    /// ("Ana" = "ana "), exactly as the store's staff index does it (SQLite's lower(trim(staff))).
    public var staffKey: String {
        let trimmed = staff.trimmingCharacters(in: CharacterSet(charactersIn: " "))
        return String(String.UnicodeScalarView(trimmed.unicodeScalars.map { scalar in
            (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }))
    }

    /// The card's order: upcoming (scheduled, from `now`) first, soonest first; then the rest, newest first.
    public static func cardOrder(_ bookings: [Booking], now: Date) -> [Booking] {
        let upcoming = bookings.filter { $0.isUpcoming(at: now) }.sorted { ($0.startsAt, $0.id ?? 0) < ($1.startsAt, $1.id ?? 0) }
        let rest = bookings.filter { !$0.isUpcoming(at: now) }.sorted { ($0.startsAt, $0.id ?? 0) > ($1.startsAt, $1.id ?? 0) }
        return upcoming + rest
    }

    /// The ids of the bookings among `bookings` that overlap another of the same staff member.
    public static func overlapping(_ bookings: [Booking]) -> Set<Int64> {
        var found: Set<Int64> = []
        let byStaff = Dictionary(grouping: bookings.filter(\.holdsStaffTime), by: \.staffKey)
        for (_, list) in byStaff {
            let sorted = list.sorted { $0.startsAt < $1.startsAt }
            // A sweep: each booking against those after it that start before it ends.
            for (index, booking) in sorted.enumerated() {
                var next = index + 1
                while next < sorted.count, sorted[next].startsAt < booking.endsAt {
                    if let id = booking.id { found.insert(id) }
                    if let id = sorted[next].id { found.insert(id) }
                    next += 1
                }
            }
        }
        return found
    }
}

/// One row of the day's bookings across customers: the booking and whose it is.
public struct DayBooking: Hashable, Sendable {
    public var booking: Booking
    public var customerName: String
    /// Another booking of the same staff member takes some of the same time (any customer's).
    public var overlapsAnother: Bool

    public init(booking: Booking, customerName: String, overlapsAnother: Bool = false) {
        self.booking = booking
        self.customerName = customerName
        self.overlapsAnother = overlapsAnother
    }
}

/// A booking of another customer (or the same one) that takes the same staff member's time.
public struct BookingConflict: Hashable, Sendable {
    public var booking: Booking
    public var customerName: String

    public init(booking: Booking, customerName: String) {
        self.booking = booking
        self.customerName = customerName
    }
}

extension Booking.Status {
    /// As the command line spells it: scheduled, completed, cancelled, no-show.
    public var commandLineName: String { self == .noShow ? "no-show" : rawValue }

    public init?(commandLineName: String) {
        switch commandLineName.lowercased() {
        case "no-show", "noshow", "no_show": self = .noShow
        default:
            guard let status = Booking.Status(rawValue: commandLineName.lowercased()) else { return nil }
            self = status
        }
    }
}
