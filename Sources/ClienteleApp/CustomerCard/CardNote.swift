/// Status messages of the card.
public enum CardNote: StatusNote {
    /// The open profile was merged or deleted elsewhere.
    case customerGone

    public var isError: Bool { true }

    public var text: String {
        switch self {
        case .customerGone: AppText.current.customerGone
        }
    }
}
