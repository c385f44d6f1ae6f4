import CustomerCore
import Foundation
import TerminalCore

/// The cards on file of the open card's customer (ctrl+w): brand, last four, expiry, holder.
/// a records one (with the written authorization), u unlinks the selected one, p writes the
/// authorization form to print and have signed. Clientele records cards; it processes no payment.
public struct CardsOnFileState: ModalContent {
    public let customerID: CustomerID
    public let customerName: String
    public var cards: [CardOnFile]
    public var selected = 0

    public init(customerID: CustomerID, customerName: String, cards: [CardOnFile]) {
        self.customerID = customerID
        self.customerName = customerName
        self.cards = cards
    }

    public var scope: KeyScope { .cardsOnFile }

    var selectedCard: CardOnFile? { cards.indices.contains(selected) ? cards[selected] : nil }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .cardsOnFile(let action)? = action else { return .stay }
        switch action {
        case .moveDown: selected = min(max(0, cards.count - 1), selected + 1)
        case .moveUp: selected = max(0, selected - 1)
        case .addCard: app.modals.push(CardFormState(customerID: customerID, customerName: customerName))
        case .unlinkCard:
            guard let card = selectedCard else { return .stay }
            app.modals.push(ConfirmState(CardsOnFileQuestion.unlink(card), onYes: ConfirmYes(effects: [.cardsOnFile(.unlink(card))])))
        case .printAuthorization:
            guard let card = selectedCard else { return .stay }
            let start = app.workingDirectory.hasSuffix("/") ? app.workingDirectory : app.workingDirectory + "/"
            app.modals.push(DocumentPromptState(purpose: .authorizationForm(card, customerName: customerName), text: start))
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let inner = context.popup(text.cardsOnFileTitle(customerName), width: min(screen.width, 84), height: min(screen.height, 18), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        var y = inner.y
        for line in Paragraph.wrap(text.cardsOnFileExplanation, width: inner.width) {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width)
            y += 1
        }
        y += 1
        if cards.isEmpty { buffer.write(text.noSavedCardsYet, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width) }
        for (index, card) in cards.enumerated() where y < inner.maxY - 1 {
            let expired = card.isExpired(at: context.now)
            let line = [DisplayWidth.pad(card.maskedLabel, toWidth: 26), DisplayWidth.pad(card.expiryText + (expired ? " " + text.expiredMark : ""), toWidth: 16),
                        DisplayWidth.truncate(card.holderName, toWidth: 24)].joined(separator: " ")
            let style = index == selected ? theme[.selection] : theme[expired ? .alert : .text]
            if index == selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
            buffer.write(line, at: Point(x: inner.x, y: y), style: style, maxWidth: inner.width)
            y += 1
        }
        buffer.write(text.cardsOnFileFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return nil
    }
}
