/// The text and caret of a one-line input, edited by keys. The caret is a grapheme index.
public struct TextField: Hashable, Sendable {
    public private(set) var text: String
    /// Caret position in characters (graphemes), 0…text.count.
    public private(set) var cursor: Int
    /// First character shown when the text is wider than the field.
    public private(set) var scroll: Int = 0
    public var maxLength: Int?

    public init(_ text: String = "", maxLength: Int? = nil) {
        self.text = text
        self.cursor = text.count
        self.maxLength = maxLength
    }

    public mutating func setText(_ newText: String) {
        text = newText
        cursor = newText.count
        scroll = 0
    }

    /// Applies an editing key; returns false when the key is not an editing key (the caller may
    /// use it: Enter, Tab, arrows up/down, Escape).
    public mutating func handle(_ key: KeyEvent) -> Bool {
        var characters = Array(text)
        switch key {
        case .character(let c):
            guard !c.isNewline else { return false }
            if let maxLength, characters.count >= maxLength { return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("k"): characters.removeSubrange(cursor...)
        case .control("u"):
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .control("w"), .alt("\u{7F}"):
            // Delete the word before the caret, and the spaces before it.
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        text = String(characters)
        return true
    }

    /// Draws the visible part of the text (or the placeholder when empty) and returns where the
    /// caret is on screen, scrolling horizontally so the caret stays visible.
    @discardableResult
    public mutating func draw(in rect: Rect, on buffer: inout ScreenBuffer, style: Style, placeholder: String = "",
                              placeholderStyle: Style = Style(dim: true)) -> Point {
        buffer.fill(rect.row(0), with: style)
        let characters = Array(TextSanitizer.sanitize(text))
        let caret = min(cursor, characters.count)
        if text.isEmpty && !placeholder.isEmpty {
            buffer.write(placeholder, at: Point(x: rect.x, y: rect.y), style: placeholderStyle, maxWidth: rect.width)
            return Point(x: rect.x, y: rect.y)
        }
        let room = max(1, rect.width - 1)
        if caret < scroll { scroll = caret }
        while DisplayWidth.of(String(characters[scroll..<caret])) > room { scroll += 1 }
        let visible = String(characters[min(scroll, characters.count)...])
        buffer.write(visible, at: Point(x: rect.x, y: rect.y), style: style, maxWidth: rect.width)
        return Point(x: rect.x + DisplayWidth.of(String(characters[scroll..<caret])), y: rect.y)
    }
}

/// One row of a `Form`: a label, a field, and the problem with its value, if any.
public struct FormRow: Sendable {
    public var label: String
    public var field: TextField
    public var error: String?
    public var hint: String

    public init(label: String, field: TextField, error: String? = nil, hint: String = "") {
        self.label = label
        self.field = field
        self.error = error
        self.hint = hint
    }
}

/// Labelled fields, one per line, each with its error under it; scrolls to keep the focused field
/// in view. Returns the caret's screen position.
public struct Form: Sendable {
    public var labelStyle: Style
    public var fieldStyle: Style
    public var focusedFieldStyle: Style
    public var errorStyle: Style
    public var hintStyle: Style

    public init(labelStyle: Style = .plain, fieldStyle: Style = Style(underline: true), focusedFieldStyle: Style = Style(reverse: true),
                errorStyle: Style = Style(bold: true), hintStyle: Style = Style(dim: true)) {
        self.labelStyle = labelStyle
        self.fieldStyle = fieldStyle
        self.focusedFieldStyle = focusedFieldStyle
        self.errorStyle = errorStyle
        self.hintStyle = hintStyle
    }

    /// Lines each row takes: the field, plus one for its error.
    static func height(of row: FormRow) -> Int { row.error == nil ? 1 : 2 }

    @discardableResult
    public func draw(rows: inout [FormRow], focused: Int, in rect: Rect, on buffer: inout ScreenBuffer) -> Point? {
        guard rect.height > 0, !rows.isEmpty else { return nil }
        let labelWidth = min(max(12, rows.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1, rect.width / 2)
        // First row to show: enough rows back from the focused one to fill the rect.
        var first = focused, used = Form.height(of: rows[focused])
        while first > 0, used + Form.height(of: rows[first - 1]) <= rect.height {
            first -= 1
            used += Form.height(of: rows[first])
        }
        var y = rect.y
        var caret: Point?
        for index in first..<rows.count {
            let height = Form.height(of: rows[index])
            if y + height > rect.maxY { break }
            let isFocused = index == focused
            buffer.write(DisplayWidth.pad(rows[index].label, toWidth: labelWidth - 1), at: Point(x: rect.x, y: y),
                         style: isFocused ? Style(bold: true) : labelStyle)
            let fieldRect = Rect(x: rect.x + labelWidth, y: y, width: rect.width - labelWidth, height: 1)
            let point = rows[index].field.draw(in: fieldRect, on: &buffer, style: isFocused ? focusedFieldStyle : fieldStyle,
                                               placeholder: rows[index].hint, placeholderStyle: hintStyle)
            if isFocused { caret = point }
            if let error = rows[index].error {
                buffer.write("⚠ " + error, at: Point(x: rect.x + labelWidth, y: y + 1), style: errorStyle, maxWidth: fieldRect.width)
            }
            y += height
        }
        return caret
    }
}
