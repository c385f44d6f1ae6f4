import Foundation

/// The loyalty program, accounts and their activity log (PRODUCT §9). A balance moves with its
/// ledger entry, atomically, and never goes below zero.
public protocol LoyaltyStore: Sendable {
    func program() throws -> LoyaltyProgram?
    func saveProgram(_ program: LoyaltyProgram) throws
    func account(for customerID: CustomerID) throws -> LoyaltyAccount?
    /// Enrols a profile by its phone number (`StoreError.invalid` without one).
    func enroll(customerID: CustomerID, now: Date) throws -> LoyaltyAccount
    /// Adds one activity entry and moves the balance with it; the account as it is after.
    @discardableResult
    func record(_ entry: LoyaltyEntry) throws -> LoyaltyAccount
    /// The activity log, newest first.
    func entries(accountID: Int64) throws -> [LoyaltyEntry]
}

extension LoyaltyStore {
    public func enroll(customerID: CustomerID) throws -> LoyaltyAccount { try enroll(customerID: customerID, now: Date()) }
}
