import ArgumentParser
import ClienteleApp
import CustomerCore
import CustomerStore
import Foundation
import Mailing

/// `clientele send ID --overdue-reminder | --invite | --charge BOOKING_ID`: the card's quick actions
/// (PRODUCT §3, seed 004). The message comes from the shop's template (clientele settings set
/// template-…), is logged in Conversations, and goes through the mail command when one is set.
struct Send: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send a customer a payment reminder, an invitation to book, or charge a past appointment and send the receipt.",
        discussion: """
            The message is logged in Conversations, then handed to the mail command (clientele settings set mail-command \
            "msmtp"; the message on stdin, the customer's address as argument) from the shop's address (shop-email). \
            Without a mail command, a shop address or a customer address, or when the command fails, it waits in the outbox \
            (clientele outbox). --charge records the payment against a completed booking — recorded, not processed: Clientele \
            has no payment processor, take the money at your terminal. Exit 0 sent, 2 queued in the outbox, 3 refused with the \
            reason (nothing stored), 1 no such customer, 4 a database problem.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Flag(name: .customLong("overdue-reminder"), help: "A reminder about what is overdue.") var overdueReminder = false
    @Flag(help: "An invitation to book the next appointment.") var invite = false
    @Option(help: ArgumentHelp("Charge for this completed booking: its amount due is marked paid, else --amount is recorded; then the receipt is sent.",
                               valueName: "BOOKING_ID")) var charge: Int64?
    @Option(help: ArgumentHelp("With --charge, when nothing is due on the booking: the amount received (35.00).", valueName: "AMOUNT")) var amount: String?
    @Option(help: ArgumentHelp("With --charge: the card on file it was taken with (recorded, not processed).", valueName: "CARD_ID")) var card: Int64?
    @Option(help: "With --charge: cash, card, transfer or other (card when --card is given, else cash).") var method: Payment.Method?
    @Option(help: "The language of the standard templates and of dates in the message: en, es or fr (default: from LANG).") var lang: String?
    @Flag(help: "Print JSON: {\"messageId\", \"state\" (sent, queued, failed), \"to\", \"subject\", \"error\", \"paymentId\"}.") var json = false

    func validate() throws {
        let chosen = [overdueReminder, invite, charge != nil].filter { $0 }.count
        guard chosen == 1 else { throw ValidationError("choose one of --overdue-reminder, --invite, --charge BOOKING_ID") }
        if charge == nil, amount != nil || card != nil || method != nil { throw ValidationError("--amount, --card and --method go with --charge") }
        if let lang, InterfaceLanguage(rawValue: lang) == nil { throw ValidationError("Unknown language “\(lang)”: choose en, es or fr.") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "send")
        let now = Date()
        let language = lang ?? InterfaceLanguage.resolve(environment: ProcessInfo.processInfo.environment).rawValue
        let composer = try CardWork.run("send") { try QuickMessageComposer(settings: opened.settings, language: language) }
        guard let customerCard = try CardWork.run("send", { try opened.customerCards.card(for: id) }) else { throw ExitStatus.notFound }
        var paymentID: Int64?
        let message: QuickMessage
        do {
            if overdueReminder {
                message = try composer.overdueReminder(customerCard, now: now)
            } else if invite {
                message = try composer.invitation(customerCard, now: now)
            } else {
                let bookingID = charge!
                let currency = try CardWork.currency(of: opened, command: "send")
                var money: Money?
                if let amount {
                    guard let parsed = Money.parse(amount, currency: currency, style: .english), parsed.minorUnits > 0 else {
                        Stderr.print(HumanText.clean("clientele send: “\(amount)” is not an amount above zero in \(currency) — nothing was stored"))
                        throw ExitStatus.invalidData
                    }
                    money = parsed
                }
                let plan = try ChargePlan.make(card: customerCard, bookingID: bookingID, amount: money, cardID: card, method: method, now: now)
                let payment = try CardWork.run("send") { try plan.apply(to: opened, now: now) }
                paymentID = payment.id
                if !json { say("Recorded \(payment.amount.formatted(.english)) against booking \(bookingID) (payment \(payment.id ?? 0)) — recorded, not processed: Clientele has no payment processor.") }
                let booking = customerCard.bookings.first { $0.id == bookingID }!
                message = composer.receipt(customerCard, booking: booking, amount: payment.amount)
            }
        } catch let refusal as QuickActionRefusal {
            Stderr.print(HumanText.clean("clientele send: \(refusal.description) — nothing was sent or stored"))
            throw ExitStatus.invalidData
        }
        let outcome = try CardWork.run("send") { try MessageDispatcher(store: opened, transport: SendmailCommand()).send(message, now: now) }
        try Self.report(outcome, json: json, paymentID: paymentID, command: "send")
    }

    /// Says what became of a message, and exits 0 when it was sent, 2 when it waits in the outbox.
    static func report(_ outcome: MessageOutcome, json: Bool, paymentID: Int64?, command: String) throws {
        let message = outcome.message
        let error: String? = switch outcome {
        case .sent, .notWaiting: nil
        case .failed(_, let why): why
        case .waiting(_, let reason): reason.description
        case .busy: "another counter is sending it at this moment"
        }
        if json {
            var object: [String: Any] = ["messageId": message.id ?? 0, "state": message.delivery.rawValue, "to": message.recipient,
                                         "subject": message.subject, "error": error ?? NSNull()]
            if let paymentID { object["paymentId"] = paymentID }
            print(try JSONOutput.string(jsonObject: object))
        } else if outcome.wasSent {
            say(HumanText.clean("Sent to \(message.recipient): \(message.subject) (message \(message.id ?? 0))"))
        }
        guard outcome.wasSent else {
            Stderr.print(HumanText.clean("clientele \(command): message \(message.id ?? 0) waits in the outbox: \(error ?? message.delivery.rawValue)"))
            throw ExitStatus.partlyDone
        }
    }
}
