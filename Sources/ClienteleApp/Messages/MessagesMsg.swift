import CustomerCore

/// Answers about the quick actions' messages and the outbox.
public enum MessagesMsg: Equatable, Sendable {
    /// A message composed from its template, and how it would go: the compose screen opens.
    case composed(QuickMessage, MailRoute)
    /// The quick action cannot be taken for this customer.
    case refused(QuickActionRefusal)
    /// The charge was recorded; its receipt is composed.
    case charged(Payment, QuickMessage, MailRoute)
    /// The store refused what was typed (a card number in the message, an amount…).
    case storeRefused([ValidationIssue])
    /// What became of a message handed to the dispatcher.
    case delivered(MessageOutcome)
    case outboxLoaded([OutboxEntry], MailRoute)
    /// The outbox's retries came back.
    case retried([MessageOutcome])
    case dropped(ConversationMessage)
}
