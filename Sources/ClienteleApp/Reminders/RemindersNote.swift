import CustomerCore
import Foundation

/// Status messages about reminders.
public enum RemindersNote: StatusNote {
    case done
    case snoozed(Date)
    /// ctrl+k on a note that carries no open reminder.
    case noOpenReminder

    public var isError: Bool { self == .noOpenReminder }

    public var text: String {
        switch self {
        case .done: AppText.current.reminderMarkedDone
        case .snoozed(let date): AppText.current.reminderSnoozed(DateText.dateTime(date))
        case .noOpenReminder: AppText.current.noOpenReminder
        }
    }
}
