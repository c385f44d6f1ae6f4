import CustomerCore
import Foundation
import TerminalCore

/// When a reminder comes back: one text field that either a preset fills ("tomorrow", "in 3 days"…,
/// from the settings; ctrl+n / ctrl+p cycle them) or the person types in the shop's usual forms
/// ("2026-12-03 10:00", "3/12 10h", "tomorrow 9am"). Empty: no reminder.
public struct ReminderInput: Equatable, Sendable {
    public var field = TextField(maxLength: 80)
    public var presets: [ReminderPreset]
    /// The preset whose words are in the field (nil once the person typed something else).
    public var preset: Int?

    public init(presets: [ReminderPreset], text: String = "") {
        self.presets = presets.isEmpty ? ReminderPreset.defaults : presets
        field.setText(text)
    }

    public var isEmpty: Bool { field.text.trimmingCharacters(in: .whitespaces).isEmpty }

    /// The next (or previous) preset's words in the field; past the last one, the field empties (no reminder).
    public mutating func cycle(forward: Bool) {
        let count = presets.count + 1  // the presets, then "none"
        let current = preset ?? (isEmpty ? presets.count : -1)
        let next = current < 0 ? (forward ? 0 : presets.count - 1) : (current + (forward ? 1 : count - 1)) % count
        if next == presets.count {
            preset = nil
            field.setText("")
        } else {
            preset = next
            field.setText(AppText.current.reminderPresetPhrase(presets[next]))
        }
    }

    /// A key for the field; typing makes it the person's own words.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        let before = field.text
        let handled = field.handle(key)
        if field.text != before { preset = nil }
        return handled
    }

    /// When the reminder is due: nil for none; a preset counts from `now` (9:00 on the day).
    public func resolve(now: Date, calendar: Calendar = .current, monthFirst: Bool) -> Result<Date?, ReminderTimeError> {
        if isEmpty { return .success(nil) }
        if let preset, presets.indices.contains(preset) { return .success(presets[preset].dueDate(from: now, calendar: calendar)) }
        do { return .success(try ReminderTime.parse(field.text, now: now, calendar: calendar, monthFirst: monthFirst)) } catch {
            return .failure(error)
        }
    }
}
