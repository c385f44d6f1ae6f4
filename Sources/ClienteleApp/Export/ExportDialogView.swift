import CustomerCore
import TerminalCore

/// Draws the export dialog: format, scope, file.
struct ExportDialogView {
    let theme: Theme
    var text: AppText { AppText.current }

    func draw(_ dialog: ExportDialogState, in screen: Rect, on buffer: inout ScreenBuffer) -> Point? {
        let inner = Popup(title: text.exportTitle, width: min(screen.width, 80), height: 9, borderStyle: theme[.focusedBorder], titleStyle: theme[.title],
                          background: theme[.text]).draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        // Labels padded to one width so the values start in one column, in any language.
        let labelWidth = [text.exportFormatRow, text.exportCustomersRow, text.exportFileRow].map(DisplayWidth.of).max()! + 2
        let rows = [DisplayWidth.pad(text.exportFormatRow, toWidth: labelWidth) + "◂ \(dialog.format.label) ▸",
                    DisplayWidth.pad(text.exportCustomersRow, toWidth: labelWidth) + "◂ "
                        + (dialog.onlyCurrentFilter ? text.exportCurrentFilter(dialog.filterLabel) : text.exportWholeDirectory) + " ▸",
                    DisplayWidth.pad(text.exportFileRow, toWidth: labelWidth)]
        for (index, text) in rows.enumerated() {
            buffer.write(text, at: Point(x: inner.x, y: inner.y + index * 2), style: index == dialog.focusedRow ? theme[.title] : theme[.text],
                         maxWidth: inner.width)
        }
        var field = dialog.path
        let caret = field.draw(in: Rect(x: inner.x + labelWidth, y: inner.y + 4, width: inner.width - labelWidth, height: 1), on: &buffer,
                               style: dialog.focusedRow == 2 ? theme[.inputFocused] : theme[.input])
        if let problem = dialog.problem {
            buffer.write("⚠ " + problem.text, at: Point(x: inner.x, y: inner.y + 5), style: theme[.error], maxWidth: inner.width)
        }
        buffer.write(text.exportFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted])
        return dialog.focusedRow == 2 ? caret : nil
    }
}

extension ExportDialogState {
    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        ExportDialogView(theme: context.theme).draw(self, in: screen, on: &buffer)
    }
}
