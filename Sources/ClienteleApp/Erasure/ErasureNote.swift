import CustomerCore

/// Status messages about an erasure.
public enum ErasureNote: StatusNote {
    /// The customer and everything with them are gone.
    case erased(ErasureSummary)

    public var isError: Bool { false }

    public var text: String {
        switch self {
        case .erased(let summary): AppText.current.customerErased(summary.customerName)
        }
    }
}

/// The one question before an erasure: it names everything that goes with the customer.
public enum ErasureQuestion: ConfirmQuestion {
    case erase(ErasureSummary)

    public var title: String { AppText.current.eraseCustomerTitle }

    public var message: String {
        switch self {
        case .erase(let summary):
            let text = AppText.current
            return text.eraseCustomerMessage(summary.customerName, summary.nonEmptyParts.map { text.erasurePart($0.part, $0.count) })
        }
    }
}
