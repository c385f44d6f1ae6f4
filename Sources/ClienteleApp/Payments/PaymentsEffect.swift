import CustomerCore

/// Work on payments.
public enum PaymentsEffect: Equatable, Sendable {
    /// Adds or updates (the form's ctrl+s).
    case save(Payment)
    /// An amount due becomes paid, now.
    case markPaid(paymentID: Int64)
    /// A payment received is refunded, now.
    case refund(paymentID: Int64)
}
