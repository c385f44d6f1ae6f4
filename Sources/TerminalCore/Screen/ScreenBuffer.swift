/// One terminal cell: a grapheme of width 1 or 2 (a wide one is followed by a continuation cell).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// The right half of a wide character drawn in the cell to its left.
    public var isContinuation: Bool

    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A cell that differs from the previous frame, for drawing only what changed.
public struct CellChange: Hashable, Sendable {
    public var point: Point
    public var cell: Cell
}

/// The whole frame as cells. Views draw into it; a terminal backend shows it. Every write
/// sanitises its text and clips by display width, so nothing a customer typed can escape a column.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes `text` at `point` on one line, at most `maxWidth` columns (and never past the right
    /// edge); returns the columns used. A wide character that would straddle the edge becomes a space.
    @discardableResult
    public mutating func write(_ text: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard point.y >= 0, point.y < size.height, point.x < size.width else { return 0 }
        let limit = min(size.width, point.x + (maxWidth ?? size.width))
        var x = point.x
        for character in TextSanitizer.sanitize(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x + width > limit {
                if width == 2, x < limit { place(Cell(text: " ", style: style), at: x, y: point.y); x += 1 }
                break
            }
            if x >= 0 {
                place(Cell(text: String(character), style: style), at: x, y: point.y)
                if width == 2 { place(Cell(text: "", style: style, isContinuation: true), at: x + 1, y: point.y) }
            }
            x += width
        }
        return max(0, x - point.x)
    }

    /// Puts one cell, repairing a wide character it cuts in half.
    mutating func place(_ cell: Cell, at x: Int, y: Int) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let index = y * size.width + x
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(text: " ", style: cells[index - 1].style) }
        if !cell.isContinuation, x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Paints the rectangle's background with `style` (keeps no text).
    public mutating func fill(_ rect: Rect, with style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { place(Cell(text: " ", style: style), at: x, y: y) }
        }
    }

    /// Blanks the rectangle (what a popup does before drawing over the panes).
    public mutating func clear(_ rect: Rect) { fill(rect, with: .plain) }

    /// Applies a style to cells that are already drawn (highlighting a selected row).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { change(&cells[y * size.width + x].style) }
        }
    }

    public func styleAt(_ point: Point) -> Style { self[point.x, point.y].style }

    /// The frame as plain text lines, trailing spaces trimmed: what tests compare.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation { line += self[x, y].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The whole frame as one string, lines joined by newlines.
    public var text: String { lines().joined(separator: "\n") }

    /// Cells that differ from `previous` (all of them when the size changed).
    public func diff(from previous: ScreenBuffer?) -> [CellChange] {
        var changes: [CellChange] = []
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = self[x, y]
                if let previous, previous.size == size, previous[x, y] == cell { continue }
                changes.append(CellChange(point: Point(x: x, y: y), cell: cell))
            }
        }
        return changes
    }
}
