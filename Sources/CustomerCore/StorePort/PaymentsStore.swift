import Foundation

/// Payments received and amounts owed (PRODUCT §3 Payments).
public protocol PaymentsStore: Sendable {
    /// Newest first.
    func payments(for customerID: CustomerID) throws -> [Payment]
    /// Adds, or updates one with an id.
    func save(_ payment: Payment, now: Date) throws -> Payment
    /// What the customer owes now (due and overdue), per currency.
    func amountOutstanding(for customerID: CustomerID) throws -> [Money]
}

extension PaymentsStore {
    public func save(_ payment: Payment) throws -> Payment { try save(payment, now: Date()) }
}
