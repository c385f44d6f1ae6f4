import CustomerCore
import Foundation
import TerminalCore

/// Draws the merge picker: the search field and the matching profiles.
struct MergePickerView {
    let theme: Theme
    let phones: PhoneDisplay

    /// Draws the picker; returns the search field's caret.
    func draw(_ picker: MergePickerState, in screen: Rect, on buffer: inout ScreenBuffer) -> Point? {
        let popup = Popup(title: AppText.current.mergePickerTitle(picker.customerName), width: min(screen.width, 90), height: min(screen.height, 20),
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        guard inner.height > 4 else { return nil }
        buffer.write(AppText.current.mergePickerHint, at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width)
        let label = AppText.current.mergePickerPrompt
        buffer.write(label, at: Point(x: inner.x, y: inner.y + 1), style: theme[.accent])
        var field = picker.search
        let labelWidth = DisplayWidth.of(label)
        let caret = field.draw(in: Rect(x: inner.x + labelWidth, y: inner.y + 1, width: inner.width - labelWidth, height: 1), on: &buffer,
                               style: theme[.inputFocused], placeholder: AppText.current.mergePickerPlaceholder, placeholderStyle: theme[.placeholder])

        let list = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 4))
        if picker.results.isEmpty && !picker.search.text.trimmingCharacters(in: .whitespaces).isEmpty {
            buffer.write(AppText.current.mergePickerNoMatches, at: Point(x: list.x, y: list.y), style: theme[.muted], maxWidth: list.width)
        }
        var scroll = ListScroll()
        scroll.reveal(picker.selected, visibleRows: list.height, count: picker.results.count)
        let nameWidth = list.width * 2 / 5, phoneWidth = 18
        for line in 0..<list.height where scroll.offset + line < picker.results.count {
            let index = scroll.offset + line
            let row = picker.results[index]
            let y = list.y + line
            let style = index == picker.selected ? theme[.selection] : theme[.text]
            buffer.fill(Rect(x: list.x, y: y, width: list.width, height: 1), with: style)
            let text = DisplayWidth.pad(row.displayName, toWidth: nameWidth - 1) + " "
                + DisplayWidth.pad(phones.text(e164: row.phoneE164, typed: row.phoneNumber), toWidth: phoneWidth - 1) + " " + row.emailAddress
            buffer.write(text, at: Point(x: list.x, y: y), style: style, maxWidth: list.width)
        }
        buffer.write(AppText.current.mergePickerFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}

extension MergePickerState {
    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        MergePickerView(theme: context.theme, phones: context.phones).draw(self, in: screen, on: &buffer)
    }
}
