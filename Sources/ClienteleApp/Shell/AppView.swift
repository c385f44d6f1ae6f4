import CustomerCore
import Foundation
import TerminalCore

/// Draws the whole frame from the state: header, panes, status bar, then modals on top.
public struct AppView: Sendable {
    public let theme: Theme
    public let keyMap: KeyMap
    /// "Now" for the card's due dates and overdue amounts (fixed in tests).
    public let clock: @Sendable () -> Date
    let phones: PhoneDisplay

    public init(theme: Theme, region: String, keyMap: KeyMap = .standard, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.theme = theme
        self.keyMap = keyMap
        self.clock = clock
        self.phones = PhoneDisplay(region: region)
    }

    /// The frame, and where the caret of the focused text field is (nil: hide the cursor).
    public func render(_ state: AppState) -> (buffer: ScreenBuffer, cursor: Point?) {
        var buffer = ScreenBuffer(size: state.size)
        buffer.fill(buffer.bounds, with: theme[.text])
        let layout = AppLayout(state: state)
        var cursor: Point?
        drawHeader(state, in: layout.header, on: &buffer)
        if layout.directoryPane != nil {
            cursor = DirectoryView(theme: theme, phones: phones, now: clock()).draw(state, layout: layout, on: &buffer)
        }
        if let cardPane = layout.cardPane, let card = state.card {
            CardView(theme: theme, phones: phones, now: clock()).draw(card, focused: state.focus == .card, in: cardPane, layout: layout, on: &buffer)
        }
        drawStatusBar(state, in: layout.statusBar, on: &buffer)
        let context = ModalDrawContext(theme: theme, keyMap: keyMap, phones: phones, state: state, now: clock())
        let screen = Rect(x: 0, y: 1, width: state.size.width, height: max(0, state.size.height - 2))
        for modal in state.modals.all {
            cursor = modal.draw(in: screen, context: context, on: &buffer)
        }
        return (buffer, cursor)
    }

    func drawHeader(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.fill(rect, with: theme[.header])
        var title = " \(AppText.current.appName) · \(AppText.current.customers(state.totalCustomers))"
        // The directory's filters in words and the marks: what the list and ctrl+a stand for.
        let filters = state.directory.filterDescription
        if !filters.isEmpty { title += " · " + AppText.current.filterFooter(filters) }
        if !state.directory.marked.isEmpty { title += " · " + AppText.current.groups.marked(state.directory.marked.count) }
        // The alerts in full when they fit beside the title, else in their short form, so the
        // two never run into each other at 80 columns.
        func alerts(short: Bool) -> String {
            var alerts: [String] = []
            if state.counters.offline != nil { alerts.append(AppText.current.counters.offlineAlert) }
            if state.remindersDue > 0 { alerts.append(short ? AppText.current.remindersDueShort(state.remindersDue) : AppText.current.remindersDue(state.remindersDue)) }
            if state.duplicateCount > 0 { alerts.append(short ? AppText.current.possibleDuplicatesShort(state.duplicateCount) : AppText.current.possibleDuplicates(state.duplicateCount)) }
            return alerts.joined(separator: " · ")
        }
        var right = alerts(short: false)
        if DisplayWidth.of(title) + 2 + DisplayWidth.of(right) + 1 > rect.width { right = alerts(short: true) }
        let rightWidth = right.isEmpty ? 0 : DisplayWidth.of(right) + 1
        buffer.write(title, at: Point(x: rect.x, y: rect.y), style: theme[.header], maxWidth: max(0, rect.width - rightWidth - 2))
        if !right.isEmpty {
            buffer.write(right + " ", at: Point(x: max(rect.x, rect.maxX - rightWidth), y: rect.y), style: theme[.alert].merged(over: theme[.header]))
        }
    }

    func drawStatusBar(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        if let status = state.status {
            buffer.fill(rect, with: theme[.statusBar])
            let style = status.kind == .error ? theme[.error] : theme[.statusBar]
            buffer.write(" " + status.text, at: Point(x: rect.x, y: rect.y), style: style, maxWidth: rect.width)
            return
        }
        let scope = state.activeScope
        var hints = keyMap.hints(for: scope)
        if scope != .help { hints += keyMap.hints(for: .global) }
        var right = AppText.current.customers(state.totalCustomers)
        if state.remindersDue > 0 { right += " · " + AppText.current.remindersDueKey(state.remindersDue) }
        var rightStyle = theme[.statusBar]
        var rightMaxWidth: Int?
        if state.duplicateCount > 0 {
            // The alert matters more than the counts and the hints: alone, and whole, when both would not fit.
            let alert = AppText.current.possibleDuplicates(state.duplicateCount)
            let both = alert + " · " + right
            right = DisplayWidth.of(both) <= rect.width / 2 ? both : alert
            rightStyle = theme[.alert].merged(over: theme[.statusBar])
            rightMaxWidth = max(rect.width / 2, DisplayWidth.of(alert))
        }
        StatusBar(hints: hints, right: right, barStyle: theme[.statusBar], keyStyle: theme[.statusKey], rightStyle: rightStyle,
                  rightMaxWidth: rightMaxWidth).draw(in: rect, on: &buffer)
    }
}

extension Style {
    /// This style's foreground and attributes on `base`'s background when this one has none.
    func merged(over base: Style) -> Style {
        var style = self
        if style.background == .default { style.background = base.background }
        return style
    }
}
