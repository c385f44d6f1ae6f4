import Foundation

/// Appointments (PRODUCT §3 Bookings).
public protocol BookingsStore: Sendable {
    /// Newest first: upcoming at the top, then the past.
    func bookings(for customerID: CustomerID) throws -> [Booking]
    /// Adds, or updates one with an id.
    func save(_ booking: Booking, now: Date) throws -> Booking
    func cancel(id: Int64) throws
}

extension BookingsStore {
    public func save(_ booking: Booking) throws -> Booking { try save(booking, now: Date()) }
}
