import Foundation

/// A timestamped note on a profile, optionally pinned, optionally carrying a reminder (PRODUCT §7).
public struct Note: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var customerID: CustomerID
    public var body: String
    public var isPinned: Bool
    public var createdAt: Date
    public var updatedAt: Date
    public var reminder: Reminder?

    public init(id: Int64? = nil, customerID: CustomerID, body: String, isPinned: Bool = false,
                createdAt: Date = Date(), updatedAt: Date = Date(), reminder: Reminder? = nil) {
        self.id = id
        self.customerID = customerID
        self.body = body
        self.isPinned = isPinned
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.reminder = reminder
    }

    /// The note's problems: empty, too long, or sensitive data.
    public func issues() -> [ValidationIssue] {
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        var issues: [ValidationIssue] = []
        if text.isEmpty { issues.append(ValidationIssue(fieldLabel: "Note", message: "a note cannot be empty")) }
        if text.count > 10_000 { issues.append(ValidationIssue(fieldLabel: "Note", message: "is longer than 10,000 characters")) }
        if let finding = SensitiveDataGuard.scan(text) { issues.append(ValidationIssue(fieldLabel: "Note", problem: ValidationProblem(finding))) }
        return issues
    }
}

/// When to bring a note back to mind, and whether it has been dealt with.
public struct Reminder: Hashable, Sendable, Codable {
    public var dueAt: Date
    public var doneAt: Date?

    public init(dueAt: Date, doneAt: Date? = nil) {
        self.dueAt = dueAt
        self.doneAt = doneAt
    }

    public func isDue(at now: Date) -> Bool { doneAt == nil && dueAt <= now }
}

/// The reminder presets of the note form (PRODUCT §7).
public enum ReminderPreset: String, CaseIterable, Sendable {
    case tomorrow, inThreeDays, nextWeek, nextMonth

    public var label: String {
        switch self {
        case .tomorrow: "Tomorrow"
        case .inThreeDays: "In 3 days"
        case .nextWeek: "Next week"
        case .nextMonth: "Next month"
        }
    }

    /// 9:00 local time on the target day, so a reminder never fires in the middle of the night.
    public func dueDate(from now: Date, calendar: Calendar = .current) -> Date {
        let start = calendar.startOfDay(for: now)
        let day: Date = switch self {
        case .tomorrow: calendar.date(byAdding: .day, value: 1, to: start)!
        case .inThreeDays: calendar.date(byAdding: .day, value: 3, to: start)!
        case .nextWeek: calendar.date(byAdding: .day, value: 7, to: start)!
        case .nextMonth: calendar.date(byAdding: .month, value: 1, to: start)!
        }
        return calendar.date(byAdding: .hour, value: 9, to: day)!
    }
}
