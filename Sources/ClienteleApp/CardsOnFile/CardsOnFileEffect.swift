import CustomerCore

/// Work on cards on file. A card here is brand and last four: the number typed in the form never
/// leaves it.
public enum CardsOnFileEffect: Equatable, Sendable {
    case add(CardOnFile)
    case unlink(CardOnFile)
    /// The authorization form to print and have signed, written into `folder` (never over a file).
    case writeAuthorization(CardOnFile, customerName: String, folder: String)
}
