import CustomerCore
import Foundation

/// The history of exchanges with a customer and the outbox on PostgreSQL (`ConversationRepository`'s
/// contract). Two counters sending the outbox at once never send one message twice: a claim is one
/// conditional `UPDATE … RETURNING`, and under READ COMMITTED the second counter's update waits for
/// the first's row lock, then re-reads the row, finds the attempt just begun and claims nothing.
public struct PGConversationRepository: ConversationsStore {
    let link: PGLink

    static let columns = "id, customer_id, kind, channel, delivery, subject, body, created_at, recipient, mail_id, failure, attempted_at"

    static func message(_ row: PGRow) throws -> ConversationMessage {
        ConversationMessage(id: try row.int("id"), customerID: try row.int("customer_id"),
                            kind: ConversationMessage.Kind(rawValue: try row.text("kind")) ?? .free,
                            channel: ConversationMessage.Channel(rawValue: try row.text("channel")) ?? .email,
                            delivery: ConversationMessage.Delivery(rawValue: try row.text("delivery")) ?? .queued,
                            subject: try row.text("subject"), body: try row.text("body"), createdAt: StoredTime.decode(try row.int("created_at")),
                            recipient: try row.text("recipient"), mailID: try row.text("mail_id"), failure: try row.text("failure"),
                            attemptedAt: StoredTime.decodeIfPresent(try row.optionalInt("attempted_at")))
    }

    static func message(_ db: PGLink, id: Int64, locked: Bool = false) throws -> ConversationMessage? {
        try db.one("SELECT \(columns) FROM conversation_message WHERE id = ?\(locked ? " FOR UPDATE" : "")", [id]).map(message)
    }

    /// Newest first, so nothing is lost below the fold.
    public func messages(for customerID: CustomerID) throws -> [ConversationMessage] {
        try link.query("SELECT \(Self.columns) FROM conversation_message WHERE customer_id = ? ORDER BY created_at DESC, id DESC", [customerID])
            .map(Self.message)
    }

    public func log(_ message: ConversationMessage) throws -> ConversationMessage {
        let issues = message.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        return try link.write { db in
            var saved = message
            saved.id = try db.int("""
                INSERT INTO conversation_message (customer_id, kind, channel, delivery, subject, body, created_at, recipient, mail_id, failure, attempted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                [message.customerID, message.kind.rawValue, message.channel.rawValue, message.delivery.rawValue,
                 message.subject, message.body, StoredTime.encode(message.createdAt), message.recipient, message.mailID,
                 message.failure, StoredTime.encodeIfPresent(message.attemptedAt)])
            try PGCustomerRepository.touchActivity(db, customerID: message.customerID, at: message.createdAt)
            return saved
        }
    }

    /// Marks a message as sent or failed once the mail command has run.
    public func setDelivery(_ delivery: ConversationMessage.Delivery, messageID: Int64) throws {
        try link.write { db in
            try db.execute("UPDATE conversation_message SET delivery = ? WHERE id = ?", [delivery.rawValue, messageID])
        }
    }

    public func message(id: Int64) throws -> ConversationMessage? {
        try Self.message(link, id: id)
    }

    /// Through `conversation_message_waiting`: the outbox, not the whole history.
    public func outbox() throws -> [OutboxEntry] {
        let prefixed = Self.columns.split(separator: ",").map { "m." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
        return try link.query("""
            SELECT \(prefixed), c.given_name, c.family_name, c.company_name, c.email_address
            FROM conversation_message m JOIN customer c ON c.id = m.customer_id
            WHERE m.delivery IN ('queued','failed') ORDER BY m.created_at, m.id
            """).map { row in
            let name = [try row.text("given_name"), try row.text("family_name")].filter { !$0.isEmpty }.joined(separator: " ")
            return OutboxEntry(message: try Self.message(row), customerName: name.isEmpty ? try row.text("company_name") : name,
                               customerEmail: try row.text("email_address"))
        }
    }

    public func outboxCount() throws -> Int {
        Int(try link.int("SELECT count(*) FROM conversation_message WHERE delivery IN ('queued','failed')") ?? 0)
    }

    public func claim(messageID: Int64, at now: Date, lease: TimeInterval) throws -> ConversationMessage? {
        try link.write { db in
            // An attempt stamped in the future (another counter's clock ahead) is no lease: taken again.
            try db.one("""
                UPDATE conversation_message SET attempted_at = ?
                WHERE id = ? AND delivery IN ('queued','failed') AND (attempted_at IS NULL OR attempted_at < ? OR attempted_at > ?)
                RETURNING \(Self.columns)
                """, [StoredTime.encode(now), messageID, StoredTime.encode(now.addingTimeInterval(-lease)), StoredTime.encode(now)])
                .map(Self.message)
        }
    }

    public func recordAttempt(messageID: Int64, delivery: ConversationMessage.Delivery, failure: String, recipient: String, mailID: String) throws -> ConversationMessage {
        try link.write { db in
            // An attempt that ended frees the message at once for the next (a retry need not wait out the lease).
            guard let message = try db.one("""
                UPDATE conversation_message SET delivery = ?, failure = ?, recipient = ?, mail_id = ?, attempted_at = NULL WHERE id = ?
                RETURNING \(Self.columns)
                """, [delivery.rawValue, String(failure.prefix(2_000)), recipient, mailID, messageID]).map(Self.message) else {
                throw StoreError.notFound(what: "message", id: messageID)
            }
            return message
        }
    }

    public func drop(messageID: Int64) throws -> ConversationMessage {
        try link.write { db in
            // Locked while it is checked: an attempt recorded at another counter meanwhile waits, or is seen.
            guard let message = try Self.message(db, id: messageID, locked: true) else {
                throw StoreError.notFound(what: "message", id: messageID)
            }
            guard message.delivery.isWaiting else {
                throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "Message", message: "is \(message.delivery.label.lowercased()), not waiting in the outbox")]))
            }
            try db.execute("UPDATE conversation_message SET delivery = 'dropped', attempted_at = NULL WHERE id = ?", [messageID])
            var dropped = message
            dropped.delivery = .dropped
            dropped.attemptedAt = nil
            return dropped
        }
    }
}
