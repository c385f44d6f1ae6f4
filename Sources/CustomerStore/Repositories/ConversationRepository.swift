import Foundation
import GRDB
import CustomerCore

/// The history of exchanges with a customer (PRODUCT §3 Conversations), and the outbox.
public struct ConversationRepository: ConversationsStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    static let columns = "id, customer_id, kind, channel, delivery, subject, body, created_at, recipient, mail_id, failure, attempted_at"

    static func message(_ row: Row) -> ConversationMessage {
        ConversationMessage(id: row["id"], customerID: row["customer_id"], kind: ConversationMessage.Kind(rawValue: row["kind"]) ?? .free,
                            channel: ConversationMessage.Channel(rawValue: row["channel"]) ?? .email,
                            delivery: ConversationMessage.Delivery(rawValue: row["delivery"]) ?? .queued,
                            subject: row["subject"], body: row["body"], createdAt: StoredTime.decode(row["created_at"] as Int64),
                            recipient: row["recipient"], mailID: row["mail_id"], failure: row["failure"],
                            attemptedAt: (row["attempted_at"] as Int64?).map(StoredTime.decode))
    }

    static func message(_ db: Database, id: Int64) throws -> ConversationMessage? {
        try db.mapRows(sql: "SELECT \(columns) FROM conversation_message WHERE id = ?", arguments: [id], message).first
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
            try db.execute(sql: """
                INSERT INTO conversation_message (customer_id, kind, channel, delivery, subject, body, created_at, recipient, mail_id, failure, attempted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [message.customerID, message.kind.rawValue, message.channel.rawValue, message.delivery.rawValue,
                            message.subject, message.body, StoredTime.encode(message.createdAt), message.recipient, message.mailID,
                            message.failure, message.attemptedAt.map(StoredTime.encode)])
            var saved = message
            saved.id = db.lastInsertedRowID
            try CustomerRepository.touchActivity(db, customerID: message.customerID, at: message.createdAt)
            return saved
        }
    }

    /// Marks a message as sent or failed once the mail command has run.
    public func setDelivery(_ delivery: ConversationMessage.Delivery, messageID: Int64) throws {
        try database.writer.write { db in
            try db.execute(sql: "UPDATE conversation_message SET delivery = ? WHERE id = ?", arguments: [delivery.rawValue, messageID])
        }
    }

    public func message(id: Int64) throws -> ConversationMessage? {
        try database.writer.read { db in
            try Self.message(db, id: id)
        }
    }

    /// Through `conversation_message_waiting`: the outbox, not the whole history.
    public func outbox() throws -> [OutboxEntry] {
        try database.writer.read { db in
            let prefixed = Self.columns.split(separator: ",").map { "m." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
            return try db.mapRows(sql: """
                SELECT \(prefixed), c.given_name, c.family_name, c.company_name, c.email_address
                FROM conversation_message m INDEXED BY conversation_message_waiting JOIN customer c ON c.id = m.customer_id
                WHERE m.delivery IN ('queued','failed') ORDER BY m.created_at, m.id
                """) { row in
                let name = [row["given_name"] as String, row["family_name"] as String].filter { !$0.isEmpty }.joined(separator: " ")
                return OutboxEntry(message: Self.message(row), customerName: name.isEmpty ? row["company_name"] : name, customerEmail: row["email_address"])
            }
        }
    }

    public func outboxCount() throws -> Int {
        try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM conversation_message WHERE delivery IN ('queued','failed')") ?? 0
        }
    }

    public func claim(messageID: Int64, at now: Date, lease: TimeInterval) throws -> ConversationMessage? {
        try database.writer.write { db in
            try db.execute(sql: """
                UPDATE conversation_message SET attempted_at = ?
                WHERE id = ? AND delivery IN ('queued','failed') AND (attempted_at IS NULL OR attempted_at < ? OR attempted_at > ?)
                """, arguments: [StoredTime.encode(now), messageID, StoredTime.encode(now.addingTimeInterval(-lease)), StoredTime.encode(now)])
            guard db.changesCount == 1 else { return nil }
            return try Self.message(db, id: messageID)
        }
    }

    public func recordAttempt(messageID: Int64, delivery: ConversationMessage.Delivery, failure: String, recipient: String, mailID: String) throws -> ConversationMessage {
        try database.writer.write { db in
            // An attempt that ended frees the message at once for the next (a retry need not wait out the lease).
            try db.execute(sql: "UPDATE conversation_message SET delivery = ?, failure = ?, recipient = ?, mail_id = ?, attempted_at = NULL WHERE id = ?",
                           arguments: [delivery.rawValue, String(failure.prefix(2_000)), recipient, mailID, messageID])
            guard let message = try Self.message(db, id: messageID) else {
                throw StoreError.notFound(what: "message", id: messageID)
            }
            return message
        }
    }

    public func drop(messageID: Int64) throws -> ConversationMessage {
        try database.writer.write { db in
            guard let message = try Self.message(db, id: messageID) else {
                throw StoreError.notFound(what: "message", id: messageID)
            }
            guard message.delivery.isWaiting else {
                throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "Message", message: "is \(message.delivery.label.lowercased()), not waiting in the outbox")]))
            }
            try db.execute(sql: "UPDATE conversation_message SET delivery = 'dropped', attempted_at = NULL WHERE id = ?", arguments: [messageID])
            var dropped = message
            dropped.delivery = .dropped
            dropped.attemptedAt = nil
            return dropped
        }
    }
}
