import CustomerCore
import Foundation

/// Work on bookings.
public enum BookingsEffect: Equatable, Sendable {
    /// Adds or updates (the form's ctrl+s).
    case save(Booking)
    case setStatus(bookingID: Int64, Booking.Status)
    /// Which bookings of the same staff member the form's draft overlaps.
    case checkOverlaps(BookingOverlapQuery, customerID: CustomerID)
    /// Every customer's bookings starting in `start ..< end` (the day's bookings screen).
    case loadDay(from: Date, to: Date)
}
