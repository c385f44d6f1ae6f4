import CustomerCore
import TerminalCore

/// Which pane has the keyboard when no modal is open.
public enum PaneID: Equatable, Sendable {
    case directory, card
}

/// Everything the screen shows, as one value. Only `AppUpdate.update` changes it.
public struct AppState: Equatable, Sendable {
    public var size: Size
    public var focus: PaneID = .directory
    public var directory = DirectoryState()
    public var card: CardState?
    public var modals = ModalStack()
    public var status: StatusMessage?
    /// Customers in the whole directory (unfiltered).
    public var totalCustomers = 0
    public var remindersDue = 0
    /// The reminder presets of the note editor and the snooze (from the settings; four by default).
    public var reminderPresets = ReminderPreset.defaults
    /// The shop's currency for new payments (the `currency` setting, else the region's).
    public var shopCurrency = "USD"
    /// Duplicate suggestions (clusters) found by the last scan; the header and status bar say so.
    public var duplicateCount = 0
    /// The newest scan asked for: an older scan finishing late is ignored.
    public var duplicateCountRequest = 0
    /// The live view of other counters' changes.
    public var counters = CountersState()
    public var customFields: [CustomFieldDefinition] = []
    public var isRunning = true
    /// The first load decides whether to offer demo customers.
    public var hasLoadedOnce = false

    /// Where the import wizard starts looking and exports are written (the shell's directory).
    public var workingDirectory = "/"

    public init(size: Size, workingDirectory: String = "/") {
        self.size = size
        self.workingDirectory = workingDirectory
    }

    /// Wide terminals show the card beside the list; narrow ones show one pane at a time.
    public var isWide: Bool { size.width >= 120 }

    public var topModal: (any ModalContent)? { modals.top }

    /// The scope whose keys apply now (see `KeyMap` for the resolution order).
    public var activeScope: KeyScope {
        if let modal = topModal { return modal.scope }
        if focus == .card, card != nil { return .card }
        return .directory
    }

    /// Shows a message in the status line until the next key.
    public mutating func say(_ note: some StatusNote) { status = StatusMessage(note) }
}
