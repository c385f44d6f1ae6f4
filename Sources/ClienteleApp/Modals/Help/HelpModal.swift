import TerminalCore

/// The `?` overlay, generated from the key map: this screen's keys first, then the rest. Long
/// descriptions wrap under their own column; the list scrolls when it is longer than the screen.
public struct HelpModal: ModalContent {
    /// The screen it explains.
    public var explained: KeyScope
    /// The first line shown.
    public var offset = 0

    public init(explaining scope: KeyScope) { explained = scope }

    public var scope: KeyScope { .help }

    /// Width of the keys column.
    static let keysWidth = 18

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .help(let action)? = action else { return .stay }
        let visible = Self.visibleLines(in: app.size)
        let last = max(0, lines(width: Self.textWidth(in: app.size), keyMap: update.keyMap).count - visible)
        switch action {
        case .scrollDown: offset += 1
        case .scrollUp: offset -= 1
        case .pageDown: offset += max(1, visible - 1)
        case .pageUp: offset -= max(1, visible - 1)
        case .cancelModal: return .close
        }
        offset = max(0, min(last, offset))
        return .stay
    }

    /// The overlay covers the panes (so no border of theirs shows beside its own).
    static func popupSize(in size: Size) -> Size { Size(width: size.width, height: max(0, size.height - 2)) }
    /// Inside the border, less the footer line.
    static func visibleLines(in size: Size) -> Int { max(1, popupSize(in: size).height - 3) }
    static func textWidth(in size: Size) -> Int { max(10, popupSize(in: size).width - 4) }

    /// Every line of the overlay at this width: section titles, then each binding's keys and its
    /// words, wrapped under the words' column.
    func lines(width: Int, keyMap: KeyMap) -> [(String, ThemeRole)] {
        let text = AppText.current
        let wordsWidth = max(8, width - 2 - Self.keysWidth)
        var lines: [(String, ThemeRole)] = []
        for section in [explained, .global] + KeyScope.allCases.filter({ $0 != explained && $0 != .global && $0 != .help }) {
            let bindings = keyMap.bindings(in: section)
            guard !bindings.isEmpty else { continue }
            lines.append((text.scopeTitle(section), .header))
            for binding in bindings {
                let keys = DisplayWidth.pad(binding.keys.map(\.description).joined(separator: " "), toWidth: Self.keysWidth)
                for (index, part) in Paragraph.wrap(text.help(for: binding), width: wordsWidth).enumerated() {
                    lines.append(("  " + (index == 0 ? keys : String(repeating: " ", count: Self.keysWidth)) + part, .text))
                }
            }
            lines.append(("", .text))
        }
        return lines
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let text = AppText.current, theme = context.theme
        let size = Self.popupSize(in: context.state.size)
        let inner = context.popup(text.helpTitle(text.scopeTitle(explained)), width: size.width, height: size.height, in: screen, on: &buffer)
        let all = lines(width: Self.textWidth(in: context.state.size), keyMap: context.keyMap)
        let visible = Self.visibleLines(in: context.state.size)
        let first = max(0, min(offset, all.count - visible))
        for (row, line) in all.dropFirst(first).prefix(visible).enumerated() {
            buffer.write(line.0, at: Point(x: inner.x + 1, y: inner.y + row), style: theme[line.1], maxWidth: inner.width - 2)
        }
        var footer = text.escClose
        if all.count > visible { footer += " · " + text.helpScroll(first + 1, min(all.count, first + visible), all.count) }
        buffer.write(footer, at: Point(x: inner.x + 1, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width - 2)
        return nil
    }
}
