import CustomerCore
import Foundation
import TerminalCore

/// Draws the note editor: the text (wrapped, as many lines as fit), the reminder with what it
/// resolves to, the pin box, and why a save was refused.
struct NoteEditorView {
    let theme: Theme
    var text: AppText { AppText.current }

    func draw(_ editor: NoteEditorState, in screen: Rect, on buffer: inout ScreenBuffer) -> Point? {
        let title = editor.original == nil ? text.newNoteTitle(editor.customerName) : text.editNoteTitle(editor.customerName)
        let popup = Popup(title: title, width: min(screen.width, 90), height: min(screen.height, 24),
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        var caret: Point?
        // Below the text: a blank, reminder, its hint, pin, problems (up to 3 lines), footer.
        let bodyHeight = max(3, inner.height - 9)
        var body = editor.body
        let bodyRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: bodyHeight)
        let bodyCaret = body.draw(in: bodyRect, on: &buffer, style: editor.focus == .body ? theme[.inputFocused] : theme[.input],
                                  placeholder: text.notePlaceholder, placeholderStyle: theme[.placeholder])
        if editor.focus == .body { caret = bodyCaret }
        var y = bodyRect.maxY + 1

        let label = text.reminderLabel
        let labelWidth = DisplayWidth.of(label) + 1
        buffer.write(label, at: Point(x: inner.x, y: y), style: editor.focus == .reminder ? theme[.title] : theme[.text])
        var field = editor.reminder.field
        let fieldWidth = min(36, inner.width - labelWidth)
        let point = field.draw(in: Rect(x: inner.x + labelWidth, y: y, width: fieldWidth, height: 1), on: &buffer,
                               style: editor.focus == .reminder ? theme[.inputFocused] : theme[.input],
                               placeholder: text.noReminderPlaceholder, placeholderStyle: theme[.placeholder])
        if editor.focus == .reminder { caret = point }
        // What the typed words resolve to, beside them; a problem is said in full below, wrapped.
        if editor.reminderProblem == nil, let date = editor.reminderPreview {
            buffer.write("→ " + DateText.dateTime(date), at: Point(x: inner.x + labelWidth + fieldWidth + 1, y: y), style: theme[.success],
                         maxWidth: max(0, inner.maxX - (inner.x + labelWidth + fieldWidth + 1)))
        }
        y += 1
        let presets = editor.reminder.presets.map(text.reminderPresetPhrase).joined(separator: " · ")
        for line in Paragraph.wrap(text.reminderPresetsHint(presets), width: max(1, inner.width - labelWidth)).prefix(2) {
            buffer.write(line, at: Point(x: inner.x + labelWidth, y: y), style: theme[.muted], maxWidth: inner.width - labelWidth)
            y += 1
        }
        let box = (editor.isPinned ? "[x] " : "[ ] ") + text.pinnedLabel
        buffer.write(box, at: Point(x: inner.x, y: y), style: editor.focus == .pin ? theme[.selection] : theme[.text], maxWidth: inner.width)
        if editor.focus == .pin { caret = nil }
        y += 1
        var problems = editor.problems.map { text.validationMessage($0.problem) }
        if let problem = editor.reminderProblem { problems.insert(text.reminderNotUnderstood(problem), at: 0) }
        if let overflow = editor.body.overflow { problems.append(text.fieldOverflow(overflow)) }
        for problem in problems {
            for line in Paragraph.wrap("⚠ " + problem, width: inner.width) where y < inner.maxY - 1 {
                buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
                y += 1
            }
        }
        buffer.write(editor.isSaving ? text.saving : text.noteEditorFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
