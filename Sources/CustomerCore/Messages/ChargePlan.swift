import Foundation

/// "Charge for a past appointment" (seed 004): what recording it does — mark paid the amount due
/// on a completed booking, or record a new payment received against it. Recorded, not processed:
/// Clientele has no payment processor, so a saved card is only named on the payment.
public enum ChargePlan: Hashable, Sendable {
    /// The amount due on the booking becomes paid.
    case markPaid(paymentID: Int64, amount: Money, method: Payment.Method, cardID: Int64?)
    /// A new payment received against the booking.
    case record(Payment)

    public var amount: Money {
        switch self {
        case .markPaid(_, let amount, _, _): amount
        case .record(let payment): payment.amount
        }
    }

    /// What charging `bookingID` means on this card: refused for a booking not the customer's or
    /// not completed, a card not theirs or expired, and a booking already paid with nothing due
    /// (so a second charge is never recorded by mistake). `amount` is needed only when nothing is due on it.
    public static func make(card: CustomerCard, bookingID: Int64, amount: Money?, cardID: Int64?, method: Payment.Method?,
                            now: Date) throws(QuickActionRefusal) -> ChargePlan {
        guard let booking = card.bookings.first(where: { $0.id == bookingID }) else { throw .bookingNotFound(bookingID) }
        guard booking.status == .completed else { throw .bookingNotCompleted(booking.status) }
        var savedCard: CardOnFile?
        if let cardID {
            guard let saved = card.cards.first(where: { $0.id == cardID }) else { throw .cardNotFound(cardID) }
            guard !saved.isExpired(at: now) else { throw .cardExpired(saved) }
            savedCard = saved
        }
        let chosenMethod = method ?? (savedCard != nil ? .card : .cash)
        let onBooking = card.payments.filter { $0.bookingID == bookingID }
        if let due = onBooking.filter(\.isOpen).min(by: { ($0.dueDate ?? $0.date) < ($1.dueDate ?? $1.date) }), let id = due.id {
            return .markPaid(paymentID: id, amount: due.amount, method: chosenMethod, cardID: savedCard?.id)
        }
        if amount == nil, let paid = onBooking.first(where: { $0.status == .paid }) { throw .alreadyCharged(paid.amount) }
        guard let amount, amount.minorUnits > 0 else { throw .noAmount }
        return .record(Payment(customerID: card.customer.id ?? 0, amount: amount, status: .paid, date: now, method: chosenMethod.rawValue,
                               bookingID: bookingID, cardID: savedCard?.id))
    }

    /// The completed bookings a charge may be for, newest first; those with an amount due on them or
    /// nothing paid against them come first (the likely ones at the counter).
    public static func candidates(in card: CustomerCard) -> [Booking] {
        let completed = card.bookings.filter { $0.status == .completed }.sorted { $0.startsAt > $1.startsAt }
        func settled(_ booking: Booking) -> Bool {
            let payments = card.payments.filter { $0.bookingID == booking.id }
            return !payments.contains(where: \.isOpen) && payments.contains { $0.status == .paid }
        }
        return completed.filter { !settled($0) } + completed.filter(settled)
    }
}

extension ChargePlan {
    /// Records the charge (one write transaction; loyalty points are earned in it as for any payment).
    public func apply(to store: any ClienteleStoring, now: Date) throws -> Payment {
        switch self {
        case .markPaid(let id, _, let method, let cardID): try store.payments.markPaid(id: id, at: now, method: method.rawValue, cardID: cardID)
        case .record(let payment): try store.payments.save(payment, now: now)
        }
    }
}
