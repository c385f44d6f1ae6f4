import Foundation
import CustomerCore

/// Answers about bookings.
public enum BookingsMsg: Equatable, Sendable {
    /// Saved from the form; with the other bookings of the same staff member it overlaps (flagged, kept).
    case saved(Booking, overlaps: [BookingConflict])
    /// The store refused the booking (no service, a duration out of range, a card number): said in the form.
    case saveRefused([ValidationIssue])
    /// A booking's status was set from the card (completed, no-show, cancelled).
    case statusSet(Booking.Status)
    /// The form's draft overlaps these bookings (the draft's time, length and staff as checked).
    case overlapsChecked(BookingOverlapQuery, [BookingConflict])
    /// The open card's upcoming bookings that overlap another customer's booking of the same staff member.
    case cardOverlapsLoaded(CustomerID, Set<Int64>)
    /// Today's and tomorrow's bookings across customers, by time.
    case dayLoaded([DayBooking])
}

/// What an overlap check was asked about: the form keeps the answer only if it still shows that.
public struct BookingOverlapQuery: Hashable, Sendable {
    public var bookingID: Int64?
    public var startsAt: Date
    public var minutes: Int
    public var staff: String

    public init(bookingID: Int64?, startsAt: Date, minutes: Int, staff: String) {
        self.bookingID = bookingID
        self.startsAt = startsAt
        self.minutes = minutes
        self.staff = staff
    }
}
