import CustomerCore
import TerminalCore

/// Draws the customer form: its fields, their problems in the interface's language, the conflict.
extension CustomerFormState {
    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let width = min(screen.width, 84)
        let height = min(screen.height, fields.count + 8)
        let inner = context.popup(title, width: width, height: height, in: screen, on: &buffer)
        var top = inner.y
        if let message = conflictMessage {
            for line in Paragraph.wrap(message, width: inner.width - 2).prefix(3) {
                buffer.write(line, at: Point(x: inner.x + 1, y: top), style: theme[.error])
                top += 1
            }
        }
        var rows = fields.map { field in
            // What the field refused of a paste shows under it with its problems, in this language.
            let problems = field.issues.map { text.validationMessage($0.problem) } + (field.input.overflow.map { [text.fieldOverflow($0)] } ?? [])
            let error = problems.isEmpty ? nil : problems.joined(separator: "; ")
            let input = field.isChoice ? TextField(field.chosen?.label ?? "") : field.input
            return FormRow(label: field.label + (field.isChoice ? " ◂▸" : ""), field: input, error: error, hint: field.hint)
        }
        let area = Rect(x: inner.x + 1, y: top, width: inner.width - 2, height: inner.maxY - top - 1)
        let caret = Form(labelStyle: theme[.muted], fieldStyle: theme[.input], focusedFieldStyle: theme[.inputFocused],
                         errorStyle: theme[.error], hintStyle: theme[.placeholder]).draw(rows: &rows, focused: focused, in: area, on: &buffer)
        let footer = isSaving ? text.saving : text.formFooter
        buffer.write(footer, at: Point(x: inner.x + 1, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width - 2)
        return fields[focused].isChoice ? nil : caret
    }
}
