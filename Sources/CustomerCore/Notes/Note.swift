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
        if text.isEmpty { issues.append(ValidationIssue(fieldLabel: "Note", problem: .empty)) }
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

/// A reminder preset of the note form (PRODUCT §7): an amount of days, weeks or months ahead,
/// written as a code ("1d", "3d", "1w", "2w", "1m") in the `reminder_presets` setting.
public struct ReminderPreset: Hashable, Sendable {
    public enum Unit: String, Sendable { case day, week, month }

    public var amount: Int
    public var unit: Unit

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// "3d", "1w", "1m" (1 to 999 of a unit); nil for anything else.
    public init?(code: String) {
        let text = code.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = text.last, let amount = Int(text.dropLast()), (1...999).contains(amount) else { return nil }
        switch last {
        case "d": self.init(amount: amount, unit: .day)
        case "w": self.init(amount: amount, unit: .week)
        case "m": self.init(amount: amount, unit: .month)
        default: return nil
        }
    }

    public var code: String {
        let letter = switch unit {
        case .day: "d"
        case .week: "w"
        case .month: "m"
        }
        return "\(amount)\(letter)"
    }

    /// Tomorrow, in 3 days, next week, next month.
    public static let defaults: [ReminderPreset] = [ReminderPreset(amount: 1, unit: .day), ReminderPreset(amount: 3, unit: .day),
                                                    ReminderPreset(amount: 1, unit: .week), ReminderPreset(amount: 1, unit: .month)]

    /// The presets a setting lists ("1d,3d,1w,1m"); the defaults when it is unset, empty or has a code that is not one.
    public static func list(setting: String?) -> [ReminderPreset] {
        guard let setting, !setting.trimmingCharacters(in: .whitespaces).isEmpty else { return defaults }
        let presets = setting.split(separator: ",", omittingEmptySubsequences: false).map { ReminderPreset(code: String($0)) }
        guard !presets.contains(nil) else { return defaults }
        return presets.compactMap { $0 }
    }

    /// 9:00 local time on the target day, so a reminder never fires in the middle of the night.
    public func dueDate(from now: Date, calendar: Calendar = .current) -> Date {
        let start = calendar.startOfDay(for: now)
        let day: Date = switch unit {
        case .day: calendar.date(byAdding: .day, value: amount, to: start)!
        case .week: calendar.date(byAdding: .day, value: 7 * amount, to: start)!
        case .month: calendar.date(byAdding: .month, value: amount, to: start)!
        }
        return calendar.date(bySettingHour: 9, minute: 0, second: 0, of: day)!
    }
}
