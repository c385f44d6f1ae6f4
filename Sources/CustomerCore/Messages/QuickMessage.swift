import Foundation

/// A quick action's message, composed from its template and the card, before it is sent: what
/// the compose screen shows (and lets the user change) and what `clientele send` sends.
public struct QuickMessage: Hashable, Sendable {
    public var kind: QuickMessageKind
    public var customerID: CustomerID
    /// The profile's email address now; empty when it has none (the message then waits in the outbox).
    public var recipient: String
    public var subject: String
    public var body: String

    public init(kind: QuickMessageKind, customerID: CustomerID, recipient: String, subject: String, body: String) {
        self.kind = kind
        self.customerID = customerID
        self.recipient = recipient
        self.subject = subject
        self.body = body
    }

    /// As the Conversations tab keeps it, waiting to be sent.
    public func logged(at now: Date, mailID: String) -> ConversationMessage {
        ConversationMessage(customerID: customerID, kind: kind.conversationKind, channel: .email, delivery: .queued,
                            subject: subject, body: body, createdAt: now, recipient: recipient, mailID: mailID)
    }
}

/// Why a quick action cannot be taken for this customer (the command line exits 3 with it).
public enum QuickActionRefusal: Error, Hashable, Sendable {
    /// "Send a reminder about an overdue payment" with nothing overdue.
    case nothingOverdue
    /// "Invite to book" to a customer who unsubscribed from email.
    case unsubscribed
    case bookingNotFound(Int64)
    /// "Charge for a past appointment" with no completed booking to charge for.
    case noCompletedBooking
    /// Only a completed appointment is charged for.
    case bookingNotCompleted(Booking.Status)
    /// Already paid in full against this booking, nothing due on it.
    case alreadyCharged(Money)
    /// No amount is due on the booking and none was given.
    case noAmount
    case cardNotFound(Int64)
    case cardExpired(CardOnFile)

    /// In English, for the command line (the interface words it through its strings table).
    public var description: String {
        switch self {
        case .nothingOverdue: "nothing is overdue for this customer"
        case .unsubscribed: "the customer unsubscribed from email; an invitation is not sent"
        case .bookingNotFound(let id): "booking \(id) is not one of this customer's"
        case .noCompletedBooking: "the customer has no completed booking to charge for"
        case .bookingNotCompleted(let status): "booking is \(status.label.lowercased()), not completed: mark it completed first (clientele bookings set ID --status completed)"
        case .alreadyCharged(let money): "this booking is already paid (\(money.formatted)) and nothing is due on it"
        case .noAmount: "nothing is due on this booking: give the amount (--amount 35.00)"
        case .cardNotFound(let id): "card \(id) is not one of this customer's cards on file"
        case .cardExpired(let card): "the \(card.brand.label) •••• \(card.lastFour) card has expired"
        }
    }
}
