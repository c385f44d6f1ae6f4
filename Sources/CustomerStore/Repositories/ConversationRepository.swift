import Foundation
import GRDB
import CustomerCore

/// The history of exchanges with a customer (PRODUCT §3 Conversations).
public struct ConversationRepository: ConversationsStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    static let columns = "id, customer_id, kind, channel, delivery, subject, body, created_at"

    static func message(_ row: Row) -> ConversationMessage {
        ConversationMessage(id: row["id"], customerID: row["customer_id"], kind: ConversationMessage.Kind(rawValue: row["kind"]) ?? .free,
                            channel: ConversationMessage.Channel(rawValue: row["channel"]) ?? .email,
                            delivery: ConversationMessage.Delivery(rawValue: row["delivery"]) ?? .queued,
                            subject: row["subject"], body: row["body"], createdAt: StoredTime.decode(row["created_at"] as Int64))
    }

    /// Newest first, so nothing is lost below the fold.
    public func messages(for customerID: CustomerID) throws -> [ConversationMessage] {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM conversation_message WHERE customer_id = ? ORDER BY created_at DESC, id DESC",
                           arguments: [customerID], Self.message)
        }
    }

    public func log(_ message: ConversationMessage) throws -> ConversationMessage {
        let issues = message.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        return try database.writer.write { db in
            try db.execute(sql: "INSERT INTO conversation_message (customer_id, kind, channel, delivery, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [message.customerID, message.kind.rawValue, message.channel.rawValue, message.delivery.rawValue,
                                       message.subject, message.body, StoredTime.encode(message.createdAt)])
            var saved = message
            saved.id = db.lastInsertedRowID
            try CustomerRepository.touchActivity(db, customerID: message.customerID, at: message.createdAt)
            return saved
        }
    }

    /// Marks a queued message as sent or failed once the mail command has run.
    public func setDelivery(_ delivery: ConversationMessage.Delivery, messageID: Int64) throws {
        try database.writer.write { db in
            try db.execute(sql: "UPDATE conversation_message SET delivery = ? WHERE id = ?", arguments: [delivery.rawValue, messageID])
        }
    }
}
