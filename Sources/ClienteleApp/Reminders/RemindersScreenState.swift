import CustomerCore
import Foundation
import TerminalCore

/// The reminders screen (ctrl+r from the directory or a card, or the status bar's "N reminders
/// due"): every open reminder across customers, due ones first, soonest first. enter opens the
/// customer's card, d marks done, s snoozes.
public struct RemindersScreenState: ModalContent {
    /// Rows loaded at once: the soonest ones, through the open-reminder index.
    public static let limit = 500

    public var reminders: [DueReminder] = []
    /// Open reminders in all (more than `limit` are counted, not listed).
    public var total = 0
    public var isLoading = true
    public var selected = 0

    public init() {}

    public var scope: KeyScope { .reminders }

    var selectedReminder: DueReminder? { reminders.indices.contains(selected) ? reminders[selected] : nil }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .reminders(let action)? = action else { return .stay }
        switch action {
        case .moveDown: selected = min(max(0, reminders.count - 1), selected + 1)
        case .moveUp: selected = max(0, selected - 1)
        case .pageDown: selected = min(max(0, reminders.count - 1), selected + 10)
        case .pageUp: selected = max(0, selected - 10)
        case .openCard:
            guard let reminder = selectedReminder else { return .stay }
            let id = reminder.note.customerID
            app.card = CardState(customerID: id)
            app.focus = .card
            return .close([.card(.load(id))])
        case .markDone:
            guard let id = selectedReminder?.note.id else { return .stay }
            return .stay([.reminders(.markDone(noteID: id))])
        case .snooze:
            guard let reminder = selectedReminder, let id = reminder.note.id else { return .stay }
            app.modals.push(SnoozeState(noteID: id, customerName: reminder.customerName, presets: app.reminderPresets))
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        RemindersScreenView(theme: context.theme, now: context.now).draw(self, in: screen, on: &buffer)
        return nil
    }
}
