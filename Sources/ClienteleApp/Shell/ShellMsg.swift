import CustomerCore

/// Answers about the whole directory: the counts the header and status bar show, the demo data.
public enum ShellMsg: Equatable, Sendable {
    case overviewLoaded(Overview)
    case demoCustomersLoaded(count: Int)
}

/// Counts and lists the status bar and filters need, loaded at start and after changes.
public struct Overview: Equatable, Sendable {
    public var totalCustomers: Int
    public var remindersDue: Int
    public var groups: [CustomerGroup]
    public var customFields: [CustomFieldDefinition]
    public var reminderPresets: [ReminderPreset]
    /// The shop's currency: the `currency` setting, else the region's.
    public var currency: String

    public init(totalCustomers: Int, remindersDue: Int, groups: [CustomerGroup], customFields: [CustomFieldDefinition],
                reminderPresets: [ReminderPreset] = ReminderPreset.defaults, currency: String = "USD") {
        self.reminderPresets = reminderPresets
        self.currency = currency
        self.totalCustomers = totalCustomers
        self.remindersDue = remindersDue
        self.groups = groups
        self.customFields = customFields
    }
}
