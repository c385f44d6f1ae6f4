import CustomerCore
import Foundation
import TerminalCore

/// A quick action's message shown before it is sent (PRODUCT §3): to whom, how it will go —
/// through the mail command, or into the outbox and why — and its subject and text, both editable.
/// ctrl+s sends; nothing says "sent" until the mail command took it.
public struct MessageComposeState: ModalContent {
    public enum Field: Int, CaseIterable, Sendable { case subject, body }

    public let original: QuickMessage
    public let customerName: String
    public let route: MailRoute
    /// Set after a charge: the payment just recorded, which the receipt is about.
    public let charged: Payment?
    public var subject: TextField
    public var body: TextArea
    public var focus: Field = .body
    public var problems: [ValidationIssue] = []
    public var isSending = false

    public init(message: QuickMessage, customerName: String, route: MailRoute, charged: Payment? = nil) {
        original = message
        self.customerName = customerName
        self.route = route
        self.charged = charged
        subject = TextField(maxLength: 300)
        subject.setText(message.subject)
        body = TextArea(message.body, maxLength: 20_000)
    }

    public var scope: KeyScope { .messageCompose }
    public var takesPrintableCharacters: Bool { true }

    /// As it will be sent.
    var message: QuickMessage {
        var message = original
        message.subject = subject.text
        message.body = body.text
        return message
    }

    var hasEdits: Bool { subject.text != original.subject || body.text != original.body }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .messageCompose(let action)? = action else {
            switch focus {
            case .subject: if subject.handle(key) { problems = [] }
            case .body: if body.handle(key) { problems = [] }
            }
            return .stay
        }
        switch action {
        case .sendMessage:
            guard !isSending else { return .stay }
            isSending = true
            return .stay([.messages(.send(message))])
        case .nextField, .previousField: focus = focus == .subject ? .body : .subject
        case .cancelModal: return cancel(app: &app, update: update)
        }
        return .stay
    }

    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        // Not sending a receipt is a choice (the payment stays recorded); dropping typed words asks.
        guard hasEdits else { return .close }
        app.modals.push(ConfirmState(MessagesQuestion.discardMessage, onYes: ConfirmYes(closesModalBelow: true)))
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current, words = text.messages
        let inner = context.popup(words.composeTitle(original.kind, customerName), width: min(screen.width, 90), height: min(screen.height, 26), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        var y = inner.y
        func line(_ words: String, _ role: ThemeRole) {
            for part in Paragraph.wrap(words, width: inner.width) where y < inner.maxY - 1 {
                buffer.write(part, at: Point(x: inner.x, y: y), style: theme[role], maxWidth: inner.width)
                y += 1
            }
        }
        if let charged { line(words.chargeRecorded(text.money(charged.amount)), .success) }
        line(MailMessage.address(original.recipient) == nil ? words.noEmailOnProfile : words.sendsTo(original.recipient), .text)
        switch route {
        case .mailCommand(let command): line(words.through(command), .muted)
        case .outbox(let reason): line("⚠ " + words.willWait(words.outboxReason(reason)), .alert)
        }
        y += 1
        let label = words.subjectLabel
        let labelWidth = DisplayWidth.of(label) + 1
        buffer.write(label, at: Point(x: inner.x, y: y), style: focus == .subject ? theme[.title] : theme[.text])
        var field = subject
        var caret: Point?
        let point = field.draw(in: Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth), height: 1), on: &buffer,
                               style: focus == .subject ? theme[.inputFocused] : theme[.input])
        if focus == .subject { caret = point }
        y += 2
        let problemLines = problems.flatMap { Paragraph.wrap("⚠ " + text.validationMessage($0.problem), width: inner.width) }
        let bodyHeight = max(3, inner.maxY - 1 - y - problemLines.count - 1)
        var area = body
        let bodyCaret = area.draw(in: Rect(x: inner.x, y: y, width: inner.width, height: bodyHeight), on: &buffer,
                                  style: focus == .body ? theme[.inputFocused] : theme[.input])
        if focus == .body { caret = bodyCaret }
        y += bodyHeight + 1
        for line in problemLines where y < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
            y += 1
        }
        let queues = if case .outbox = route { true } else { false }
        let footer = isSending ? words.sending : queues ? words.composeFooterQueue : words.composeFooter
        buffer.write(footer, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
