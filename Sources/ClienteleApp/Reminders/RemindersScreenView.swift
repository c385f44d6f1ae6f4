import CustomerCore
import Foundation
import TerminalCore

/// Draws the reminders screen: a list over the whole screen, due ones marked.
struct RemindersScreenView {
    let theme: Theme
    let now: Date
    var text: AppText { AppText.current }

    func draw(_ screenState: RemindersScreenState, in screen: Rect, on buffer: inout ScreenBuffer) {
        let due = screenState.reminders.filter { $0.note.reminder?.isDue(at: now) == true }.count
        let popup = Popup(title: text.remindersTitle(due, screenState.total), width: screen.width, height: screen.height,
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        guard !screenState.isLoading else {
            buffer.write(text.loading, at: Point(x: inner.x, y: inner.y), style: theme[.muted])
            return
        }
        guard !screenState.reminders.isEmpty else {
            buffer.write(text.noOpenReminders, at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width)
            buffer.write(text.remindersFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
            return
        }
        let columns = Layout.horizontal(Rect(x: inner.x, y: 0, width: inner.width, height: 1), [.fixed(8), .fixed(17), .percent(30), .fill])
        let header = inner.y
        for (index, title) in text.remindersColumns.enumerated() where index < columns.count {
            buffer.write(title, at: Point(x: columns[index].x, y: header), style: theme[.header], maxWidth: columns[index].width)
        }
        let visible = max(1, inner.height - 3)
        var scroll = ListScroll()
        scroll.reveal(screenState.selected, visibleRows: visible, count: screenState.reminders.count)
        var y = header + 1
        for index in scroll.offset..<min(screenState.reminders.count, scroll.offset + visible) {
            let reminder = screenState.reminders[index]
            let isDue = reminder.note.reminder?.isDue(at: now) == true
            let selected = index == screenState.selected
            let style = selected ? theme[.selection] : theme[isDue ? .alert : .text]
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
            let when = reminder.note.reminder.map { DateText.dateTime($0.dueAt) } ?? ""
            let cells = [isDue ? "⏰ " + text.dueWord : text.upcomingWord, when, reminder.customerName,
                         reminder.note.body.split(whereSeparator: \.isNewline).joined(separator: " ")]
            for (column, cell) in cells.enumerated() {
                buffer.write(DisplayWidth.truncate(cell, toWidth: max(0, columns[column].width - 1)), at: Point(x: columns[column].x, y: y), style: style)
            }
            y += 1
        }
        if screenState.total > screenState.reminders.count {
            buffer.write(text.moreReminders(screenState.total - screenState.reminders.count), at: Point(x: inner.x, y: inner.maxY - 2), style: theme[.muted])
        }
        buffer.write(text.remindersFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
    }
}
