/// The text and caret of a multi-line input (a note), edited by keys and pastes and drawn wrapped
/// at word boundaries by display width.
///
/// Like `TextField`, the text is kept as its grapheme clusters (`[Character]`, the segmentation every
/// width is measured from) with "\n" between lines, and the caret is an index into it: a paste of
/// 100,000 characters is one insertion, not a walk from the start per character. The wrapped layout
/// (`TextAreaLayout`) is kept for the width last drawn and wrapped again only around an edit, so typing
/// in a long note costs a line or two per key, and caret keys and frames wrap nothing.
public struct TextArea: Hashable, Sendable {
    private(set) var characters: [Character]
    /// Caret position in characters (graphemes), 0…count.
    public private(set) var cursor: Int
    /// First visual (wrapped) line shown by the last draw.
    public private(set) var scroll: Int = 0
    public var maxLength: Int?
    /// What the last key or paste could not add because of `maxLength`; nil once the text changes
    /// by a key that fits.
    public private(set) var overflow: TextFieldOverflow?
    /// Steps taken by edits, wrapping and draws (characters inserted, moved, measured, drawn): how tests
    /// see that the work per character stays flat as the text grows. Not part of equality.
    public private(set) var work = WorkCounter()
    /// The display column up/down keep while they move through shorter lines; nil after any other key.
    private var goalColumn: Int?
    /// The size of the last draw: the width up/down and home/end move in, the height of a page.
    private var drawnWidth: Int?
    private var drawnHeight: Int?
    /// The wrapped lines at `layout.width`, brought up to each edit around it (`TextAreaLayout.replace`)
    /// and made again only for another width. Derived, so not part of equality.
    private(set) var layout: TextAreaLayout?

    public init(_ text: String = "", maxLength: Int? = nil) {
        characters = Self.pastable(text)
        cursor = characters.count
        self.maxLength = maxLength
    }

    /// The whole text, lines joined by "\n" (built from the clusters: O(length)).
    public var text: String { String(characters) }
    /// Characters (graphemes) in the text, line breaks included.
    public var count: Int { characters.count }
    public var isEmpty: Bool { characters.isEmpty }

    /// Replaces the text (cleaned like a paste) and puts the caret at the end.
    public mutating func setText(_ newText: String) {
        characters = Self.pastable(newText)
        cursor = characters.count
        scroll = 0
        overflow = nil
        goalColumn = nil
        layout = nil
    }

    /// Characters, `.paste(String)` (one event; CR LF and lone CR become "\n", tabs become spaces, other
    /// control characters dropped), enter (a new line), backspace / delete by grapheme (joining lines),
    /// left/right by grapheme across lines, up/down by visual (wrapped) line keeping the display column,
    /// home/end to the start/end of the visual line, pageUp/pageDown by the last drawn height. Returns
    /// false — consumes nothing — for control/alt/function keys, tab, backTab and escape (the modal binds those).
    public mutating func handle(_ key: KeyEvent) -> Bool {
        let keepsGoal: Bool
        switch key {
        case .character(let c):
            insert(Self.pastable(String(c)), isPaste: false)
            keepsGoal = false
        case .paste(let pasted):
            insert(Self.pastable(pasted), isPaste: true)
            keepsGoal = false
        case .enter:
            insert(["\n"], isPaste: false)
            keepsGoal = false
        case .backspace:
            if cursor > 0 { remove(cursor - 1..<cursor) }
            keepsGoal = false
        case .delete:
            if cursor < characters.count { remove(cursor..<cursor + 1) }
            keepsGoal = false
        case .left:
            cursor = max(0, cursor - 1)
            keepsGoal = false
        case .right:
            cursor = min(characters.count, cursor + 1)
            keepsGoal = false
        case .up: moveVertically(by: -1); keepsGoal = true
        case .down: moveVertically(by: 1); keepsGoal = true
        case .pageUp: moveVertically(by: -page, scrolling: true); keepsGoal = true
        case .pageDown: moveVertically(by: page, scrolling: true); keepsGoal = true
        case .home:
            let lines = currentLayout()
            cursor = lines.lines[lines.line(containing: cursor)].start
            keepsGoal = false
        case .end:
            let lines = currentLayout()
            cursor = lines.lastCaretPosition(ofLine: lines.line(containing: cursor))
            keepsGoal = false
        case .control, .alt, .function, .tab, .backTab, .escape, .insert:
            return false
        }
        if !keepsGoal { goalColumn = nil }
        return true
    }

    /// Lines a page moves: the height last drawn, less one line kept for context.
    private var page: Int { max(1, (drawnHeight ?? 1) - 1) }

    /// Moves the caret `delta` visual lines up or down, to the display column it had when up/down began
    /// (or the nearest column before it on a shorter line). Past the first or last line, to the start or end.
    private mutating func moveVertically(by delta: Int, scrolling: Bool = false) {
        let lines = currentLayout()
        let current = lines.line(containing: cursor)
        let goal = goalColumn ?? lines.column(of: cursor, inLine: current, characters: characters)
        goalColumn = goal
        let target = current + delta
        if target < 0 {
            cursor = 0
        } else if target >= lines.lines.count {
            cursor = characters.count
        } else {
            cursor = lines.position(atColumn: goal, inLine: target, characters: characters)
        }
        work.add(abs(delta) + (drawnWidth ?? 0))
        if scrolling { scroll = max(0, scroll + delta) }
    }

    /// What typed or pasted text becomes in the text: CR LF and lone CR a "\n", a tab a space; other
    /// control characters (a terminal's colour escapes copied with the text) are dropped.
    static func pastable(_ text: String) -> [Character] {
        TextField.pastable(text, keepsLineBreaks: true)
    }

    /// Inserts at the caret what fits under `maxLength`, and records what did not.
    mutating func insert(_ new: [Character], isPaste: Bool) {
        let kept: [Character]
        (kept, overflow) = TextFieldOverflow.fitting(new, into: characters.count, maxLength: maxLength, isPaste: isPaste)
        guard !kept.isEmpty else { return }
        let start = cursor
        work.add(kept.count + characters.count - start)
        characters.insert(contentsOf: kept, at: start)
        cursor = start + kept.count
        rewrap(at: start, removed: 0, inserted: kept.count)
        rejoin(at: cursor)
        rejoin(at: start)
    }

    /// Removes characters and puts the caret where they were.
    mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        work.add(characters.count - range.lowerBound)
        characters.removeSubrange(range)
        cursor = range.lowerBound
        overflow = nil
        rewrap(at: range.lowerBound, removed: range.count, inserted: 0)
        rejoin(at: range.lowerBound)
    }

    /// Segments again the two characters either side of an edit: an accent typed after "e", or a
    /// regional indicator beside another, make one grapheme with it. O(1) unless they join.
    mutating func rejoin(at index: Int) {
        guard index > 0, index < characters.count else { return }
        let joined = Array(String(characters[index - 1]) + String(characters[index]))
        guard joined.count != 2 || joined[0] != characters[index - 1] else { return }
        work.add(characters.count - index)
        characters.replaceSubrange(index - 1...index, with: joined)
        if cursor >= index { cursor += joined.count - 2 }
        rewrap(at: index - 1, removed: 2, inserted: joined.count)
    }

    /// Brings the kept layout up to an edit, wrapping again only around it.
    private mutating func rewrap(at position: Int, removed: Int, inserted: Int) {
        if let steps = layout?.replace(at: position, removed: removed, inserted: inserted, in: characters) {
            work.add(steps)
        }
    }

    /// The layout at the width last drawn (logical lines when never drawn), wrapped again only after an edit.
    private mutating func currentLayout() -> TextAreaLayout {
        layout(width: drawnWidth ?? Int.max / 4)
    }

    private mutating func layout(width: Int) -> TextAreaLayout {
        if let layout, layout.width == width { return layout }
        let wrapped = TextAreaLayout(characters, width: width)
        work.add(characters.count + wrapped.lines.count)
        layout = wrapped
        return wrapped
    }

    /// How many visual lines `text` takes at `width` (for layouts): at least 1, the empty text's line.
    public func visualLineCount(width: Int) -> Int {
        if let layout, layout.width == max(1, width) { return layout.lines.count }
        return TextAreaLayout(characters, width: width).lines.count
    }

    /// Wraps at word boundaries by display width (a word longer than the width is broken by grapheme),
    /// keeps the caret's visual line visible (scroll kept in the value), draws a placeholder when empty,
    /// and returns the caret's screen point (nil when rect is empty). Costs the wrap after an edit, then
    /// only what is shown.
    @discardableResult
    public mutating func draw(in rect: Rect, on buffer: inout ScreenBuffer, style: Style, placeholder: String = "",
                              placeholderStyle: Style? = nil) -> Point? {
        guard !rect.isEmpty else { return nil }
        buffer.fill(rect, with: style)
        drawnWidth = rect.width
        drawnHeight = rect.height
        cursor = min(cursor, characters.count)
        if characters.isEmpty {
            scroll = 0
            if !placeholder.isEmpty {
                var dimmed = style
                dimmed.dim = true
                let lines = TextSanitizer.sanitizeLines(placeholder)
                for (row, line) in lines.prefix(rect.height).enumerated() {
                    buffer.write(line, at: Point(x: rect.x, y: rect.y + row), style: placeholderStyle ?? dimmed,
                                 maxWidth: rect.width)
                }
            }
            return Point(x: rect.x, y: rect.y)
        }
        let lines = layout(width: rect.width)
        let caretLine = lines.line(containing: cursor)
        // Keep the previous scroll while the caret's line is visible from it (the text does not jump),
        // and never leave empty rows below the last line while there are lines above.
        scroll = min(scroll, caretLine, max(0, lines.lines.count - rect.height))
        scroll = max(scroll, caretLine - rect.height + 1, 0)
        var caret = Point(x: rect.x, y: rect.y + caretLine - scroll)
        for row in 0..<min(rect.height, lines.lines.count - scroll) {
            let line = lines.lines[scroll + row]
            let y = rect.y + row
            var x = rect.x
            for index in line.start..<line.end {
                if index == cursor { caret.x = x }
                let (text, width) = TextAreaLayout.drawn(characters[index])
                if x + width > rect.maxX {
                    // A wide character alone on a line narrower than itself: a space, never half of it.
                    if x < rect.maxX, index == line.start { buffer.write(" ", at: Point(x: x, y: y), style: style) }
                    x += width
                    continue
                }
                buffer.write(text, at: Point(x: x, y: y), style: style, maxWidth: rect.maxX - x)
                x += width
            }
            if line.endsParagraph, line.end == cursor { caret.x = x }
            work.add(line.end - line.start)
        }
        // The caret after a line that fills the width (or in a space hanging past it) sits on the last column.
        caret.x = min(caret.x, rect.maxX - 1)
        return caret
    }
}

extension TextArea {
    /// Equality of what a person can see and do: the text, caret, scroll, limit, message and the
    /// remembered column and size; not the cached layout or the work counter.
    public static func == (lhs: TextArea, rhs: TextArea) -> Bool {
        lhs.characters == rhs.characters && lhs.cursor == rhs.cursor && lhs.scroll == rhs.scroll
            && lhs.maxLength == rhs.maxLength && lhs.overflow == rhs.overflow && lhs.goalColumn == rhs.goalColumn
            && lhs.drawnWidth == rhs.drawnWidth && lhs.drawnHeight == rhs.drawnHeight
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(characters)
        hasher.combine(cursor)
        hasher.combine(scroll)
        hasher.combine(maxLength)
        hasher.combine(overflow)
        hasher.combine(goalColumn)
        hasher.combine(drawnWidth)
        hasher.combine(drawnHeight)
    }
}
