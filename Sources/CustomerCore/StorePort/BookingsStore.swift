import Foundation

/// Appointments (PRODUCT §3 Bookings).
public protocol BookingsStore: Sendable {
    /// Newest first: upcoming at the top, then the past.
    func bookings(for customerID: CustomerID) throws -> [Booking]
    /// Adds, or updates one with an id.
    func save(_ booking: Booking, now: Date) throws -> Booking
    func cancel(id: Int64) throws
    /// One booking, or nil.
    func booking(id: Int64) throws -> Booking?
    /// Sets a booking's status (mark completed, no-show, cancelled, back to scheduled); a visit that
    /// becomes completed earns its points dated `now` (the caller's clock, as `save`).
    func setStatus(id: Int64, to status: Booking.Status, now: Date) throws
    /// Every customer's bookings starting in `start ..< end`, by time (then id), at most `limit`, with
    /// the customer's name; a row overlapping another booking of the same staff member among them is
    /// flagged. Served by an index on the start time.
    func bookings(from start: Date, to end: Date, limit: Int) throws -> [DayBooking]
    /// The other bookings (any customer's) of `booking`'s staff member that take some of its time;
    /// empty when it names no staff or is cancelled. Flagged, never refused.
    func conflicts(for booking: Booking) throws -> [BookingConflict]
    /// The ids among `bookings` that overlap another booking (any customer's) of the same staff member:
    /// the card's flags, answered from the staff index alone.
    func overlappingIDs(among bookings: [Booking]) throws -> Set<Int64>
}

extension BookingsStore {
    public func save(_ booking: Booking) throws -> Booking { try save(booking, now: Date()) }
}
