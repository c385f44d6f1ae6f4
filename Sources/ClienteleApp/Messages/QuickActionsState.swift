import CustomerCore
import Foundation
import TerminalCore

/// The card's quick actions (ctrl+o; vcita's "+", seed 004): send a reminder about an overdue
/// payment, charge for a past appointment, invite to book the next one. Each line says whether it
/// applies to this customer (what is overdue, how many completed bookings) before it is chosen.
public struct QuickActionsState: ModalContent {
    public enum Choice: Int, CaseIterable, Sendable { case overdueReminder, charge, invitation }

    public let customerID: CustomerID
    public let customerName: String
    public let customerEmail: String
    public let overdue: [Money]
    public let completedBookings: Int
    public let unsubscribed: Bool
    public var selected: Choice = .overdueReminder
    /// Why the last choice could not be taken (the store's answer).
    public var refusal: QuickActionRefusal?
    public var isWorking = false

    public init(card: CustomerCard, now: Date) {
        customerID = card.customer.id ?? 0
        customerName = card.customer.displayName
        customerEmail = card.customer.emailAddress
        overdue = card.amountOverdue(at: now)
        completedBookings = card.bookings.filter { $0.status == .completed }.count
        unsubscribed = card.customer.emailSubscription == .unsubscribed
        selected = overdue.isEmpty ? (completedBookings > 0 ? .charge : .invitation) : .overdueReminder
    }

    public var scope: KeyScope { .quickActions }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        if case .character(let digit) = key, let number = digit.wholeNumberValue, let choice = Choice(rawValue: number - 1) {
            selected = choice
            return choose(&app, update: update)
        }
        guard case .quickActions(let action)? = action else { return .stay }
        switch action {
        case .moveDown: selected = Choice(rawValue: min(Choice.allCases.count - 1, selected.rawValue + 1)) ?? selected
        case .moveUp: selected = Choice(rawValue: max(0, selected.rawValue - 1)) ?? selected
        case .confirm: return choose(&app, update: update)
        case .cancelModal: return .close
        }
        refusal = nil
        return .stay
    }

    mutating func choose(_ app: inout AppState, update: AppUpdate) -> ModalReply {
        guard !isWorking else { return .stay }
        refusal = nil
        switch selected {
        case .overdueReminder:
            guard !overdue.isEmpty else { refusal = .nothingOverdue; return .stay }
            isWorking = true
            return .stay([.messages(.composeOverdueReminder(customerID))])
        case .invitation:
            guard !unsubscribed else { refusal = .unsubscribed; return .stay }
            isWorking = true
            return .stay([.messages(.composeInvitation(customerID))])
        case .charge:
            guard let card = app.card?.card, card.customer.id == customerID else { return .stay }
            let candidates = ChargePlan.candidates(in: card)
            guard !candidates.isEmpty else { refusal = .noCompletedBooking; return .stay }
            // The booking selected on the Bookings tab, when it is one a charge may be for.
            let preferred = app.card?.tab == .bookings ? app.card?.selectedBooking(now: update.clock())?.id : nil
            app.modals.push(ChargeFormState(card: card, candidates: candidates, preferredBookingID: preferred, currency: app.shopCurrency,
                                            now: update.clock()))
            return .close
        }
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, words = AppText.current.messages
        let inner = context.popup(words.quickActionsTitle(customerName), width: min(screen.width, 76), height: min(screen.height, 13), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        var y = inner.y
        for choice in Choice.allCases {
            let (label, detail, available): (String, String, Bool) = switch choice {
            case .overdueReminder: (words.overdueReminderAction, overdue.isEmpty ? words.nothingOverdueDetail : words.overdueDetail(overdue.map(AppText.current.money).joined(separator: " + ")), !overdue.isEmpty)
            case .charge: (words.chargeAction, words.completedDetail(completedBookings), completedBookings > 0)
            case .invitation: (words.invitationAction, unsubscribed ? words.unsubscribedDetail : "", !unsubscribed)
            }
            let isSelected = choice == selected
            let style = isSelected ? theme[.selection] : theme[available ? .text : .muted]
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
            buffer.write(" \(choice.rawValue + 1)  \(label)", at: Point(x: inner.x, y: y), style: style, maxWidth: inner.width)
            if !detail.isEmpty {
                let width = DisplayWidth.of(detail)
                buffer.write(detail, at: Point(x: max(inner.x + 4, inner.maxX - width - 1), y: y), style: isSelected ? style : theme[.muted], maxWidth: inner.width - 4)
            }
            y += 1
        }
        y += 1
        let to = MailMessage.address(customerEmail) == nil ? words.noEmailOnProfile : words.sendsTo(customerEmail)
        for line in Paragraph.wrap(to, width: inner.width) where y < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width)
            y += 1
        }
        if let refusal {
            for line in Paragraph.wrap("⚠ " + words.refusal(refusal), width: inner.width) where y < inner.maxY - 1 {
                buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
                y += 1
            }
        }
        buffer.write(isWorking ? AppText.current.loading : words.quickActionsFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return nil
    }
}
