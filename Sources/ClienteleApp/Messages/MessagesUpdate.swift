import CustomerCore
import Foundation

/// Opening the quick actions and the outbox, and the answers about composing, charging and sending.
enum MessagesUpdate {
    /// ctrl+o on the card.
    static func openQuickActions(_ state: inout AppState, now: Date) -> [Effect] {
        guard let card = state.card?.card else { return [] }
        state.modals.push(QuickActionsState(card: card, now: now))
        return []
    }

    /// ctrl+y anywhere.
    static func openOutbox(_ state: inout AppState) -> [Effect] {
        if state.modals.first(OutboxState.self) == nil { state.modals.push(OutboxState()) }
        return [.messages(.loadOutbox)]
    }

    static func receive(_ msg: MessagesMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .composed(let message, let route):
            state.modals.removeAll(QuickActionsState.self)
            state.modals.push(MessageComposeState(message: message, customerName: state.card?.card?.customer.displayName ?? "", route: route))
            return []
        case .refused(let refusal):
            state.modals.update(QuickActionsState.self) { menu in
                menu.isWorking = false
                menu.refusal = refusal
            }
            state.modals.update(ChargeFormState.self) { form in
                form.isSaving = false
                form.refusal = refusal
            }
            if state.modals.first(QuickActionsState.self) == nil, state.modals.first(ChargeFormState.self) == nil { state.say(MessagesNote.refused(refusal)) }
            return []
        case .charged(let payment, let receipt, let route):
            state.modals.removeAll(ChargeFormState.self)
            state.modals.push(MessageComposeState(message: receipt, customerName: state.card?.card?.customer.displayName ?? "", route: route, charged: payment))
            state.say(PaymentsNote.saved(payment.amount, due: false))
            return CardUpdate.reload(state)
        case .storeRefused(let issues):
            state.modals.update(MessageComposeState.self) { compose in
                compose.isSending = false
                compose.problems = issues
            }
            state.modals.update(ChargeFormState.self) { form in
                form.isSaving = false
                form.problems = issues
            }
            return []
        case .delivered(let outcome):
            state.modals.removeAll(MessageComposeState.self)
            state.say(note(outcome))
            if state.card?.customerID == outcome.message.customerID { state.card?.tab = .conversations }
            return CardUpdate.reload(state) + reloadOutboxIfOpen(state)
        case .outboxLoaded(let entries, let route):
            state.modals.update(OutboxState.self) { outbox in
                outbox.entries = entries
                outbox.route = route
                outbox.isLoading = false
                outbox.isSending = false
                outbox.selected = min(outbox.selected, max(0, entries.count - 1))
            }
            return []
        case .retried(let outcomes):
            if outcomes.count == 1, let only = outcomes.first {
                state.say(note(only))
            } else {
                state.say(MessagesNote.retried(sent: outcomes.filter(\.wasSent).count, waiting: outcomes.filter { !$0.wasSent }.count))
            }
            return reloadOutboxIfOpen(state) + CardUpdate.reload(state)
        case .dropped:
            state.say(MessagesNote.dropped)
            return reloadOutboxIfOpen(state) + CardUpdate.reload(state)
        }
    }

    static func reloadOutboxIfOpen(_ state: AppState) -> [Effect] {
        state.modals.first(OutboxState.self) == nil ? [] : [.messages(.loadOutbox)]
    }

    static func note(_ outcome: MessageOutcome) -> MessagesNote {
        switch outcome {
        case .sent(let message): .sent(to: message.recipient)
        case .failed(_, let why): .failed(why)
        case .waiting(_, let reason): .queued(reason)
        case .busy: .busy
        case .notWaiting: .retried(sent: 0, waiting: 0)
        }
    }
}
