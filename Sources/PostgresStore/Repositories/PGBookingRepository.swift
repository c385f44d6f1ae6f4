import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGBookingRepository: BookingsStore {
    let link: PGLink

    public func bookings(for customerID: CustomerID) throws -> [Booking] { throw PGUnported(part: "BookingsStore") }
    public func save(_ booking: Booking, now: Date) throws -> Booking { throw PGUnported(part: "BookingsStore") }
    public func cancel(id: Int64) throws { throw PGUnported(part: "BookingsStore") }
    public func booking(id: Int64) throws -> Booking? { throw PGUnported(part: "BookingsStore") }
    public func setStatus(id: Int64, to status: Booking.Status) throws { throw PGUnported(part: "BookingsStore") }
    public func bookings(from start: Date, to end: Date, limit: Int) throws -> [DayBooking] { throw PGUnported(part: "BookingsStore") }
    public func conflicts(for booking: Booking) throws -> [BookingConflict] { throw PGUnported(part: "BookingsStore") }
    public func overlappingIDs(among bookings: [Booking]) throws -> Set<Int64> { throw PGUnported(part: "BookingsStore") }
}
