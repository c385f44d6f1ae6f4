import CustomerCore

/// Work for the open card.
public enum CardEffect: Equatable, Sendable {
    /// The card and the merges it kept (the Main tab lists them and `u` undoes the newest).
    case load(CustomerID)
}
