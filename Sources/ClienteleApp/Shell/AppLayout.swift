import TerminalCore

/// Where everything goes for a given state and size; used by `render` to draw and by `update`
/// to map mouse clicks, so both agree on every rectangle.
struct AppLayout {
    let header: Rect
    let statusBar: Rect
    let directoryPane: Rect?
    let cardPane: Rect?

    init(state: AppState) {
        let screen = Rect(size: state.size)
        let rows = Layout.vertical(screen, [.fixed(1), .fill, .fixed(1)])
        header = rows[0]
        statusBar = rows[2]
        let body = rows[1]
        if state.card != nil && state.isWide {
            // The card gets the 80 columns its tab bar and its tables need (every tab named, every
            // payment column kept), or 55 % when that is more; the list keeps the rest (36 at least).
            let cardWidth = min(body.width - Self.narrowestDirectory, max(body.width * 55 / 100, Self.cardWidth))
            let columns = Layout.horizontal(body, [.fixed(body.width - cardWidth), .fill])
            directoryPane = columns[0]
            cardPane = columns[1]
        } else if state.card != nil && state.focus == .card {
            directoryPane = nil
            cardPane = body
        } else {
            directoryPane = body
            cardPane = nil
        }
    }

    /// Inside the directory's border: the search line, the table (header + rows), the footer.
    var directoryInner: Rect? { directoryPane.map { $0.inset(by: 1) } }
    var searchLine: Rect? { directoryInner.map { $0.row(0) } }
    var directoryTable: Rect? {
        directoryInner.map { Rect(x: $0.x, y: $0.y + 1, width: $0.width, height: max(0, $0.height - 2)) }
    }
    /// The data rows of the table (below its header).
    var directoryRows: Rect? {
        directoryTable.map { Rect(x: $0.x, y: $0.y + 1, width: $0.width, height: max(0, $0.height - 1)) }
    }
    var directoryFooter: Rect? { directoryInner.map { $0.row($0.height - 1) } }

    var cardInner: Rect? { cardPane.map { $0.inset(by: 1) } }
    var tabBar: Rect? { cardInner.map { $0.row(0) } }
    var cardContent: Rect? { cardInner.map { Rect(x: $0.x + 1, y: $0.y + 2, width: max(0, $0.width - 2), height: max(0, $0.height - 2)) } }

    /// What the card needs beside the list, and the least the list keeps.
    static let cardWidth = 80
    static let narrowestDirectory = 36

    static func directoryVisibleRows(_ state: AppState) -> Int { AppLayout(state: state).directoryRows?.height ?? 10 }

    /// Computed, not stored: the titles follow the language of the render that asks.
    static var tabBar: TabBar { TabBar(titles: CardTab.allCases.map(\.title)) }

    /// Where each tab label lands in `rect` (the same drawing the view does, on scratch paper).
    static func tabHitRects(in rect: Rect, active: CardTab) -> [Rect] {
        var scratch = ScreenBuffer(size: Size(width: rect.maxX, height: rect.maxY))
        return tabBar.draw(active: active.rawValue, in: rect, on: &scratch)
    }
}
