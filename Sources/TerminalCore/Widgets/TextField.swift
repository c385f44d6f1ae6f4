/// The text and caret of a one-line input, edited by keys and pastes.
///
/// The text is kept as its grapheme clusters (`[Character]`, the segmentation every width is
/// measured from), so the caret is an index into it: a caret move is O(1), typing or pasting at the
/// end amortised O(1) per character (O(length) in the middle: the tail moves), and a draw touches
/// only the characters it shows. Kept as a `String`, every key walked from the start to find the
/// caret, and every frame re-measured the text from the first character to scroll: a paste typed
/// key by key was cubic (1,000 characters took 12 s).
public struct TextField: Hashable, Sendable {
    private var characters: [Character]
    /// Caret position in characters (graphemes), 0…count.
    public private(set) var cursor: Int
    /// First character shown when the text is wider than the field.
    public private(set) var scroll: Int = 0
    public var maxLength: Int?
    /// Whether a pasted line break stays (a memo) or becomes a space (a name, a search box).
    public var keepsLineBreaks: Bool
    /// What the last key or paste could not add because of `maxLength`; nil once the text changes
    /// by a key that fits.
    public private(set) var overflow: TextFieldOverflow?
    /// Steps taken by edits and draws (characters inserted, moved, measured, drawn): how tests and
    /// the benchmark see that work per character stays flat as the text grows. Not part of equality.
    public private(set) var work = WorkCounter()

    public init(_ text: String = "", maxLength: Int? = nil, keepsLineBreaks: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.maxLength = maxLength
        self.keepsLineBreaks = keepsLineBreaks
    }

    /// The whole text (built from the clusters: O(length)).
    public var text: String { String(characters) }
    /// Characters (graphemes) in the text.
    public var count: Int { characters.count }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func setText(_ newText: String) {
        characters = Array(newText)
        cursor = characters.count
        scroll = 0
        overflow = nil
    }

    /// Applies an editing key or a paste; returns false when the key is not an editing key (the
    /// caller may use it: Enter, Tab, arrows up/down, Escape).
    public mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let c):
            guard !c.isNewline else { return false }
            insert([c], isPaste: false)
        case .paste(let pasted):
            insert(Self.pastable(pasted, keepsLineBreaks: keepsLineBreaks), isPaste: true)
        case .backspace, .control("h"):
            if cursor > 0 { remove(cursor - 1..<cursor) }
        case .delete, .control("d"):
            if cursor < characters.count { remove(cursor..<cursor + 1) }
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("k"): remove(cursor..<characters.count)
        case .control("u"): remove(0..<cursor)
        case .control("w"), .alt("\u{7F}"):
            // Delete the word before the caret, and the spaces before it.
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            remove(start..<cursor)
        case .control, .alt, .enter, .escape, .tab, .backTab, .insert, .up, .down, .pageUp, .pageDown, .function:
            return false
        }
        return true
    }

    /// What of a paste goes into a field: line breaks (CR, LF, CRLF) become "\n" where they are
    /// kept and a space elsewhere, a tab a space, other control characters (a terminal's colour
    /// escapes copied with the text) are dropped.
    static func pastable(_ text: String, keepsLineBreaks: Bool) -> [Character] {
        var result: [Character] = []
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isNewline {
                result.append(keepsLineBreaks ? "\n" : " ")
            } else if character == "\t" {
                result.append(" ")
            } else if let first = character.unicodeScalars.first, first.value < 0x20 || (0x7F...0x9F).contains(first.value) {
                continue
            } else {
                result.append(character)
            }
        }
        return result
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
        rejoin(at: range.lowerBound)
    }

    /// Segments again the two characters either side of an edit: an accent typed after "e", or a
    /// regional indicator beside another, make one grapheme with it. O(1): only the seam is looked at.
    mutating func rejoin(at index: Int) {
        guard index > 0, index < characters.count else { return }
        let joined = Array(String(characters[index - 1]) + String(characters[index]))
        guard joined.count != 2 || joined[0] != characters[index - 1] else { return }
        work.add(characters.count - index)
        characters.replaceSubrange(index - 1...index, with: joined)
        if cursor >= index { cursor += joined.count - 2 }
        if scroll >= index { scroll = max(0, scroll + joined.count - 2) }
    }

    /// A character as it will be drawn (sanitised: a control shows as its placeholder) and its columns.
    static func drawn(_ character: Character) -> (text: String, width: Int) {
        let text = TextSanitizer.sanitize(String(character))
        return (text, DisplayWidth.of(text))
    }

    /// Draws the visible part of the text (or the placeholder when empty) and returns where the
    /// caret is on screen, scrolling horizontally so the caret stays visible. Costs what is shown,
    /// not the text's length: the scroll is found by walking back from the caret at most a field's width.
    @discardableResult
    public mutating func draw(in rect: Rect, on buffer: inout ScreenBuffer, style: Style, placeholder: String = "",
                              placeholderStyle: Style = Style(dim: true)) -> Point {
        buffer.fill(rect.row(0), with: style)
        if characters.isEmpty && !placeholder.isEmpty {
            buffer.write(placeholder, at: Point(x: rect.x, y: rect.y), style: placeholderStyle, maxWidth: rect.width)
            return Point(x: rect.x, y: rect.y)
        }
        cursor = min(cursor, characters.count)
        // One column stays free after the text for the caret.
        let room = max(1, rect.width - 1)
        // The first character from which the caret still fits in `room` columns.
        var earliest = cursor, used = 0
        while earliest > 0 {
            let width = Self.drawn(characters[earliest - 1]).width
            if used + width > room { break }
            used += width
            earliest -= 1
        }
        work.add(cursor - earliest + 1)
        // Keep the previous scroll while the caret is visible from it (the text does not jump).
        scroll = max(min(scroll, cursor), earliest)
        var x = rect.x, caretX = rect.x, index = scroll
        while index < characters.count {
            if index == cursor { caretX = x }
            let (text, width) = Self.drawn(characters[index])
            if x + width > rect.maxX { break }
            buffer.write(text, at: Point(x: x, y: rect.y), style: style, maxWidth: rect.maxX - x)
            x += width
            index += 1
        }
        if index == cursor { caretX = x }
        work.add(index - scroll)
        return Point(x: caretX, y: rect.y)
    }
}
