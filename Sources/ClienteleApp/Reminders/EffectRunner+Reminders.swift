import CustomerCore
import Foundation

/// Reading the open reminders across customers, marking them done, snoozing them.
extension EffectRunner {
    func perform(_ effect: RemindersEffect) throws -> [Msg] {
        switch effect {
        case .load:
            // One page through the open-reminder index: the screen shows the soonest, and says how many in all.
            return [.reminders(.loaded(try store.notes.openReminders(limit: RemindersScreenState.limit), total: try store.notes.openReminderCount()))]
        case .markDone(let id):
            try store.notes.markReminderDone(noteID: id, at: clock())
            return [.reminders(.changed(.done))]
        case .snooze(let id, let until):
            try store.notes.snoozeReminder(noteID: id, until: until)
            return [.reminders(.changed(.snoozed(until)))]
        }
    }
}
