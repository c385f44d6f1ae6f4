import CustomerCore
import Foundation
import TerminalCore

/// Draws the day's bookings: a list over the whole screen, today's then tomorrow's, by time.
struct DaysBookingsView {
    let theme: Theme
    var text: AppText { AppText.current }

    func draw(_ screenState: DaysBookingsState, in screen: Rect, on buffer: inout ScreenBuffer) {
        let tomorrow = Calendar.current.date(byAdding: .day, value: 1, to: screenState.dayStart) ?? screenState.dayStart
        let today = screenState.rows.filter { $0.booking.startsAt < tomorrow }.count
        let popup = Popup(title: text.daysBookingsTitle(today, screenState.rows.count - today), width: screen.width, height: screen.height,
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        guard !screenState.isLoading else {
            buffer.write(text.loading, at: Point(x: inner.x, y: inner.y), style: theme[.muted])
            return
        }
        defer { buffer.write(text.daysBookingsFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width) }
        guard !screenState.rows.isEmpty else {
            buffer.write(text.noDaysBookings, at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width)
            return
        }
        let columns = Layout.horizontal(Rect(x: inner.x, y: 0, width: inner.width, height: 1),
                                        [.fixed(10), .fixed(7), .fixed(8), .fixed(11), .percent(30), .percent(25), .fill])
        let header = inner.y
        for (index, title) in text.daysBookingsColumns.enumerated() where index < columns.count {
            buffer.write(title, at: Point(x: columns[index].x, y: header), style: theme[.header], maxWidth: columns[index].width)
        }
        let visible = max(1, inner.height - 2 - (screenState.isCapped ? 1 : 0))
        if screenState.isCapped {
            buffer.write(text.daysBookingsCapped(DaysBookingsState.limit), at: Point(x: inner.x, y: inner.maxY - 2), style: theme[.alert], maxWidth: inner.width)
        }
        var scroll = ListScroll()
        scroll.reveal(screenState.selected, visibleRows: visible, count: screenState.rows.count)
        var y = header + 1
        for index in scroll.offset..<min(screenState.rows.count, scroll.offset + visible) {
            let row = screenState.rows[index]
            let booking = row.booking
            let selected = index == screenState.selected
            let role: ThemeRole = row.overlapsAnother ? .alert : (booking.status == .cancelled || booking.status == .noShow ? .muted : .text)
            let style = selected ? theme[.selection] : theme[role]
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
            let day = booking.startsAt < tomorrow ? text.todayWord : text.tomorrowWord
            let cells = [day, DateText.formatted(booking.startsAt, "HH:mm"), text.minutes(booking.durationMinutes),
                         text.words.bookingStatus(booking.status), row.customerName, booking.service,
                         (row.overlapsAnother ? "⚠ " : "") + booking.staff]
            for (column, cell) in cells.enumerated() where column < columns.count {
                buffer.write(DisplayWidth.truncate(cell, toWidth: max(0, columns[column].width - 1)), at: Point(x: columns[column].x, y: y), style: style)
            }
            y += 1
        }
    }
}
