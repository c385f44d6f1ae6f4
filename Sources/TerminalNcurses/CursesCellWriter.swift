import TerminalCore

/// What a frame sends to curses: each changed cell as the wide characters of ONE `cchar_t`, so a
/// grapheme cluster is written as a unit, and each taking in curses exactly the columns the
/// `ScreenBuffer` gave it, so nothing is pushed out of line and nothing stays from the frame before.
///
/// `setcchar` keeps a spacing character followed by at most `CCHARW_MAX - 1` (4) characters of
/// width 0, and silently stops at the first later character with a width: of "👩‍👩‍👧‍👦" (7 scalars)
/// it keeps "👩" and a dangling joiner; of "👍🏽" the thumb without its tone; of "🇫🇷" one letter.
/// And curses moves by the C library's `wcwidth` of the first character, which says 1 for "❤" of
/// "❤️" and for a regional indicator where the buffer (and the terminal) gave 2. A cluster curses
/// would keep whole and measure as the buffer does is written whole; any other is drawn as its
/// first character, and where that takes fewer columns than the cell, the next column is written
/// too (a flag's second letter, else a space), so curses' idea of the line and the buffer's agree.
/// Pure, with the width function given, so tests need no terminal and no locale.
public struct CursesCellWriter: Sendable {
    /// `CCHARW_MAX` in ncurses' curses.h: wide characters one cell holds.
    public static let charactersPerCell = 5

    /// One `mvadd_wch`: a cell's wide characters (no terminating 0) and its style.
    public struct Write: Hashable, Sendable {
        public var point: Point
        public var characters: [UInt32]
        public var style: Style
    }

    /// The C library's width of one code point (`wcwidth`), as curses measures it.
    let width: @Sendable (UInt32) -> Int

    public init(width: @escaping @Sendable (UInt32) -> Int) { self.width = width }

    /// The writes that turn `previous` (what curses shows; nil: unknown) into `buffer`.
    public func writes(for buffer: ScreenBuffer, previous: ScreenBuffer?) -> [Write] {
        var writes: [Write] = []
        for change in buffer.diff(from: previous) where !change.cell.isContinuation {
            writes += self.writes(for: change.cell, at: change.point, in: buffer)
        }
        return writes
    }

    /// One cell's writes: one, or two when its first character is narrower than the cell.
    func writes(for cell: Cell, at point: Point, in buffer: ScreenBuffer) -> [Write] {
        let scalars = cell.text.unicodeScalars.map(\.value)
        guard let first = scalars.first else { return [Write(point: point, characters: [0x20], style: cell.style)] }
        let columns = point.x + 1 < buffer.size.width && buffer[point.x + 1, point.y].isContinuation ? 2 : 1
        let tail = scalars.dropFirst()
        if width(first) == columns, scalars.count <= Self.charactersPerCell, tail.allSatisfy({ width($0) == 0 }), tail.last != 0x200D {
            return [Write(point: point, characters: scalars, style: cell.style)]
        }
        let firstWidth = width(first)
        if firstWidth == columns { return [Write(point: point, characters: [first], style: cell.style)] }
        if firstWidth == 1 && columns == 2 {
            // A flag is two regional indicators: side by side they still read as the flag.
            let second: UInt32 = if let next = tail.first, (0x1F1E6...0x1F1FF).contains(next), width(next) == 1 { next } else { 0x20 }
            return [Write(point: point, characters: [first], style: cell.style),
                    Write(point: Point(x: point.x + 1, y: point.y), characters: [second], style: cell.style)]
        }
        // Curses cannot draw it in these columns (unknown to the C library, or wider than measured).
        var writes = [Write(point: point, characters: [0xFFFD], style: cell.style)]
        if columns == 2 { writes.append(Write(point: Point(x: point.x + 1, y: point.y), characters: [0x20], style: cell.style)) }
        return writes
    }
}
