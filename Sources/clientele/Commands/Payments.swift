import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele payments`: a customer's payments and amounts due, recording one, marking one paid
/// (PRODUCT §3 Payments). Amounts are exact decimals in the shop's currency (the `currency` setting).
struct Payments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payments",
        abstract: "List a customer's payments and amounts due (newest first); record one; mark an amount due paid.",
        discussion: """
            Amounts are in the shop's currency: clientele settings set currency EUR (else the region's). \
            Overdue = due and past its due date. Exit 0 done, 1 no such customer, payment, booking or card, \
            3 refused (an amount that is not one or not above zero, a booking of another customer, paying what is not due; \
            nothing stored), 64 bad usage, 4 a database problem.
            """,
        subcommands: [ListPayments.self, RecordPayment.self, PayPayment.self, RefundPayment.self],
        defaultSubcommand: ListPayments.self)
}

struct PaymentJSON: Encodable {
    let id: Int64
    let customerId: Int64
    let amount: String
    let currency: String
    let status: String
    let date: Date
    let dueDate: NullableDate
    let method: String
    let bookingId: Int64?
    let cardId: Int64?

    init(_ payment: Payment, now: Date) {
        id = payment.id ?? 0
        customerId = payment.customerID
        amount = payment.amount.decimalString
        currency = payment.amount.currency
        status = payment.effectiveStatus(at: now).rawValue
        date = payment.date
        dueDate = NullableDate(payment.dueDate)
        method = payment.method
        bookingId = payment.bookingID
        cardId = payment.cardID
    }

    enum CodingKeys: String, CodingKey { case id, customerId, amount, currency, status, date, dueDate, method, bookingId, cardId }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(customerId, forKey: .customerId)
        try container.encode(amount, forKey: .amount)
        try container.encode(currency, forKey: .currency)
        try container.encode(status, forKey: .status)
        try container.encode(date, forKey: .date)
        try container.encode(dueDate, forKey: .dueDate)
        try container.encode(method, forKey: .method)
        try container.encode(bookingId, forKey: .bookingId)  // null rather than missing
        try container.encode(cardId, forKey: .cardId)
    }
}

extension Payment.Method: ExpressibleByArgument {}

struct ListPayments: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "list", abstract: "A customer's payments and amounts due, newest first.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Flag(help: "Print JSON: [{\"id\", \"customerId\", \"amount\": \"35.00\", \"currency\", \"status\" (paid, due, overdue, refunded), \"date\", \"dueDate\", \"method\", \"bookingId\", \"cardId\"}].") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "payments")
        let payments = try CardWork.run("payments") { try opened.payments.payments(for: id) }
        let now = Date()
        if json {
            print(try JSONOutput.string(payments.map { PaymentJSON($0, now: now) }))
            return
        }
        for payment in payments {
            let due = payment.dueDate.map { "due \(CardWork.dayText($0))" } ?? ""
            print(HumanText.row([String(payment.id ?? 0), CardWork.dayText(payment.date), payment.effectiveStatus(at: now).rawValue,
                                 payment.amount.formatted(.english), payment.method, due,
                                 payment.bookingID.map { "booking \($0)" } ?? ""]))
        }
    }
}

struct RecordPayment: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record a payment received, or with --due an amount due; prints its id.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Option(help: ArgumentHelp("The amount in the shop's currency: 35, 35.00, 1234.56.", valueName: "AMOUNT")) var amount: String
    @Option(help: "cash, card, transfer or other.") var method: Payment.Method?
    @Option(help: ArgumentHelp("The booking it pays for (one of this customer's).", valueName: "BOOKING_ID")) var booking: Int64?
    @Option(help: ArgumentHelp("A card on file it was taken with (one of this customer's).", valueName: "CARD_ID")) var card: Int64?
    @Option(help: ArgumentHelp("Record an amount due on that date instead of a payment received.", valueName: "YYYY-MM-DD")) var due: String?
    @Flag(help: "Print JSON: {\"id\"}.") var json = false

    func validate() throws {
        if let due, CardWork.day(due) == nil { throw ValidationError("--due takes a date as YYYY-MM-DD, not “\(due)”") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "payments record")
        let currency = try CardWork.currency(of: opened, command: "payments record")
        guard let money = Money.parse(amount, currency: currency, style: .english), money.minorUnits > 0 else {
            Stderr.print(HumanText.clean("clientele payments record: “\(amount)” is not an amount above zero in \(currency) — nothing was stored"))
            throw ExitStatus.invalidData
        }
        if let booking {
            guard try CardWork.run("payments record", { try opened.bookings.booking(id: booking) }) != nil else {
                Stderr.print("clientele payments record: no booking \(booking)")
                throw ExitStatus.notFound
            }
        }
        if let card {
            guard try CardWork.run("payments record", { try opened.cardsOnFile.cards(for: id) }).contains(where: { $0.id == card }) else {
                Stderr.print("clientele payments record: customer \(id) has no card \(card) on file")
                throw ExitStatus.notFound
            }
        }
        let now = Date()
        let dueDate = due.flatMap(CardWork.day).map(CardWork.endOfDay)
        let payment = Payment(customerID: id, amount: money, status: dueDate == nil ? .paid : .due, date: now, dueDate: dueDate,
                              method: method?.rawValue ?? (dueDate == nil ? Payment.Method.cash.rawValue : ""),
                              bookingID: booking, cardID: card)
        let saved = try CardWork.run("payments record") { try opened.payments.save(payment, now: now) }
        if json {
            print(try JSONOutput.string(["id": saved.id ?? 0]))
        } else {
            print(saved.id ?? 0)
        }
    }
}

struct PayPayment: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "paid", abstract: "Mark an amount due as paid (now).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The payment's id.") var paymentId: Int64
    @Option(help: "cash, card, transfer or other.") var method: Payment.Method?

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let paid = try CardWork.run("payments paid") { try opened.payments.markPaid(id: paymentId, at: Date(), method: method?.rawValue) }
        say("Payment \(paymentId) paid: \(paid.amount.formatted(.english)).")
    }
}

struct RefundPayment: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "refund", abstract: "Mark a payment received as refunded (now).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The payment's id.") var paymentId: Int64

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let refunded = try CardWork.run("payments refund") { try opened.payments.refund(id: paymentId, at: Date()) }
        say("Payment \(paymentId) refunded: \(refunded.amount.formatted(.english)).")
    }
}

extension CardWork {
    /// A day as YYYY-MM-DD: its first moment in this machine's time zone.
    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = Calendar.current.date(from: components),
              Calendar.current.dateComponents([.year, .month, .day], from: date) == DateComponents(year: year, month: month, day: day) else { return nil }
        return date
    }

    /// The day's last moment: an amount due that day is overdue from the next.
    static func endOfDay(_ start: Date) -> Date {
        Calendar.current.date(byAdding: .day, value: 1, to: start)!.addingTimeInterval(-0.001)
    }

    static func dayText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    /// The shop's currency: the `currency` setting, else the region's.
    static func currency(of store: any ClienteleStoring, command: String) throws -> String {
        try run(command) { try store.settings.value(.currency) } ?? Money.defaultCurrency(region: store.region)
    }
}
