import CustomerCore

/// Answers about a customer's loyalty membership.
public enum LoyaltyMsg: Equatable, Sendable {
    /// The program (nil: none set up yet), the account (nil: not enrolled) and its activity, newest first.
    case loaded(CustomerID, LoyaltyProgram?, LoyaltyAccount?, [LoyaltyEntry])
    /// Enrolled, adjusted or redeemed: the screen and the card reload.
    case changed(CustomerID, LoyaltyNote)
    /// The store refused (no phone to enrol by, a balance that would go below zero, no reason).
    case refused([ValidationIssue])
}
