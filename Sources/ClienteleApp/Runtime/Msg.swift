import CustomerCore
import TerminalCore

/// Facts: what happened (a key, a resize, an answer from the store). `update` turns them into a
/// new state and effects. The terminal's events are here; every feature's answers are grouped
/// under its own case and handled by its own `…Update`.
public enum Msg: Equatable, Sendable {
    case started
    case keyPressed(KeyEvent)
    case terminalResized(Size)
    case mouseClicked(MouseEvent)
    /// Time passed with no input: counts are refreshed (reminders come due).
    case clockTicked
    /// Another counter committed a change to the shared directory (`CounterWatch`).
    case changedElsewhere
    /// Background work of this counter waits for another counter's write.
    case waitingForOtherCounter(CounterWait)
    /// The shop's server cannot be reached (what is wrong): the interface says it is offline while
    /// the store retries.
    case serverOffline(StoreError)
    /// The server answers again: everything on screen is loaded again.
    case serverBackOnline
    /// Something the store or the file system refused, for the status line (the error's own words).
    case operationFailed(String)

    case shell(ShellMsg)
    case directory(DirectoryMsg)
    case card(CardMsg)
    case customerForm(CustomerFormMsg)
    case importing(ImportMsg)
    case export(ExportMsg)
    case duplicates(DuplicatesMsg)
    case merge(MergeMsg)
    case notes(NotesMsg)
    case reminders(RemindersMsg)
    case documents(DocumentsMsg)
    case cardsOnFile(CardsOnFileMsg)
    case loyalty(LoyaltyMsg)
    case bookings(BookingsMsg)
    case payments(PaymentsMsg)
    case messages(MessagesMsg)
    case settings(SettingsMsg)
    case erasure(ErasureMsg)
    case customFields(CustomFieldsMsg)
    case groups(GroupsMsg)
}
