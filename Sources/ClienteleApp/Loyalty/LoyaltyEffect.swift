import CustomerCore

/// Work on a customer's loyalty membership.
public enum LoyaltyEffect: Equatable, Sendable {
    case load(CustomerID)
    case enroll(CustomerID)
    /// An adjustment, a redemption: one ledger entry, the balance moving with it.
    case record(CustomerID, LoyaltyEntry, LoyaltyNote)
}
