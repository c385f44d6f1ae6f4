import CustomerCore

/// Answers for the reminders screen.
public enum RemindersMsg: Equatable, Sendable {
    /// Every open reminder (up to the screen's limit), soonest first, and how many there are in all.
    case loaded([DueReminder], total: Int)
    /// A reminder was marked done or snoozed: the screen, the card and the counts reload.
    case changed(RemindersNote)
}
