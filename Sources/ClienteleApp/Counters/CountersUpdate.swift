import CustomerCore
import Foundation

/// Another counter changed the shared directory (or this one's own background work committed):
/// everything on screen that the change can reach is loaded again, without a keypress — the
/// directory (keeping the selected customer), the header's and status bar's counts, the open
/// card, the open lists, and an open form learns whether its profile was saved meanwhile.
enum CountersUpdate {
    /// The duplicate count is a scan of the whole directory (a second at a million rows): after
    /// a change elsewhere it is counted again at most this often, not on every commit of an import.
    static let duplicateRecountInterval: TimeInterval = 10

    static func changedElsewhere(_ state: inout AppState, now: Date) -> [Effect] {
        var effects: [Effect] = [.shell(.loadOverview), DirectoryUpdate.reload(&state)]
        effects += CardUpdate.reload(state)
        effects += RemindersUpdate.reloadIfOpen(state) + BookingsUpdate.reloadDayIfOpen(state) + MessagesUpdate.reloadOutboxIfOpen(state)
        if let form = state.modals.first(CustomerFormState.self), case .edit(let customer) = form.mode, let id = customer.id {
            effects.append(.customerForm(.checkStored(id)))
        }
        if state.counters.lastDuplicateRecount.map({ now.timeIntervalSince($0) >= duplicateRecountInterval }) ?? true {
            state.counters.lastDuplicateRecount = now
            effects.append(DuplicateReviewUpdate.count(&state))
        }
        return effects
    }

    /// A write of this counter's background work waits for another counter: said on the status line.
    static func waited(_ wait: CounterWait, _ state: inout AppState) -> [Effect] {
        state.say(CounterWaitNote(wait))
        return []
    }

    /// The server went away: the header says so until it is back (the store retries by itself); what
    /// is on screen stays readable, and each save meanwhile fails with its own message, its form kept.
    static func wentOffline(_ problem: StoreError, _ state: inout AppState) -> [Effect] {
        state.counters.offline = problem
        state.say(ServerOfflineNote(problem: problem))
        return []
    }

    /// Back: said once, and everything is loaded again (other counters may have saved meanwhile).
    static func cameBackOnline(_ state: inout AppState, now: Date) -> [Effect] {
        state.counters.offline = nil
        let effects = changedElsewhere(&state, now: now)
        state.say(ServerBackNote())
        return effects
    }
}
