import CustomerCore

/// Work on the quick actions' messages and the outbox.
public enum MessagesEffect: Equatable, Sendable {
    /// Composes the reminder about what is overdue, from the shop's template.
    case composeOverdueReminder(CustomerID)
    /// Composes the invitation to book the next appointment.
    case composeInvitation(CustomerID)
    /// Records a charge for a completed booking (its amount due paid, else `amount` received), then
    /// composes the receipt.
    case charge(CustomerID, bookingID: Int64, amount: Money?, cardID: Int64?, method: Payment.Method)
    /// Logs the message and hands it to the mail command (off the UI thread: it may take a while).
    case send(QuickMessage)
    case loadOutbox
    /// Tries one waiting message again, or every one (nil).
    case retry(messageID: Int64?)
    case drop(messageID: Int64)
}
