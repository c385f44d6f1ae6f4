/// A column of a `Table`: a header and a width constraint.
public struct TableColumn: Sendable {
    public var title: String
    public var width: Constraint
    public var alignRight: Bool

    public init(_ title: String, width: Constraint, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
    }
}

/// Which rows a scrolling list shows: keeps the selection visible with the least movement.
public struct ListScroll: Hashable, Sendable {
    public var offset: Int

    public init(offset: Int = 0) { self.offset = offset }

    /// Adjusts the offset so `selection` is within `visibleRows`.
    public mutating func reveal(_ selection: Int, visibleRows: Int, count: Int) {
        guard visibleRows > 0 else { return }
        if selection < offset { offset = selection }
        if selection >= offset + visibleRows { offset = selection - visibleRows + 1 }
        offset = max(0, min(offset, max(0, count - visibleRows)))
    }
}

/// Rows of cells under a header, with a highlighted selection. Cells are truncated by display
/// width with "…", so wide names never push a column out of line.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var headerStyle: Style
    public var rowStyle: Style
    public var selectionStyle: Style

    public init(columns: [TableColumn], headerStyle: Style = Style(bold: true), rowStyle: Style = .plain, selectionStyle: Style = Style(reverse: true)) {
        self.columns = columns
        self.headerStyle = headerStyle
        self.rowStyle = rowStyle
        self.selectionStyle = selectionStyle
    }

    /// Column rectangles' widths for `width` columns of space, one space between columns.
    public func columnWidths(for width: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        return Layout.sizes(total: max(0, width - gaps), columns.map(\.width))
    }

    /// Draws header and rows from `scroll.offset`; returns the number of data rows visible.
    @discardableResult
    public func draw(rows: [[String]], selected: Int?, scroll: ListScroll, in rect: Rect, on buffer: inout ScreenBuffer,
                     rowStyles: [Int: Style] = [:]) -> Int {
        guard rect.height > 0 else { return 0 }
        let widths = columnWidths(for: rect.width)
        func drawRow(_ cells: [String], y: Int, style: Style) {
            var x = rect.x
            for (index, width) in widths.enumerated() {
                let text = index < cells.count ? cells[index] : ""
                let cut = DisplayWidth.truncate(text, toWidth: width)
                let padding = columns[index].alignRight ? max(0, width - DisplayWidth.of(cut)) : 0
                buffer.write(cut, at: Point(x: x + padding, y: y), style: style, maxWidth: width - padding)
                x += width + 1
            }
        }
        drawRow(columns.map(\.title), y: rect.y, style: headerStyle)
        let visible = rect.height - 1
        for (row, index) in (scroll.offset..<min(rows.count, scroll.offset + visible)).enumerated() {
            let y = rect.y + 1 + row
            let style = index == selected ? selectionStyle : (rowStyles[index] ?? rowStyle)
            if index == selected { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), with: style) }
            drawRow(rows[index], y: y, style: style)
        }
        return visible
    }
}
