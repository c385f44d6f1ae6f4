import CustomerCore
import TerminalCore

/// Draws a modal over the panes on a cleared area; returns the caret of its focused field.
struct ModalView {
    let theme: Theme
    let keyMap: KeyMap
    let phones: PhoneDisplay

    func draw(_ modal: Modal, state: AppState, on buffer: inout ScreenBuffer) -> Point? {
        let screen = Rect(x: 0, y: 1, width: state.size.width, height: max(0, state.size.height - 2))
        switch modal {
        case .customerForm(let form): return drawForm(form, in: screen, on: &buffer)
        case .confirm(let confirm):
            let inner = popup(confirm.title, width: 56, height: 7, in: screen, on: &buffer)
            Paragraph(confirm.message, style: theme[.text]).draw(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 3), on: &buffer)
            buffer.write(AppText.current.yesNoAnswers, at: Point(x: inner.x + 1, y: inner.maxY - 1), style: theme[.muted])
            return nil
        case .help(let scope):
            drawHelp(scope: scope, in: screen, on: &buffer)
            return nil
        case .importWizard(let wizard):
            return ImportWizardView(theme: theme).draw(wizard, groups: state.directory.groups, in: screen, on: &buffer)
        case .exportDialog(let dialog):
            return ImportWizardView(theme: theme).draw(dialog, in: screen, on: &buffer)
        case .duplicateReview(let review):
            DuplicateReviewView(theme: theme, phones: phones).draw(review, in: screen, on: &buffer)
            return nil
        case .mergeReview(let review):
            MergeReviewView(theme: theme).draw(review, in: screen, on: &buffer)
            return nil
        case .mergePicker(let picker):
            return MergePickerView(theme: theme, phones: phones).draw(picker, in: screen, on: &buffer)
        case .welcome:
            let inner = popup(AppText.current.welcomeTitle, width: 60, height: AppText.current.welcomeLines.count + 2, in: screen, on: &buffer)
            for (row, line) in AppText.current.welcomeLines.enumerated() {
                buffer.write(line, at: Point(x: inner.x + 1, y: inner.y + row), style: row == 0 ? theme[.title] : theme[.text], maxWidth: inner.width - 2)
            }
            return nil
        }
    }

    func popup(_ title: String, width: Int, height: Int, in screen: Rect, on buffer: inout ScreenBuffer) -> Rect {
        Popup(title: title, width: width, height: height, borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
            .draw(in: screen, on: &buffer)
    }

    func drawForm(_ form: CustomerFormState, in screen: Rect, on buffer: inout ScreenBuffer) -> Point? {
        let width = min(screen.width, 84)
        let height = min(screen.height, form.fields.count + 8)
        let inner = popup(form.title, width: width, height: height, in: screen, on: &buffer)
        var top = inner.y
        if let conflict = form.conflictMessage {
            let lines = Paragraph.wrap(conflict, width: inner.width - 2).prefix(3)
            for line in lines {
                buffer.write(line, at: Point(x: inner.x + 1, y: top), style: theme[.error])
                top += 1
            }
        }
        var rows = form.fields.map { field in
            FormRow(label: field.label + (field.isChoice ? " ◂▸" : ""), field: field.input, error: field.error, hint: field.hint)
        }
        let area = Rect(x: inner.x + 1, y: top, width: inner.width - 2, height: inner.maxY - top - 1)
        let caret = Form(labelStyle: theme[.muted], fieldStyle: theme[.input], focusedFieldStyle: theme[.inputFocused],
                         errorStyle: theme[.error], hintStyle: theme[.placeholder]).draw(rows: &rows, focused: form.focused, in: area, on: &buffer)
        let footer = form.isSaving ? AppText.current.saving : AppText.current.formFooter
        buffer.write(footer, at: Point(x: inner.x + 1, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width - 2)
        return form.fields[form.focused].isChoice ? nil : caret
    }

    /// The `?` overlay, generated from the key map: this screen's keys first, then the rest.
    func drawHelp(scope: KeyScope, in screen: Rect, on buffer: inout ScreenBuffer) {
        let inner = popup(AppText.current.helpTitle(AppText.current.scopeTitle(scope)), width: min(screen.width, 78), height: screen.height, in: screen, on: &buffer)
        var lines: [(String, ThemeRole)] = []
        for section in [scope, .global] + KeyScope.allCases.filter({ $0 != scope && $0 != .global && $0 != .help }) {
            let bindings = keyMap.bindings(in: section)
            guard !bindings.isEmpty else { continue }
            lines.append((AppText.current.scopeTitle(section), .header))
            for binding in bindings {
                lines.append(("  " + DisplayWidth.pad(binding.keys.map(\.description).joined(separator: " "), toWidth: 22) + AppText.current.help(for: binding), .text))
            }
            lines.append(("", .text))
        }
        for (row, line) in lines.prefix(inner.height - 1).enumerated() {
            buffer.write(line.0, at: Point(x: inner.x + 1, y: inner.y + row), style: theme[line.1], maxWidth: inner.width - 2)
        }
        buffer.write(AppText.current.escClose, at: Point(x: inner.x + 1, y: inner.maxY - 1), style: theme[.muted])
    }
}
