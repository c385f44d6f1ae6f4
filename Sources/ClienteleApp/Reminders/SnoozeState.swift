import CustomerCore
import Foundation
import TerminalCore

/// Snoozing a reminder: until a preset (↓/↑ or ctrl+n/ctrl+p) or a typed date and time; enter applies.
public struct SnoozeState: ModalContent {
    public let noteID: Int64
    public let customerName: String
    public var until: ReminderInput
    public var problem: ReminderTimeError?
    /// What the field resolves to now (shown as the person types).
    public var preview: Date?

    public init(noteID: Int64, customerName: String, presets: [ReminderPreset]) {
        self.noteID = noteID
        self.customerName = customerName
        until = ReminderInput(presets: presets)
        until.cycle(forward: true)  // the first preset, ready for enter
    }

    public var scope: KeyScope { .snooze }
    public var takesPrintableCharacters: Bool { true }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        let now = update.clock(), monthFirst = ReminderTime.monthFirst(region: update.region)
        defer { preview = try? until.resolve(now: now, monthFirst: monthFirst).get() }
        guard case .snooze(let action)? = action else {
            if until.handle(key) { problem = nil }
            return .stay
        }
        switch action {
        case .nextPreset, .previousPreset:
            until.cycle(forward: action == .nextPreset)
            problem = nil
        case .confirm:
            switch until.resolve(now: now, monthFirst: monthFirst) {
            case .success(let date?): return .close([.reminders(.snooze(noteID: noteID, until: date))])
            case .success(nil): problem = .empty
            case .failure(let error): problem = error
            }
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let inner = context.popup(text.snoozeTitle(customerName), width: 64, height: 9, in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        buffer.write(text.snoozeUntil, at: Point(x: inner.x, y: inner.y), style: theme[.text])
        var field = until.field
        let caret = field.draw(in: Rect(x: inner.x, y: inner.y + 1, width: min(40, inner.width), height: 1), on: &buffer, style: theme[.inputFocused])
        if let problem {
            buffer.write(text.reminderNotUnderstood(problem), at: Point(x: inner.x, y: inner.y + 2), style: theme[.error], maxWidth: inner.width)
        } else if let preview {
            buffer.write("→ " + DateText.dateTime(preview), at: Point(x: inner.x, y: inner.y + 2), style: theme[.success], maxWidth: inner.width)
        }
        let presets = until.presets.map(text.reminderPresetPhrase).joined(separator: " · ")
        for (index, line) in Paragraph.wrap(text.reminderPresetsHint(presets), width: inner.width).prefix(2).enumerated() {
            buffer.write(line, at: Point(x: inner.x, y: inner.y + 3 + index), style: theme[.muted], maxWidth: inner.width)
        }
        buffer.write(text.snoozeFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
