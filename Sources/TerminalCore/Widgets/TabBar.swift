/// A row of numbered tabs; reports where each tab was drawn so mouse clicks can select it.
public struct TabBar: Sendable {
    public var titles: [String]
    public var activeStyle: Style
    public var inactiveStyle: Style

    public init(titles: [String], activeStyle: Style = Style(reverse: true), inactiveStyle: Style = .plain) {
        self.titles = titles
        self.activeStyle = activeStyle
        self.inactiveStyle = inactiveStyle
    }

    /// Draws "1 Main  2 Info …"; narrow spaces drop the titles to numbers. Returns each tab's rect.
    @discardableResult
    public func draw(active: Int, in rect: Rect, on buffer: inout ScreenBuffer) -> [Rect] {
        let full = titles.enumerated().map { " \($0.offset + 1) \($0.element) " }
        let needed = full.reduce(0) { $0 + DisplayWidth.of($1) }
        let labels = needed <= rect.width ? full : titles.enumerated().map { $0.offset == active ? " \($0.offset + 1) \($0.element) " : " \($0.offset + 1) " }
        var x = rect.x
        var hits: [Rect] = []
        for (index, label) in labels.enumerated() {
            let used = buffer.write(label, at: Point(x: x, y: rect.y), style: index == active ? activeStyle : inactiveStyle, maxWidth: max(0, rect.maxX - x))
            hits.append(Rect(x: x, y: rect.y, width: used, height: 1))
            x += used
        }
        return hits
    }
}

/// A centred box drawn over a cleared area: the frame of every modal.
public struct Popup: Sendable {
    public var title: String
    public var width: Int
    public var height: Int
    public var borderStyle: Style
    public var titleStyle: Style
    public var background: Style

    public init(title: String, width: Int, height: Int, borderStyle: Style = .plain, titleStyle: Style = Style(bold: true), background: Style = .plain) {
        self.title = title
        self.width = width
        self.height = height
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.background = background
    }

    /// Clears the area, draws the frame; returns the inner area.
    @discardableResult
    public func draw(in screen: Rect, on buffer: inout ScreenBuffer) -> Rect {
        let rect = Rect.centered(width: width, height: height, in: screen)
        buffer.fill(rect, with: background)
        return Block(title: title, borderStyle: borderStyle, titleStyle: titleStyle).draw(in: rect, on: &buffer)
    }
}

/// A bar showing a fraction done with a label ("45,000 of 100,000 rows · 52,000 rows/s").
public struct ProgressBar: Sendable {
    public var fraction: Double
    public var label: String
    public var filledStyle: Style
    public var emptyStyle: Style

    public init(fraction: Double, label: String = "", filledStyle: Style = Style(reverse: true), emptyStyle: Style = .plain) {
        self.fraction = fraction
        self.label = label
        self.filledStyle = filledStyle
        self.emptyStyle = emptyStyle
    }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        let clamped = max(0, min(1, fraction.isNaN ? 0 : fraction))
        let filled = Int((Double(rect.width) * clamped).rounded(.down))
        let percent = "\(Int((clamped * 100).rounded(.down)))%"
        let text = DisplayWidth.pad(label.isEmpty ? percent : "\(percent)  \(label)", toWidth: rect.width, ellipsis: "…")
        var x = rect.x
        for character in text {
            let style = x - rect.x < filled ? filledStyle : emptyStyle
            x += buffer.write(String(character), at: Point(x: x, y: rect.y), style: style, maxWidth: rect.maxX - x)
        }
        if filled > 0 { buffer.restyle(Rect(x: rect.x, y: rect.y, width: filled, height: 1)) { $0 = filledStyle } }
    }
}

/// The bottom line: key hints on the left ("n new  / search"), counts and alerts on the right.
public struct StatusBar: Sendable {
    public var hints: [(key: String, label: String)]
    public var right: String
    public var barStyle: Style
    public var keyStyle: Style
    public var rightStyle: Style
    /// Columns the right-hand text may take (half the bar unless an alert needs more).
    public var rightMaxWidth: Int?

    public init(hints: [(key: String, label: String)], right: String = "", barStyle: Style = Style(reverse: true),
                keyStyle: Style = Style(bold: true, reverse: true), rightStyle: Style? = nil, rightMaxWidth: Int? = nil) {
        self.hints = hints
        self.right = right
        self.barStyle = barStyle
        self.keyStyle = keyStyle
        self.rightStyle = rightStyle ?? barStyle
        self.rightMaxWidth = rightMaxWidth
    }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        buffer.fill(rect.row(0), with: barStyle)
        let rightWidth = min(DisplayWidth.of(right), rightMaxWidth.map { min($0, rect.width - 2) } ?? rect.width / 2)
        let rightText = DisplayWidth.truncate(right, toWidth: rightWidth)
        let leftLimit = rect.maxX - (rightWidth > 0 ? rightWidth + 2 : 0)
        var x = rect.x + 1
        for hint in hints {
            let needed = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 2
            // A hint too long for what is left is skipped, not the end: shorter ones after it may still fit.
            if x + needed > leftLimit { continue }
            x += buffer.write(hint.key, at: Point(x: x, y: rect.y), style: keyStyle)
            x += buffer.write(" " + hint.label + "  ", at: Point(x: x, y: rect.y), style: barStyle)
        }
        if rightWidth > 0 {
            buffer.write(rightText, at: Point(x: rect.maxX - 1 - DisplayWidth.of(rightText), y: rect.y), style: rightStyle)
        }
    }
}
