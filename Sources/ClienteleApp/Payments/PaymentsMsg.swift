import CustomerCore

/// Answers about payments.
public enum PaymentsMsg: Equatable, Sendable {
    case saved(Payment)
    /// The store refused the payment (an amount not above zero, a booking of another customer…): said in the form.
    case saveRefused([ValidationIssue])
    /// Marked paid or refunded from the card: the card and counts reload.
    case changed(PaymentsNote)
}
