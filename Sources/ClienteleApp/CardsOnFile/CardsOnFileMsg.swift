import CustomerCore

/// Answers about cards on file.
public enum CardsOnFileMsg: Equatable, Sendable {
    case added(CardOnFile)
    /// The store refused the card (a cardholder's name missing, a card number in the name): said in the form.
    case refused([ValidationIssue])
    case unlinked(CardOnFile)
    case authorizationWritten(path: String)
}
