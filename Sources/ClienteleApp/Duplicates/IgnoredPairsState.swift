import CustomerCore
import TerminalCore

/// The pairs someone said are not the same person (`I` in the review): any can be suggested
/// again, so an "ignore" pressed by mistake is never final.
public struct IgnoredPairsState: ModalContent {
    /// nil until loaded.
    public var pairs: [IgnoredPair]?
    public var selected = 0

    public init() {}

    public var scope: KeyScope { .ignoredPairs }

    public var selectedPair: IgnoredPair? {
        guard let pairs, pairs.indices.contains(selected) else { return nil }
        return pairs[selected]
    }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .ignoredPairs(let action)? = action else { return .stay }
        switch action {
        case .moveDown: selected = min(max(0, (pairs?.count ?? 0) - 1), selected + 1)
        case .moveUp: selected = max(0, selected - 1)
        case .unignore:
            guard let pair = selectedPair else { break }
            return .stay([.duplicates(.unignore(CustomerPair(pair.firstID, pair.secondID)))])
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let text = AppText.current, theme = context.theme
        let inner = context.popup(text.ignoredPairsTitle, width: min(screen.width, 90), height: min(screen.height, 20), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        guard inner.height > 2 else { return nil }
        guard let pairs else {
            buffer.write(text.loading, at: Point(x: inner.x, y: inner.y), style: theme[.muted])
            return nil
        }
        if pairs.isEmpty { buffer.write(text.noIgnoredPairs, at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width) }
        let visible = inner.height - 1
        let first = max(0, min(selected - visible + 1, pairs.count - visible))
        for (row, index) in (first..<min(pairs.count, first + visible)).enumerated() {
            let pair = pairs[index]
            let line = "\(pair.firstName) (#\(pair.firstID)) · \(pair.secondName) (#\(pair.secondID))"
            let when = DateText.short(pair.ignoredAt)
            let width = inner.width - DisplayWidth.of(when) - 1
            let style = index == selected ? theme[.selection] : theme[.text]
            buffer.write(DisplayWidth.pad(line, toWidth: width) + " " + when, at: Point(x: inner.x, y: inner.y + row), style: style, maxWidth: inner.width)
        }
        buffer.write(text.ignoredPairsFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return nil
    }
}
