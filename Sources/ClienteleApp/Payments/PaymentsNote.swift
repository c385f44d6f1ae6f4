import CustomerCore

/// Status messages about payments.
public enum PaymentsNote: StatusNote {
    case saved(Money, due: Bool)
    case paid(Money)
    case refunded(Money)
    case noPaymentSelected
    /// F5 on a payment that is not owed.
    case notDue
    /// F6 on a payment that was not received.
    case notReceived

    public var isError: Bool {
        switch self {
        case .noPaymentSelected, .notDue, .notReceived: true
        case .saved, .paid, .refunded: false
        }
    }

    public var text: String {
        let text = AppText.current
        switch self {
        case .saved(let money, let due): return text.paymentSaved(text.money(money), due)
        case .paid(let money): return text.paymentMarkedPaid(text.money(money))
        case .refunded(let money): return text.paymentRefunded(text.money(money))
        case .noPaymentSelected: return text.noPaymentSelected
        case .notDue: return text.paymentNotDue
        case .notReceived: return text.paymentNotReceived
        }
    }
}
