import CustomerCore
import Foundation
import TerminalCore

/// Recording a card on file: cardholder, number (typed once, shown masked, used only to check it
/// with Luhn and find its brand and last four — then dropped with the form), expiry, billing postal
/// code, and the customer's written authorization confirmed. No CVV is ever asked for.
public struct CardFormState: ModalContent {
    public enum Field: Int, CaseIterable, Sendable { case holder, number, expiry, postalCode, authorization }

    public let customerID: CustomerID
    public let customerName: String
    public var holder: TextField
    public var number = TextField(maxLength: 40)
    public var expiry = TextField(maxLength: 7)
    public var postalCode = TextField(maxLength: 12)
    public var authorized = false
    public var focus: Field = .holder
    public var problems: [CardFormProblem] = []
    public var isSaving = false

    public init(customerID: CustomerID, customerName: String) {
        self.customerID = customerID
        self.customerName = customerName
        holder = TextField(customerName, maxLength: 100)
    }

    public var scope: KeyScope { .cardForm }
    public var takesPrintableCharacters: Bool { focus != .authorization }

    var hasEntries: Bool { !number.isEmpty || !expiry.isEmpty || !postalCode.isEmpty || authorized }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .cardForm(let action)? = action else {
            switch focus {
            case .holder: _ = holder.handle(key)
            case .number: _ = number.handle(key)
            case .expiry: _ = expiry.handle(key)
            case .postalCode: _ = postalCode.handle(key)
            case .authorization: if key == .character(" ") { authorized.toggle() }
            }
            return .stay
        }
        switch action {
        case .nextField: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count) ?? .holder
        case .previousField: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count) ?? .holder
        case .toggleAuthorization: authorized.toggle()
        case .saveCard: return save(now: update.clock())
        case .cancelModal: return cancel(app: &app, update: update)
        }
        return .stay
    }

    /// Checks what can be checked here; the card that reaches the store holds brand and last four only.
    mutating func save(now: Date) -> ModalReply {
        guard !isSaving else { return .stay }
        problems = []
        let entry = CardNumberEntry(number.text)
        if entry == nil { problems.append(.notACardNumber) }
        let expiryParts = CardExpiry.parse(expiry.text)
        if expiryParts == nil { problems.append(.expiryUnreadable) }
        if !authorized { problems.append(.noAuthorization) }
        guard let entry, let expiryParts, authorized else { return .stay }
        let card = CardOnFile(customerID: customerID, holderName: holder.text, brand: entry.brand, lastFour: entry.lastFour,
                              expiryMonth: expiryParts.month, expiryYear: expiryParts.year,
                              billingPostalCode: postalCode.text.trimmingCharacters(in: .whitespaces), authorizationOnFile: true)
        if card.isExpired(at: now) {
            problems.append(.expired(card.expiryText))
            return .stay
        }
        isSaving = true
        return .stay([.cardsOnFile(.add(card))])
    }

    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        guard hasEntries else { return .close }
        app.modals.push(ConfirmState(CardsOnFileQuestion.discardCard, onYes: ConfirmYes(closesModalBelow: true)))
        return .stay
    }

    /// The number as the screen shows it: every digit but the last four as a bullet, in groups of
    /// four — the terminal (and its scrollback) never holds the number.
    static func masked(_ typed: String) -> String {
        let digits = typed.filter { $0.isNumber }
        let shown = digits.enumerated().map { $0.offset < digits.count - 4 ? "•" : String($0.element) }
        return stride(from: 0, to: shown.count, by: 4).map { shown[$0..<min($0 + 4, shown.count)].joined() }.joined(separator: " ")
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let inner = context.popup(text.cardFormTitle(customerName), width: min(screen.width, 76), height: min(screen.height, 20), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        var y = inner.y, caret: Point?
        let labelWidth = 22
        func row(_ field: Field, _ label: String, _ input: TextField, shown: String? = nil, hint: String = "") {
            let focused = focus == field
            buffer.write(label, at: Point(x: inner.x, y: y), style: focused ? theme[.title] : theme[.text], maxWidth: labelWidth)
            let rect = Rect(x: inner.x + labelWidth, y: y, width: min(30, inner.width - labelWidth), height: 1)
            if let shown {
                // Drawn from the masked text, never the digits: the caret sits after it.
                buffer.fill(rect, with: focused ? theme[.inputFocused] : theme[.input])
                buffer.write(shown, at: Point(x: rect.x, y: y), style: focused ? theme[.inputFocused] : theme[.input], maxWidth: rect.width)
                if focused { caret = Point(x: min(rect.maxX - 1, rect.x + DisplayWidth.of(shown)), y: y) }
            } else {
                var field = input
                let point = field.draw(in: rect, on: &buffer, style: focused ? theme[.inputFocused] : theme[.input])
                if focused { caret = point }
            }
            if !hint.isEmpty { buffer.write(hint, at: Point(x: rect.maxX + 1, y: y), style: theme[.muted], maxWidth: max(0, inner.maxX - rect.maxX - 1)) }
            y += 2
        }
        row(.holder, text.cardholderLabel, holder)
        let brand = CardNumberEntry(number.text).map { $0.brand.label + " ✓" } ?? ""
        row(.number, text.cardNumberLabel, number, shown: Self.masked(number.text), hint: brand)
        row(.expiry, text.cardExpiryLabel, expiry, hint: "MM/YY")
        row(.postalCode, text.billingPostalLabel, postalCode)
        let box = (authorized ? "[x] " : "[ ] ") + text.authorizationLabel
        for line in Paragraph.wrap(box, width: inner.width) where y < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x, y: y), style: focus == .authorization ? theme[.selection] : theme[.text], maxWidth: inner.width)
            y += 1
        }
        y += 1
        for problem in problems {
            for line in Paragraph.wrap("⚠ " + text.cardFormProblem(problem), width: inner.width) where y < inner.maxY - 1 {
                buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
                y += 1
            }
        }
        buffer.write(isSaving ? text.saving : text.cardFormFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
