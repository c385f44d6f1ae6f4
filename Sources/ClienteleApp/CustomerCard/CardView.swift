import CustomerCore
import Foundation
import TerminalCore

/// One line of a tab's content, with the role it is drawn in.
struct CardLine {
    var text: String
    var role: ThemeRole = .text
    var indent = 0
    /// The note or document this line belongs to (its index), for the selection.
    var item: Int?

    static let blank = CardLine(text: "")
    static func heading(_ text: String) -> CardLine { CardLine(text: text, role: .header) }
    static func field(_ label: String, _ value: String, width: Int = 18) -> CardLine {
        // At least one space after the label, even one longer than the column.
        CardLine(text: DisplayWidth.pad(label, toWidth: max(width, DisplayWidth.of(label) + 1)) + (value.isEmpty ? "—" : value))
    }
}

/// The customer card: its name, the six tabs, and the active tab's content, scrollable.
struct CardView {
    let theme: Theme
    let phones: PhoneDisplay
    let now: Date

    func draw(_ state: CardState, focused: Bool, in pane: Rect, layout: AppLayout, on buffer: inout ScreenBuffer) {
        let title = state.card?.customer.displayName ?? AppText.current.loading
        Block(title: title, borderStyle: focused ? theme[.focusedBorder] : theme[.border], titleStyle: theme[.title]).draw(in: pane, on: &buffer)
        guard let tabBar = layout.tabBar, let content = layout.cardContent else { return }
        AppLayout.tabBar.withStyles(active: theme[.tabActive], inactive: theme[.tabInactive])
            .draw(active: state.tab.rawValue, in: tabBar, on: &buffer)
        guard let card = state.card else { return }
        let lines = CardTabContent(card: card, now: now, width: content.width, phones: phones, merges: state.merges, flaggedBookings: state.flaggedBookings).lines(for: state.tab)
        let scroll = CardScroll.revealing(state.selectedItem, in: lines, from: state.scroll, height: content.height, when: state.itemCount > 0)
        for (row, line) in lines.dropFirst(scroll).prefix(content.height).enumerated() {
            let point = Point(x: content.x, y: content.y + row)
            // The selected note or document is drawn as a selected row: enter, del and the item keys act on it.
            if state.itemCount > 0, line.item == state.selectedItem {
                let style = focused ? theme[.selection] : theme[.muted]
                buffer.fill(Rect(x: content.x, y: point.y, width: content.width, height: 1), with: style)
                buffer.write(String(repeating: " ", count: line.indent) + line.text, at: point, style: style, maxWidth: content.width)
            } else {
                buffer.write(String(repeating: " ", count: line.indent) + line.text, at: point, style: theme[line.role], maxWidth: content.width)
            }
        }
        if lines.count > content.height {
            let marker = AppText.current.scrollMarker(scroll + 1, min(lines.count, scroll + content.height), lines.count)
            buffer.write(marker, at: Point(x: pane.maxX - DisplayWidth.of(marker) - 2, y: pane.maxY - 1), style: theme[.muted])
        }
    }
}

/// Where the card's content starts: the stored scroll, moved just enough that the selected item's
/// lines are on screen (the update moves the selection; the lines it spans are known only here).
enum CardScroll {
    static func revealing(_ item: Int, in lines: [CardLine], from scroll: Int, height: Int, when hasItems: Bool) -> Int {
        let maxScroll = max(0, lines.count - height)
        var top = min(scroll, maxScroll)
        guard hasItems, let first = lines.firstIndex(where: { $0.item == item }),
              let last = lines.lastIndex(where: { $0.item == item }) else { return top }
        if last >= top + height { top = last - height + 1 }
        if first < top { top = first }
        return max(0, min(top, maxScroll))
    }
}

extension TabBar {
    func withStyles(active: Style, inactive: Style) -> TabBar {
        var bar = self
        bar.activeStyle = active
        bar.inactiveStyle = inactive
        return bar
    }
}
