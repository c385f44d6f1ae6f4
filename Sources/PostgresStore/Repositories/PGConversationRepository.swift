import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGConversationRepository: ConversationsStore {
    let link: PGLink

    public func messages(for customerID: CustomerID) throws -> [ConversationMessage] { throw PGUnported(part: "ConversationsStore") }
    public func log(_ message: ConversationMessage) throws -> ConversationMessage { throw PGUnported(part: "ConversationsStore") }
    public func setDelivery(_ delivery: ConversationMessage.Delivery, messageID: Int64) throws { throw PGUnported(part: "ConversationsStore") }
    public func message(id: Int64) throws -> ConversationMessage? { throw PGUnported(part: "ConversationsStore") }
    public func outbox() throws -> [OutboxEntry] { throw PGUnported(part: "ConversationsStore") }
    public func outboxCount() throws -> Int { throw PGUnported(part: "ConversationsStore") }
    public func claim(messageID: Int64, at now: Date, lease: TimeInterval) throws -> ConversationMessage? { throw PGUnported(part: "ConversationsStore") }
    public func recordAttempt(messageID: Int64, delivery: ConversationMessage.Delivery, failure: String, recipient: String, mailID: String) throws -> ConversationMessage { throw PGUnported(part: "ConversationsStore") }
    public func drop(messageID: Int64) throws -> ConversationMessage { throw PGUnported(part: "ConversationsStore") }
}
