/// A bordered box with an optional title; returns the inner area to draw into.
public struct Block: Sendable {
    public var title: String
    public var borderStyle: Style
    public var titleStyle: Style

    public init(title: String = "", borderStyle: Style = .plain, titleStyle: Style = Style(bold: true)) {
        self.title = title
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// Draws the border and title; returns the area inside the border.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.write("┌" + horizontal + "┐", at: Point(x: rect.x, y: rect.y), style: borderStyle)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write("│", at: Point(x: rect.x, y: y), style: borderStyle)
            buffer.write("│", at: Point(x: rect.maxX - 1, y: y), style: borderStyle)
        }
        buffer.write("└" + horizontal + "┘", at: Point(x: rect.x, y: rect.maxY - 1), style: borderStyle)
        if !title.isEmpty, rect.width > 4 {
            buffer.write(" " + DisplayWidth.truncate(title, toWidth: rect.width - 6) + " ", at: Point(x: rect.x + 2, y: rect.y), style: titleStyle)
        }
        return rect.inset(by: 1)
    }
}

/// Wrapped text: words are kept whole where they fit, lines broken by display width.
public struct Paragraph: Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// The lines the text takes at `width` columns (data text is sanitised first).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in TextSanitizer.sanitizeLines(text) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
                let wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                var piece = word
                // A word longer than the line is cut into line-sized pieces.
                while DisplayWidth.of(piece) > width {
                    var head = "", headWidth = 0
                    for character in piece {
                        let w = DisplayWidth.of(character)
                        if headWidth + w > width { break }
                        head.append(character)
                        headWidth += w
                    }
                    lines.append(head)
                    piece = String(piece.dropFirst(head.count))
                }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += piece
                lineWidth += DisplayWidth.of(piece)
            }
            lines.append(line)
        }
        return lines
    }

    /// Draws the lines from `scroll` on; returns the number of lines the text takes in all.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer, scroll: Int = 0) -> Int {
        let lines = Paragraph.wrap(text, width: rect.width)
        for (row, line) in lines.dropFirst(scroll).prefix(rect.height).enumerated() {
            buffer.write(line, at: Point(x: rect.x, y: rect.y + row), style: style, maxWidth: rect.width)
        }
        return lines.count
    }
}
