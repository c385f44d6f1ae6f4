import TerminalCore

/// The `?` overlay, generated from the key map: this screen's keys first, then the rest.
public struct HelpModal: ModalContent {
    /// The screen it explains.
    public var explained: KeyScope

    public init(explaining scope: KeyScope) { explained = scope }

    public var scope: KeyScope { .help }

    /// Only closing is bound; the overlay has nothing else to do.
    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply { .stay }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let text = AppText.current, theme = context.theme
        let inner = context.popup(text.helpTitle(text.scopeTitle(explained)), width: min(screen.width, 78), height: screen.height, in: screen, on: &buffer)
        var lines: [(String, ThemeRole)] = []
        for section in [explained, .global] + KeyScope.allCases.filter({ $0 != explained && $0 != .global && $0 != .help }) {
            let bindings = context.keyMap.bindings(in: section)
            guard !bindings.isEmpty else { continue }
            lines.append((text.scopeTitle(section), .header))
            for binding in bindings {
                lines.append(("  " + DisplayWidth.pad(binding.keys.map(\.description).joined(separator: " "), toWidth: 22) + text.help(for: binding), .text))
            }
            lines.append(("", .text))
        }
        for (row, line) in lines.prefix(inner.height - 1).enumerated() {
            buffer.write(line.0, at: Point(x: inner.x + 1, y: inner.y + row), style: theme[line.1], maxWidth: inner.width - 2)
        }
        buffer.write(text.escClose, at: Point(x: inner.x + 1, y: inner.maxY - 1), style: theme[.muted])
        return nil
    }
}
