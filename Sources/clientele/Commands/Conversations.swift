import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele conversations ID`: the Conversations tab — every message with its state, and the
/// notes, bookings and payments as events — newest first.
struct Conversations: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(
        commandName: "conversations",
        abstract: "A customer's history: messages (with their state), notes, bookings and payments, newest first.",
        discussion: "Exit 0, 1 no such customer, 4 a database problem.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Flag(help: "Print JSON: [{\"at\", \"type\" (message, note, booking, payment), \"id\", \"kind\", \"state\", \"subject\", \"text\"}].") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "conversations")
        guard let card = try CardWork.run("conversations", { try opened.customerCards.card(for: id) }) else { throw ExitStatus.notFound }
        let events = ConversationHistory(card: card, now: Date()).events
        if json {
            print(try JSONOutput.string(events.map(EventJSON.init)))
            return
        }
        for event in events {
            print(HumanText.row([CardWork.local(event.at), event.type.rawValue, event.kind, event.state, event.subject, CardWork.firstWords(event.text, limit: 80)]))
        }
    }

    struct EventJSON: Encodable {
        let at: Date
        let type: String
        let id: Int64
        let kind: String
        let state: String
        let subject: String
        let text: String

        init(_ event: ConversationHistory.Event) {
            at = event.at
            type = event.type.rawValue
            id = event.id
            kind = event.kind
            state = event.state
            subject = event.subject
            text = event.text
        }
    }
}
