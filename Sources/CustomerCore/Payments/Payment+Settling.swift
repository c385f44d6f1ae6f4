import Foundation

/// The two changes a recorded payment allows, and their refusals: the same rules on every backend
/// (the stores only read the row, lock it, and write it back).
extension Payment {
    /// An amount due (or overdue) received: paid at `date`, by `method` and `cardID` when given.
    /// Anything else is refused (`StoreError.invalid`), nothing changed.
    public mutating func markPaid(at date: Date, method: String?, cardID: Int64?) throws {
        guard isOpen else {
            throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "Status", message: "payment \(id ?? 0) is not an amount due (it is \(status.rawValue))")]))
        }
        status = .paid
        self.date = date
        if let method { self.method = method }
        if let cardID { self.cardID = cardID }
    }

    /// Money received given back at `date`; only a received payment can be refunded.
    public mutating func refund(at date: Date) throws {
        guard status == .paid else {
            throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "Status", message: "payment \(id ?? 0) was not received (it is \(status.rawValue))")]))
        }
        status = .refunded
        self.date = date
    }
}
