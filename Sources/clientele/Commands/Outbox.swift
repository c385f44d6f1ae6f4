import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation
import Mailing

/// `clientele outbox`: the messages waiting to be sent (no mail command, no address, or the command
/// failed), across customers; `send` retries them, `drop` takes one out unsent.
struct Outbox: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "List the messages waiting to be sent; retry them; drop one.",
        discussion: "Exit 0 done (send: every one sent), 2 some still wait (named on stderr), 1 no such message, 3 refused, 4 a database problem.",
        subcommands: [ListOutbox.self, SendOutbox.self, DropOutboxMessage.self],
        defaultSubcommand: ListOutbox.self)
}

struct OutboxJSON: Encodable {
    let id: Int64
    let customerId: Int64
    let customerName: String
    let kind: String
    let state: String
    let to: String
    let subject: String
    let error: String?
    let createdAt: Date

    init(_ entry: OutboxEntry) {
        id = entry.message.id ?? 0
        customerId = entry.message.customerID
        customerName = entry.customerName
        kind = entry.message.kind.rawValue
        state = entry.message.delivery.rawValue
        to = entry.customerEmail.isEmpty ? entry.message.recipient : entry.customerEmail
        subject = entry.message.subject
        error = entry.message.failure.isEmpty ? nil : entry.message.failure
        createdAt = entry.message.createdAt
    }

    enum CodingKeys: String, CodingKey { case id, customerId, customerName, kind, state, to, subject, error, createdAt }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(customerId, forKey: .customerId)
        try container.encode(customerName, forKey: .customerName)
        try container.encode(kind, forKey: .kind)
        try container.encode(state, forKey: .state)
        try container.encode(to, forKey: .to)
        try container.encode(subject, forKey: .subject)
        try container.encode(error, forKey: .error)  // null rather than missing
        try container.encode(createdAt, forKey: .createdAt)
    }
}

struct ListOutbox: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The messages waiting to be sent, oldest first.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print JSON: [{\"id\", \"customerId\", \"customerName\", \"kind\", \"state\" (queued, failed), \"to\", \"subject\", \"error\", \"createdAt\"}].") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let entries = try CardWork.run("outbox") { try opened.conversations.outbox() }
        if json {
            print(try JSONOutput.string(entries.map(OutboxJSON.init)))
            return
        }
        if entries.isEmpty { say("The outbox is empty.") }
        for entry in entries {
            let message = entry.message
            print(HumanText.row([String(message.id ?? 0), CardWork.local(message.createdAt), message.delivery.rawValue, entry.customerName,
                                 entry.customerEmail.isEmpty ? "(no email)" : entry.customerEmail, message.subject, message.failure]))
        }
    }
}

struct SendOutbox: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "send", abstract: "Try again to send every waiting message (or the one named).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "One message's id (default: every waiting one).") var messageId: Int64?

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let dispatcher = MessageDispatcher(store: opened, transport: SendmailCommand())
        let now = Date()
        let outcomes: [MessageOutcome] = try CardWork.run("outbox send") {
            if let messageId { return [try dispatcher.retry(messageID: messageId, now: now)] }
            return try dispatcher.retryAll(now: now)
        }
        var waiting = 0
        for outcome in outcomes {
            let message = outcome.message
            switch outcome {
            case .sent: say("Sent message \(message.id ?? 0) to \(message.recipient): \(message.subject)")
            case .failed(_, let why): waiting += 1; Stderr.print(HumanText.clean("clientele outbox send: message \(message.id ?? 0) failed: \(why)"))
            case .waiting(_, let reason): waiting += 1; Stderr.print(HumanText.clean("clientele outbox send: message \(message.id ?? 0) waits: \(reason.description)"))
            case .busy: waiting += 1; Stderr.print("clientele outbox send: message \(message.id ?? 0) is being sent at another counter")
            case .notWaiting: say("Message \(message.id ?? 0) is \(message.delivery.rawValue); nothing to send.")
            }
        }
        if outcomes.isEmpty { say("The outbox is empty.") }
        if waiting > 0 { throw ExitStatus.partlyDone }
    }
}

struct DropOutboxMessage: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "drop", abstract: "Take a waiting message out of the outbox unsent (it stays in Conversations as dropped).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The message's id.") var messageId: Int64

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let dropped = try CardWork.run("outbox drop") { try opened.conversations.drop(messageID: messageId) }
        say("Dropped message \(messageId): \(dropped.subject)")
    }
}
