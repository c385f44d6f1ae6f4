import CustomerCore
import Foundation
import TerminalCore

/// The directory pane: search box, the table of customers, and a footer with counts and sort.
struct DirectoryView {
    let theme: Theme
    let phones: PhoneDisplay
    let now: Date

    /// Draws the pane; returns the search caret while the directory has the keyboard (it always types into the search).
    func draw(_ state: AppState, layout: AppLayout, on buffer: inout ScreenBuffer) -> Point? {
        guard let pane = layout.directoryPane, let searchLine = layout.searchLine, let table = layout.directoryTable,
              let footer = layout.directoryFooter else { return nil }
        let directory = state.directory
        let focused = state.focus == .directory && state.modals.isEmpty
        Block(title: AppText.current.directoryTitle, borderStyle: focused ? theme[.focusedBorder] : theme[.border], titleStyle: theme[.title]).draw(in: pane, on: &buffer)

        // Search box.
        let label = AppText.current.searchLabel
        buffer.write(label, at: Point(x: searchLine.x, y: searchLine.y), style: focused ? theme[.accent] : theme[.muted])
        var field = directory.search
        let fieldRect = Rect(x: searchLine.x + DisplayWidth.of(label), y: searchLine.y, width: searchLine.width - DisplayWidth.of(label), height: 1)
        let caret = field.draw(in: fieldRect, on: &buffer, style: focused ? theme[.inputFocused] : theme[.input],
                               placeholder: AppText.current.searchPlaceholder, placeholderStyle: theme[.placeholder])

        // Table: fewer columns on narrow panes, so names stay readable.
        var columns = [TableColumn(AppText.current.columnName, width: .min(16)), TableColumn(AppText.current.columnPhone, width: .fixed(17))]
        if table.width >= 70 { columns.append(TableColumn(AppText.current.columnEmail, width: .min(18))) }
        if table.width >= 100 { columns.append(TableColumn(AppText.current.columnCompany, width: .min(12))) }
        if table.width >= 60 { columns.append(TableColumn(directory.sort == .recentlyAdded ? AppText.current.columnAdded : AppText.current.columnLastActivity, width: .fixed(13))) }
        // Only the visible rows are formatted: the loaded window can hold hundreds.
        let visibleRange = directory.scroll.offset..<min(directory.rows.count, directory.scroll.offset + max(0, table.height - 1))
        let rows = directory.rows[visibleRange].map { row -> [String] in
            // A marked row says so in its first cell ("* "), so the marks show without colour (NO_COLOR).
            let name = directory.marked.isEmpty ? row.displayName : (directory.marked.contains(row.id) ? "* " : "  ") + row.displayName
            var cells = [name, phones.text(e164: row.phoneE164, typed: row.phoneNumber)]
            if table.width >= 70 { cells.append(row.emailAddress) }
            if table.width >= 100 { cells.append(row.companyName) }
            if table.width >= 60 { cells.append(DateText.relative(directory.sort == .recentlyAdded ? row.createdAt : row.lastActivityAt ?? row.createdAt, now: now)) }
            return cells
        }
        let selectionStyle = focused ? theme[.selection] : theme[.selectionUnfocused]
        Table(columns: columns, headerStyle: theme[.header], rowStyle: theme[.text], selectionStyle: selectionStyle)
            .draw(rows: rows, selected: directory.rows.isEmpty ? nil : directory.selection - directory.scroll.offset, scroll: ListScroll(), in: table, on: &buffer)
        if directory.rows.isEmpty, let list = layout.directoryRows, list.height > 0 {
            let text = directory.isLoading ? AppText.current.loading : (directory.query.isEmpty && directory.filter.isEmpty ? AppText.current.emptyDirectory : AppText.current.noMatches)
            buffer.write(text, at: Point(x: list.x + 1, y: list.y), style: theme[.muted])
        }

        // Footer: how many, how sorted, which filters.
        var parts = [AppText.current.showing(directory.rows.count, directory.matchingCount, directory.isTruncated)]
        parts.append(AppText.current.sortFooter(directory.sort))
        let filters = directory.filterDescription
        if !filters.isEmpty { parts.append(AppText.current.filterFooter(filters)) }
        if !directory.marked.isEmpty { parts.append(AppText.current.groups.marked(directory.marked.count)) }
        buffer.write(parts.joined(separator: " · "), at: Point(x: footer.x, y: footer.y), style: theme[.muted], maxWidth: footer.width)
        return focused ? caret : nil
    }
}

/// Dates as a counter reads them.
enum DateText {
    static func relative(_ date: Date, now: Date) -> String {
        let days = Int((now.timeIntervalSince(date) / 86_400).rounded(.down))
        if days < 0 { return short(date) }
        if days == 0 { return AppText.current.today }
        if days == 1 { return AppText.current.yesterday }
        if days < 30 { return AppText.current.daysAgo(days) }
        return short(date)
    }

    static func short(_ date: Date) -> String { formatted(date, "yyyy-MM-dd") }
    static func dateTime(_ date: Date) -> String { formatted(date, "yyyy-MM-dd HH:mm") }
    /// A time as a person may type it back (the reminder field reads this form).
    static func typeable(_ date: Date) -> String { dateTime(date) }

    /// Formatters are costly to make; views run on the UI thread only, so one per format is kept.
    nonisolated(unsafe) private static var formatters: [String: DateFormatter] = [:]

    static func formatted(_ date: Date, _ format: String) -> String {
        if let formatter = formatters[format] { return formatter.string(from: date) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = format
        formatters[format] = formatter
        return formatter.string(from: date)
    }
}
