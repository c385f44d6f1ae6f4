import CustomerCore

/// Status messages about sending.
public enum MessagesNote: StatusNote {
    case sent(to: String)
    /// Waits in the outbox, and why.
    case queued(OutboxReason)
    case failed(String)
    case busy
    case refused(QuickActionRefusal)
    case retried(sent: Int, waiting: Int)
    case dropped
    case nothingSelected

    public var isError: Bool {
        switch self {
        case .failed, .refused, .busy, .nothingSelected: true
        case .sent, .queued, .retried, .dropped: false
        }
    }

    public var text: String {
        let words = AppText.current.messages
        switch self {
        case .sent(let address): return words.sentTo(address)
        case .queued(let reason): return words.queued(words.outboxReason(reason))
        case .failed(let why): return words.failed(why)
        case .busy: return words.busy
        case .refused(let refusal): return words.refusal(refusal)
        case .retried(let sent, let waiting): return words.retried(sent, waiting)
        case .dropped: return words.dropped
        case .nothingSelected: return words.nothingSelected
        }
    }
}

/// Questions about the outbox.
public enum MessagesQuestion: ConfirmQuestion {
    case drop(OutboxEntry)
    case discardMessage

    public var title: String {
        switch self {
        case .drop: AppText.current.messages.dropTitle
        case .discardMessage: AppText.current.messages.discardTitle
        }
    }

    public var message: String {
        switch self {
        case .drop(let entry): AppText.current.messages.dropMessage(entry.message.subject, entry.customerName)
        case .discardMessage: AppText.current.messages.discardMessage
        }
    }
}
