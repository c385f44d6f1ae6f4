import CustomerCore
import Foundation

/// Work for the reminders screen and the card's reminder key.
public enum RemindersEffect: Equatable, Sendable {
    case load
    case markDone(noteID: Int64)
    case snooze(noteID: Int64, until: Date)
}
