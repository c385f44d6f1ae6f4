import Foundation

/// The history of exchanges with a customer (PRODUCT §3 Conversations).
public protocol ConversationsStore: Sendable {
    /// Newest first.
    func messages(for customerID: CustomerID) throws -> [ConversationMessage]
    func log(_ message: ConversationMessage) throws -> ConversationMessage
    /// Marks a queued message as sent or failed once the mail command has run.
    func setDelivery(_ delivery: ConversationMessage.Delivery, messageID: Int64) throws
}
