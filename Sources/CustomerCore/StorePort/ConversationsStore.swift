import Foundation

/// The history of exchanges with a customer (PRODUCT §3 Conversations) and the outbox of what
/// waits to be sent.
public protocol ConversationsStore: Sendable {
    /// Newest first.
    func messages(for customerID: CustomerID) throws -> [ConversationMessage]
    func log(_ message: ConversationMessage) throws -> ConversationMessage
    /// Marks a message as sent or failed once the mail command has run.
    func setDelivery(_ delivery: ConversationMessage.Delivery, messageID: Int64) throws
    /// One message, or nil.
    func message(id: Int64) throws -> ConversationMessage?
    /// Every message waiting to be sent (queued or failed), across customers, oldest first.
    func outbox() throws -> [OutboxEntry]
    /// How many wait in the outbox.
    func outboxCount() throws -> Int
    /// Takes a waiting message for one attempt: nil when it no longer waits or another attempt
    /// began less than `lease` ago (two counters never send it at once).
    func claim(messageID: Int64, at now: Date, lease: TimeInterval) throws -> ConversationMessage?
    /// What the attempt gave: sent, or failed with the mail command's words; and to whom.
    func recordAttempt(messageID: Int64, delivery: ConversationMessage.Delivery, failure: String, recipient: String, mailID: String) throws -> ConversationMessage
    /// Takes a waiting message out of the outbox unsent; it stays in the history as dropped.
    /// Refused (invalid) for one that does not wait.
    func drop(messageID: Int64) throws -> ConversationMessage
}
