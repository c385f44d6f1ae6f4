import CustomerCore
import Foundation

/// Status messages about bookings.
public enum BookingsNote: StatusNote {
    case saved(Date, overlaps: Int)
    case statusSet(Booking.Status)
    case noBookingSelected

    public var isError: Bool { self == .noBookingSelected }

    public var text: String {
        let text = AppText.current
        switch self {
        case .saved(let date, let overlaps): return text.bookingSaved(DateText.dateTime(date), overlaps)
        case .statusSet(let status): return text.bookingStatusSet(text.words.bookingStatus(status))
        case .noBookingSelected: return text.noBookingSelected
        }
    }
}

/// Questions about bookings and payments.
public enum BookingsQuestion: ConfirmQuestion {
    case cancel(Booking)
    case refund(Payment)
    case discardForm

    public var title: String {
        switch self {
        case .cancel: AppText.current.cancelBookingTitle
        case .refund: AppText.current.refundTitle
        case .discardForm: AppText.current.discardMoneyFormTitle
        }
    }

    public var message: String {
        switch self {
        case .cancel(let booking): AppText.current.cancelBookingMessage(DateText.dateTime(booking.startsAt), booking.service)
        case .refund(let payment): AppText.current.refundMessage(AppText.current.money(payment.amount), DateText.short(payment.date))
        case .discardForm: AppText.current.discardMoneyFormMessage
        }
    }
}
