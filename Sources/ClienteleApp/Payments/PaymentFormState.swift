import CustomerCore
import Foundation
import TerminalCore

/// Recording a payment received or an amount due (ctrl+a on the Payments tab), or editing one
/// (enter): the amount in the shop's currency as the interface's language writes it ("35",
/// "35,50", "1 234,56"), the date paid or the due date, the method, and the booking it pays for.
/// Amounts are read into minor units, never through floating point.
public struct PaymentFormState: ModalContent {
    public enum Field: Int, CaseIterable, Sendable { case kind, amount, date, method, booking, card, reference }
    public enum Kind: Int, CaseIterable, Sendable { case received, due }

    public let customerID: CustomerID
    public let customerName: String
    public let original: Payment?
    /// The shop's currency (a payment being edited keeps its own).
    public let currency: String
    /// The customer's bookings it may pay for, newest first.
    public let bookings: [Booking]
    public var kind: Kind
    public var amount = TextField(maxLength: 24)
    /// The day paid (received; empty is today) or the due date (due): YYYY-MM-DD, or words ("tomorrow", "in 2 weeks").
    public var date = TextField(maxLength: 40)
    public var method: Payment.Method
    /// An index into `bookings`, or nil for none.
    public var booking: Int?
    /// The customer's cards on file that have not expired (and the one the payment names, even if it has since).
    public let cards: [CardOnFile]
    /// An index into `cards`, or nil for none: the card it was taken with (recorded, not processed).
    public var card: Int?
    /// The shop's own reference: an invoice or receipt number.
    public var reference = TextField(maxLength: 100)
    public var focus: Field = .amount
    public var amountProblem = false
    public var dateProblem = false
    public var problems: [ValidationIssue] = []
    public var isSaving = false

    public init(customerID: CustomerID, customerName: String, payment: Payment? = nil, currency: String, bookings: [Booking], cards: [CardOnFile] = [],
                style: Money.Style) {
        self.customerID = customerID
        self.customerName = customerName
        original = payment
        self.currency = payment?.amount.currency ?? currency
        self.bookings = bookings
        kind = payment?.isOpen == true ? .due : .received
        method = payment.flatMap { Payment.Method(rawValue: $0.method) } ?? .cash
        booking = payment?.bookingID.flatMap { id in bookings.firstIndex { $0.id == id } }
        self.cards = cards
        card = payment?.cardID.flatMap { id in cards.firstIndex { $0.id == id } }
        reference.setText(payment?.reference ?? "")
        if let payment {
            amount.setText(Self.typeable(payment.amount, style: style))
            date.setText(DateText.short(payment.isOpen ? (payment.dueDate ?? payment.date) : payment.date))
        }
        if payment != nil { focus = .amount }
    }

    /// "35,50" for a French person: the amount without its code, as they would type it.
    static func typeable(_ money: Money, style: Money.Style) -> String {
        money.decimalString.replacingOccurrences(of: ".", with: String(style.decimalSeparator))
    }

    public var scope: KeyScope { .paymentForm }

    /// The amount and date are typed; the other fields are choices.
    public var takesPrintableCharacters: Bool { focus == .amount || focus == .date || focus == .reference }

    var hasEdits: Bool {
        guard let original else {
            return !amount.text.isEmpty || !date.text.isEmpty || booking != nil || kind != .received || method != .cash || card != nil || !reference.text.isEmpty
        }
        return amount.text != Self.typeable(original.amount, style: AppText.current.moneyStyle) || (booking.flatMap { bookings[$0].id }) != original.bookingID
            || method.rawValue != original.method || (card.flatMap { cards[$0].id }) != original.cardID || reference.text != original.reference
    }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .paymentForm(let action)? = action else { return typed(key) }
        switch action {
        case .savePayment: return save(update: update)
        case .nextField: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count) ?? .kind
        case .previousField: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count) ?? .kind
        case .nextOption, .previousOption: choose(forward: action == .nextOption)
        case .cancelModal: return cancel(app: &app, update: update)
        }
        return .stay
    }

    mutating func choose(forward: Bool) {
        switch focus {
        case .kind:
            // What an existing payment is stays as it is: mark it paid (F5) or refund it (F6) from the tab.
            guard original == nil else { return }
            kind = kind == .received ? .due : .received
            dateProblem = false
        case .method:
            let all = Payment.Method.allCases
            let index = all.firstIndex(of: method) ?? 0
            method = all[(index + (forward ? 1 : all.count - 1)) % all.count]
        case .booking:
            guard !bookings.isEmpty else { return }
            let count = bookings.count + 1  // the bookings, then none
            let current = booking ?? bookings.count
            let next = (current + (forward ? 1 : count - 1)) % count
            booking = next == bookings.count ? nil : next
        case .card:
            guard !cards.isEmpty else { return }
            let count = cards.count + 1  // the cards, then none
            let next = ((card ?? cards.count) + (forward ? 1 : count - 1)) % count
            card = next == cards.count ? nil : next
            if card != nil { method = .card }
        case .amount, .date, .reference: break
        }
    }

    mutating func typed(_ key: KeyEvent) -> ModalReply {
        switch focus {
        case .amount: if amount.handle(key) { amountProblem = false; problems = [] }
        case .date: if date.handle(key) { dateProblem = false }
        case .reference: if reference.handle(key) { problems = [] }
        case .kind, .method, .booking, .card: if key == .character(" ") { choose(forward: true) }
        }
        return .stay
    }

    /// The day typed: YYYY-MM-DD, or the words a reminder takes ("tomorrow", "in 2 weeks"); empty is today.
    static func day(_ text: String, now: Date, region: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return Calendar.current.startOfDay(for: now) }
        let parts = trimmed.split(separator: "-")
        if parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), parts[0].count == 4 {
            let components = DateComponents(year: year, month: month, day: day)
            guard let date = Calendar.current.date(from: components),
                  Calendar.current.dateComponents([.year, .month, .day], from: date) == components else { return nil }
            return date
        }
        guard let date = try? ReminderTime.parse(trimmed, now: now, monthFirst: ReminderTime.monthFirst(region: region)) else { return nil }
        return Calendar.current.startOfDay(for: date)
    }

    mutating func save(update: AppUpdate) -> ModalReply {
        guard !isSaving else { return .stay }
        let now = update.clock()
        guard let money = Money.parse(amount.text, currency: currency, style: AppText.current.moneyStyle), money.minorUnits > 0 else {
            amountProblem = true
            focus = .amount
            return .stay
        }
        guard let day = Self.day(date.text, now: now, region: update.region), kind == .received || !date.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            dateProblem = true
            focus = .date
            return .stay
        }
        var payment = original ?? Payment(customerID: customerID, amount: money, status: .paid, date: now)
        payment.amount = money
        payment.method = method.rawValue
        payment.bookingID = booking.flatMap { bookings[$0].id }
        payment.cardID = card.flatMap { cards[$0].id }
        payment.reference = reference.text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .due:
            payment.status = original?.status == .overdue ? .overdue : .due
            // Due on that day: overdue from the next.
            payment.dueDate = Calendar.current.date(byAdding: .day, value: 1, to: day)!.addingTimeInterval(-0.001)
            if original == nil { payment.date = now }
        case .received:
            payment.status = original?.status == .refunded ? .refunded : .paid
            // The day as it was keeps its time; today's new payment the time it is recorded; another day, its first moment.
            if let original, Calendar.current.isDate(day, inSameDayAs: original.date) {
                payment.date = original.date
            } else {
                payment.date = Calendar.current.isDate(day, inSameDayAs: now) ? now : day
            }
        }
        isSaving = true
        return .stay([.payments(.save(payment))])
    }

    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        guard hasEdits else { return .close }
        app.modals.push(ConfirmState(BookingsQuestion.discardForm, onYes: ConfirmYes(closesModalBelow: true)))
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        PaymentFormView(theme: context.theme).draw(self, in: screen, on: &buffer)
    }
}
