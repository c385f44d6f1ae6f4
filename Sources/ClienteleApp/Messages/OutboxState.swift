import CustomerCore
import Foundation
import TerminalCore

/// The outbox (ctrl+y, from anywhere): every message waiting to be sent — no mail command, no
/// address, or the mail command failed (its words shown) — oldest first. s sends the selected one
/// again, a every one, d drops one (asks; it stays in Conversations as dropped), enter opens the
/// customer's card.
public struct OutboxState: ModalContent {
    public var entries: [OutboxEntry] = []
    public var route: MailRoute?
    public var selected = 0
    public var isLoading = true
    public var isSending = false

    public init() {}

    public var scope: KeyScope { .outbox }

    var selectedEntry: OutboxEntry? { entries.indices.contains(selected) ? entries[selected] : nil }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .outbox(let action)? = action else { return .stay }
        switch action {
        case .moveDown: selected = min(max(0, entries.count - 1), selected + 1)
        case .moveUp: selected = max(0, selected - 1)
        case .sendSelected:
            guard !isSending else { return .stay }
            guard let id = selectedEntry?.message.id else { app.say(MessagesNote.nothingSelected); return .stay }
            isSending = true
            return .stay([.messages(.retry(messageID: id))])
        case .sendAll:
            guard !isSending, !entries.isEmpty else { return .stay }
            isSending = true
            return .stay([.messages(.retry(messageID: nil))])
        case .drop:
            guard let entry = selectedEntry, let id = entry.message.id else { app.say(MessagesNote.nothingSelected); return .stay }
            app.modals.push(ConfirmState(MessagesQuestion.drop(entry), onYes: ConfirmYes(effects: [.messages(.drop(messageID: id))])))
        case .openCard:
            guard let entry = selectedEntry else { return .stay }
            var card = CardState(customerID: entry.message.customerID)
            card.tab = .conversations
            app.card = card
            app.focus = .card
            return .close([.card(.load(entry.message.customerID))])
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, words = AppText.current.messages
        let inner = context.popup(words.outboxTitle(entries.count), width: min(screen.width, 100), height: min(screen.height, 24), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        var y = inner.y
        func line(_ text: String, _ role: ThemeRole) {
            for part in Paragraph.wrap(text, width: inner.width) where y < inner.maxY - 1 {
                buffer.write(part, at: Point(x: inner.x, y: y), style: theme[role], maxWidth: inner.width)
                y += 1
            }
        }
        guard !isLoading else { line(AppText.current.loading, .muted); return nil }
        switch route {
        case .mailCommand(let command)?: line(words.through(command), .muted)
        case .outbox(let reason)?: line("⚠ " + words.cannotSend(words.outboxReason(reason)), .alert)
        case nil: break
        }
        y += 1
        guard !entries.isEmpty else { line(words.outboxEmpty, .muted); return nil }
        // Four lines a message: when, who, what, state; its subject; why it waits (the mail
        // command's words, wrapped on two lines), so the error is read whole.
        let visible = max(1, (inner.maxY - 1 - y) / 4)
        let first = min(max(0, selected - visible + 1), max(0, entries.count - visible))
        for (index, entry) in entries.enumerated().dropFirst(first).prefix(visible) {
            let message = entry.message
            let isSelected = index == selected
            let style = isSelected ? theme[.selection] : theme[.text]
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 3), with: style) }
            let head = "\(DateText.dateTime(message.createdAt))  \(DisplayWidth.pad(DisplayWidth.truncate(entry.customerName, toWidth: 24), toWidth: 25))"
                + "\(AppText.current.words.messageKind(message.kind)) · \(AppText.current.words.delivery(message.delivery))"
            buffer.write(head, at: Point(x: inner.x, y: y), style: style, maxWidth: inner.width)
            let why: String
            if message.delivery == .failed, !message.failure.isEmpty {
                why = message.failure
            } else if MailMessage.address(entry.customerEmail) == nil {
                why = words.outboxReason(.noRecipient)
            } else if case .outbox(let reason)? = route {
                why = words.outboxReason(reason)
            } else {
                why = words.notTriedYet
            }
            buffer.write("  " + message.subject, at: Point(x: inner.x, y: y + 1), style: style, maxWidth: inner.width)
            let whyLines = Paragraph.wrap(why, width: max(1, inner.width - 2)).prefix(2)
            if isSelected, whyLines.count > 1 { buffer.fill(Rect(x: inner.x, y: y + 3, width: inner.width, height: 1), with: style) }
            for (offset, part) in whyLines.enumerated() {
                buffer.write("  " + part, at: Point(x: inner.x, y: y + 2 + offset), style: isSelected ? style : theme[message.delivery == .failed ? .alert : .muted],
                             maxWidth: inner.width)
            }
            y += 4
        }
        buffer.write(isSending ? words.sending : words.outboxFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return nil
    }
}
