import Foundation

/// Payments received and amounts owed (PRODUCT §3 Payments).
public protocol PaymentsStore: Sendable {
    /// Newest first.
    func payments(for customerID: CustomerID) throws -> [Payment]
    /// Adds, or updates one with an id. A `bookingID` must be one of the same customer's bookings.
    func save(_ payment: Payment, now: Date) throws -> Payment
    /// What the customer owes now (due and overdue), per currency.
    func amountOutstanding(for customerID: CustomerID) throws -> [Money]
    /// One payment, or nil.
    func payment(id: Int64) throws -> Payment?
    /// An amount due (or overdue) becomes paid on `date`, by `method` and with the card on file
    /// `cardID` (one of the same customer's) when given; refused (invalid) for one that is not owed.
    func markPaid(id: Int64, at date: Date, method: String?, cardID: Int64?) throws -> Payment
    /// A payment received is refunded on `date`; refused (invalid) for one that was not received.
    func refund(id: Int64, at date: Date) throws -> Payment
}

extension PaymentsStore {
    public func save(_ payment: Payment) throws -> Payment { try save(payment, now: Date()) }
    public func markPaid(id: Int64, at date: Date, method: String?) throws -> Payment { try markPaid(id: id, at: date, method: method, cardID: nil) }
}
