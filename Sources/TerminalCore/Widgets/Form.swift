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

    /// The error under a field, wrapped to the field's width: at most three lines, so a long
    /// sentence ("pasted 100,000 characters; …") is read whole instead of cut at the field's edge.
    static func errorLines(of row: FormRow, width: Int) -> [String] {
        guard let error = row.error else { return [] }
        return Array(Paragraph.wrap("⚠ " + error, width: max(1, width)).prefix(3))
    }

    /// Lines each row takes: the field, plus its error's.
    static func height(of row: FormRow, width: Int) -> Int { 1 + errorLines(of: row, width: width).count }

    @discardableResult
    public func draw(rows: inout [FormRow], focused: Int, in rect: Rect, on buffer: inout ScreenBuffer) -> Point? {
        guard rect.height > 0, !rows.isEmpty else { return nil }
        let labelWidth = min(max(12, rows.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1, rect.width / 2)
        let fieldWidth = rect.width - labelWidth
        // First row to show: enough rows back from the focused one to fill the rect.
        var first = focused, used = Form.height(of: rows[focused], width: fieldWidth)
        while first > 0, used + Form.height(of: rows[first - 1], width: fieldWidth) <= rect.height {
            first -= 1
            used += Form.height(of: rows[first], width: fieldWidth)
        }
        var y = rect.y
        var caret: Point?
        for index in first..<rows.count {
            let height = Form.height(of: rows[index], width: fieldWidth)
            if y + height > rect.maxY { break }
            let isFocused = index == focused
            buffer.write(DisplayWidth.pad(rows[index].label, toWidth: labelWidth - 1), at: Point(x: rect.x, y: y),
                         style: isFocused ? Style(bold: true) : labelStyle)
            let fieldRect = Rect(x: rect.x + labelWidth, y: y, width: fieldWidth, height: 1)
            let point = rows[index].field.draw(in: fieldRect, on: &buffer, style: isFocused ? focusedFieldStyle : fieldStyle,
                                               placeholder: rows[index].hint, placeholderStyle: hintStyle)
            if isFocused { caret = point }
            for (line, text) in Form.errorLines(of: rows[index], width: fieldWidth).enumerated() {
                buffer.write(text, at: Point(x: rect.x + labelWidth, y: y + 1 + line), style: errorStyle, maxWidth: fieldRect.width)
            }
            y += height
        }
        return caret
    }
}
