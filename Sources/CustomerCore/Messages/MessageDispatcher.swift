import Foundation

/// Sends a quick action's message the one honest way: it is logged in Conversations as queued
/// first (so a crash never loses it, and nothing says "sent" before the mail command said so),
/// then handed to the shop's mail command when there is one, a shop address to send from and a
/// customer address to send to; the command's exit status decides sent or failed. Whatever does
/// not go waits in the outbox, where `retry` takes it up again. The interface and the command line
/// both send through this.
public struct MessageDispatcher: Sendable {
    public let store: any ClienteleStoring
    public let transport: any MailTransport
    /// How long one counter's attempt keeps a message from being sent by another at the same time.
    public static let attemptLease: TimeInterval = 300

    public init(store: any ClienteleStoring, transport: any MailTransport) {
        self.store = store
        self.transport = transport
    }

    /// What the settings say about sending, read once for a message or a whole outbox run.
    struct ShopMail {
        let command: String
        let from: String?
        let name: String
    }

    func shopMail() throws -> ShopMail {
        ShopMail(command: (try store.settings.value(.mailCommand) ?? "").trimmingCharacters(in: .whitespaces),
                 from: MailMessage.address(try store.settings.value(.shopEmail) ?? ""), name: try store.settings.value(.shopName) ?? "")
    }

    /// The one rule of whether a message can go: a mail command, a shop address, and (when given) a customer address.
    static func route(_ shop: ShopMail, to recipient: String?) -> MailRoute {
        guard !shop.command.isEmpty else { return .outbox(.noMailCommand) }
        guard shop.from != nil else { return .outbox(.noShopEmail) }
        if let recipient, MailMessage.address(recipient) == nil { return .outbox(.noRecipient) }
        return .mailCommand(shop.command)
    }

    /// Logs the message, then tries to send it.
    public func send(_ message: QuickMessage, now: Date) throws -> MessageOutcome {
        let shop = try shopMail()
        let logged = try store.conversations.log(message.logged(at: now, mailID: MailMessage.newMessageID(from: shop.from ?? "")))
        return try attempt(logged, shop: shop, now: now)
    }

    /// Tries again to send one message of the outbox (queued or failed).
    public func retry(messageID: Int64, now: Date) throws -> MessageOutcome {
        try retry(messageID: messageID, shop: try shopMail(), now: now)
    }

    func retry(messageID: Int64, shop: ShopMail, now: Date) throws -> MessageOutcome {
        guard let message = try store.conversations.message(id: messageID) else { throw StoreError.notFound(what: "message", id: messageID) }
        guard message.delivery.isWaiting else { return .notWaiting(message) }
        return try attempt(message, shop: shop, now: now)
    }

    /// Every message of the outbox, oldest first (the settings read once for the run).
    public func retryAll(now: Date) throws -> [MessageOutcome] {
        let shop = try shopMail()
        return try store.conversations.outbox().map { entry in
            guard let id = entry.message.id else { return .notWaiting(entry.message) }
            return try retry(messageID: id, shop: shop, now: now)
        }
    }

    func attempt(_ message: ConversationMessage, shop: ShopMail, now: Date) throws -> MessageOutcome {
        guard let id = message.id else { return .notWaiting(message) }
        // The address the profile has now: one added (or corrected) since the message was queued is used.
        let current = try store.customers.customer(id: message.customerID)?.emailAddress ?? ""
        let to = MailMessage.address(current) ?? message.recipient
        let command: String
        switch Self.route(shop, to: to) {
        case .outbox(let reason): return .waiting(message, reason)
        case .mailCommand(let named): command = named
        }
        let from = shop.from ?? ""  // the route said there is one
        guard let claimed = try store.conversations.claim(messageID: id, at: now, lease: Self.attemptLease) else { return .busy(message) }
        let mail = MailMessage(from: from, fromName: shop.name, to: to, subject: claimed.subject,
                               body: claimed.body, messageID: claimed.mailID.isEmpty ? MailMessage.newMessageID(from: from) : claimed.mailID, date: now)
        switch transport.send(mail, through: command) {
        case .sent:
            return .sent(try store.conversations.recordAttempt(messageID: id, delivery: .sent, failure: "", recipient: to, mailID: mail.messageID))
        case .failed(let why):
            return .failed(try store.conversations.recordAttempt(messageID: id, delivery: .failed, failure: why, recipient: to, mailID: mail.messageID), why)
        }
    }
}

/// What became of a message handed to the dispatcher.
public enum MessageOutcome: Hashable, Sendable {
    /// The mail command took it (exit 0).
    case sent(ConversationMessage)
    /// The mail command refused it (its words); it waits in the outbox.
    case failed(ConversationMessage, String)
    /// Not tried: it waits in the outbox for the reason given.
    case waiting(ConversationMessage, OutboxReason)
    /// Another counter is sending it at this moment.
    case busy(ConversationMessage)
    /// Already sent or dropped: nothing to do.
    case notWaiting(ConversationMessage)

    public var message: ConversationMessage {
        switch self {
        case .sent(let message), .failed(let message, _), .waiting(let message, _), .busy(let message), .notWaiting(let message): message
        }
    }

    public var wasSent: Bool {
        if case .sent = self { return true }
        return false
    }
}

/// Why a message waits in the outbox without having been tried.
public enum OutboxReason: String, Hashable, Sendable {
    case noMailCommand, noShopEmail, noRecipient

    /// In English, for the command line.
    public var description: String {
        switch self {
        case .noMailCommand: "no mail command is set (clientele settings set mail-command \"msmtp\")"
        case .noShopEmail: "the shop's address is not set (clientele settings set shop-email ADDRESS)"
        case .noRecipient: "the customer has no email address"
        }
    }
}

/// A message waiting in the outbox, with whom it is for.
public struct OutboxEntry: Hashable, Sendable {
    public var message: ConversationMessage
    public var customerName: String
    public var customerEmail: String

    public init(message: ConversationMessage, customerName: String, customerEmail: String) {
        self.message = message
        self.customerName = customerName
        self.customerEmail = customerEmail
    }
}

/// How a message to `recipient` would go now: through the mail command, or into the outbox and why.
/// The compose screen shows it before anything is sent.
public enum MailRoute: Hashable, Sendable {
    case mailCommand(String)
    case outbox(OutboxReason)
}

extension MessageDispatcher {
    /// `recipient` nil: whether the shop can send at all (the outbox's header).
    public func route(to recipient: String?) throws -> MailRoute {
        Self.route(try shopMail(), to: recipient)
    }
}
