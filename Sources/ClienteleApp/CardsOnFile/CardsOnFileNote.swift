import CustomerCore

/// Status messages about cards on file.
public enum CardsOnFileNote: StatusNote {
    case added(CardOnFile)
    case unlinked(CardOnFile)
    case authorizationWritten(String)

    public var isError: Bool { false }

    public var text: String {
        switch self {
        case .added(let card): AppText.current.cardAdded(card.maskedLabel)
        case .unlinked(let card): AppText.current.cardUnlinked(card.maskedLabel)
        case .authorizationWritten(let path): AppText.current.authorizationWritten(path)
        }
    }
}

/// Questions about cards on file.
public enum CardsOnFileQuestion: ConfirmQuestion {
    case unlink(CardOnFile)
    case discardCard

    public var title: String {
        switch self {
        case .unlink: AppText.current.unlinkCardTitle
        case .discardCard: AppText.current.discardCardTitle
        }
    }

    public var message: String {
        switch self {
        case .unlink(let card): AppText.current.unlinkCardMessage(card.maskedLabel)
        case .discardCard: AppText.current.discardCardMessage
        }
    }
}

/// Why the card form cannot save yet, as values (worded when drawn).
public enum CardFormProblem: Equatable, Sendable {
    case notACardNumber
    case expiryUnreadable
    case expired(String)
    case noAuthorization
    case store(ValidationProblem, field: String)
}
