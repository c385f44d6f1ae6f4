import CustomerCore
import Foundation
import TerminalCore

/// "Charge for a past appointment": the completed booking, the amount (what is due on it, marked
/// paid; else what is typed, received), the method and the card on file it was taken with.
/// Recorded, not processed — Clientele has no payment processor, and the form says so. Saving
/// records the payment and opens the receipt to send.
public struct ChargeFormState: ModalContent {
    public enum Field: Int, CaseIterable, Sendable { case booking, amount, method, card }

    public let customerID: CustomerID
    public let customerName: String
    public let currency: String
    /// Completed bookings, the likely ones first (`ChargePlan.candidates`).
    public let bookings: [Booking]
    /// Per booking id: what is due on it (marked paid by the charge).
    public let dueOnBooking: [Int64: Money]
    /// The customer's cards on file that have not expired.
    public let cards: [CardOnFile]
    public var booking = 0
    public var amount = TextField(maxLength: 24)
    public var method: Payment.Method = .cash
    /// An index into `cards`, or nil for none.
    public var card: Int?
    public var focus: Field = .booking
    public var amountProblem = false
    public var problems: [ValidationIssue] = []
    public var refusal: QuickActionRefusal?
    public var isSaving = false

    public init(card customerCard: CustomerCard, candidates: [Booking], preferredBookingID: Int64?, currency: String, now: Date) {
        customerID = customerCard.customer.id ?? 0
        customerName = customerCard.customer.displayName
        bookings = candidates
        var due: [Int64: Money] = [:]
        for payment in customerCard.payments where payment.isOpen {
            if let id = payment.bookingID, due[id] == nil { due[id] = payment.amount }
        }
        dueOnBooking = due
        self.currency = currency
        cards = customerCard.cards.filter { !$0.isExpired(at: now) }
        if let preferredBookingID, let index = candidates.firstIndex(where: { $0.id == preferredBookingID }) { booking = index }
        if !cards.isEmpty {
            card = 0
            method = .card
        }
        focus = isAmountDue ? .method : .amount
    }

    var selectedBooking: Booking? { bookings.indices.contains(booking) ? bookings[booking] : nil }
    /// The amount due on the selected booking, which the charge marks paid (the amount is not typed then).
    var amountDue: Money? { selectedBooking?.id.flatMap { dueOnBooking[$0] } }
    var isAmountDue: Bool { amountDue != nil }

    public var scope: KeyScope { .chargeForm }
    public var takesPrintableCharacters: Bool { focus == .amount && !isAmountDue }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .chargeForm(let action)? = action else { return typed(key) }
        switch action {
        case .saveCharge: return save()
        case .nextField: move(by: 1)
        case .previousField: move(by: -1)
        case .nextOption, .previousOption: choose(forward: action == .nextOption)
        case .cancelModal: return cancel(app: &app, update: update)
        }
        return .stay
    }

    mutating func move(by step: Int) {
        let count = Field.allCases.count
        var next = focus
        repeat { next = Field(rawValue: (next.rawValue + step + count) % count) ?? .booking } while next == .amount && isAmountDue
        focus = next
    }

    mutating func choose(forward: Bool) {
        refusal = nil
        switch focus {
        case .booking:
            guard !bookings.isEmpty else { return }
            booking = (booking + (forward ? 1 : bookings.count - 1)) % bookings.count
        case .method:
            let all = Payment.Method.allCases
            let index = all.firstIndex(of: method) ?? 0
            method = all[(index + (forward ? 1 : all.count - 1)) % all.count]
        case .card:
            guard !cards.isEmpty else { return }
            let count = cards.count + 1  // the cards, then none
            let next = ((card ?? cards.count) + (forward ? 1 : count - 1)) % count
            card = next == cards.count ? nil : next
            if card != nil { method = .card }
        case .amount: break
        }
    }

    mutating func typed(_ key: KeyEvent) -> ModalReply {
        switch focus {
        case .amount: if !isAmountDue, amount.handle(key) { amountProblem = false; problems = [] }
        case .booking, .method, .card: if key == .character(" ") { choose(forward: true) }
        }
        return .stay
    }

    mutating func save() -> ModalReply {
        guard !isSaving, let selected = selectedBooking, let bookingID = selected.id else { return .stay }
        var money: Money?
        if !isAmountDue {
            guard let parsed = Money.parse(amount.text, currency: currency, style: AppText.current.moneyStyle), parsed.minorUnits > 0 else {
                amountProblem = true
                focus = .amount
                return .stay
            }
            money = parsed
        }
        isSaving = true
        return .stay([.messages(.charge(customerID, bookingID: bookingID, amount: money, cardID: card.flatMap { cards[$0].id }, method: method))])
    }

    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        guard !amount.text.isEmpty else { return .close }
        app.modals.push(ConfirmState(BookingsQuestion.discardForm, onYes: ConfirmYes(closesModalBelow: true)))
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current, words = text.messages
        let inner = context.popup(words.chargeTitle(customerName), width: min(screen.width, 84), height: min(screen.height, 16), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        let labels = words.chargeFieldLabels
        let labelWidth = min(18, (labels.map(DisplayWidth.of).max() ?? 8) + 2)
        var caret: Point?
        var y = inner.y
        for field in Field.allCases where y < inner.maxY - 1 {
            let focused = focus == field
            buffer.write(labels.indices.contains(field.rawValue) ? labels[field.rawValue] : "", at: Point(x: inner.x, y: y),
                         style: focused ? theme[.title] : theme[.text], maxWidth: labelWidth)
            let x = inner.x + labelWidth, width = max(1, inner.maxX - x)
            let choice = focused ? theme[.selection] : theme[.text]
            switch field {
            case .booking:
                let shown = selectedBooking.map { "\(DateText.dateTime($0.startsAt)) \($0.service)" + ($0.staff.isEmpty ? "" : " · \($0.staff)") } ?? ""
                buffer.write("◂ \(shown) ▸", at: Point(x: x, y: y), style: choice, maxWidth: width)
            case .amount:
                if let due = amountDue {
                    buffer.write(words.amountDueMarkedPaid(text.money(due)), at: Point(x: x, y: y), style: theme[.muted], maxWidth: width)
                } else {
                    var input = amount
                    let rect = Rect(x: x, y: y, width: min(24, width - 5), height: 1)
                    let point = input.draw(in: rect, on: &buffer, style: focused ? theme[.inputFocused] : theme[.input],
                                           placeholder: text.amountPlaceholder, placeholderStyle: theme[.placeholder])
                    if focused { caret = point }
                    buffer.write(currency, at: Point(x: rect.maxX + 1, y: y), style: theme[.muted], maxWidth: max(0, inner.maxX - rect.maxX - 1))
                }
            case .method:
                buffer.write("◂ \(text.paymentMethod(method)) ▸", at: Point(x: x, y: y), style: choice, maxWidth: width)
            case .card:
                let shown = card.map { cards[$0].maskedLabel + " " + String(format: "%02d/%02d", cards[$0].expiryMonth, cards[$0].expiryYear % 100) } ?? words.noCardChoice
                buffer.write("◂ \(shown) ▸", at: Point(x: x, y: y), style: choice, maxWidth: width)
            }
            y += 1
        }
        y += 1
        for line in Paragraph.wrap(words.notProcessed, width: inner.width) where y < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.alert], maxWidth: inner.width)
            y += 1
        }
        var problems = self.problems.map { text.validationMessage($0.problem) }
        if amountProblem { problems.insert(text.amountNotUnderstood(amount.text, currency), at: 0) }
        if let refusal { problems.append(words.refusal(refusal)) }
        for line in problems.flatMap({ Paragraph.wrap("⚠ " + $0, width: inner.width) }) where y < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
            y += 1
        }
        buffer.write(isSaving ? text.saving : words.chargeFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
