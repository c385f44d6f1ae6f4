import TerminalCore

/// Offered once, over an empty directory: demo customers, an import, a first customer.
public struct WelcomeModal: ModalContent {
    public init() {}

    public var scope: KeyScope { .welcome }

    /// Its keys are the shell's own actions (`d`, `i`, `n`, `q`), performed with the welcome closed.
    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .welcome(let action)? = action else { return .stay }
        return .close(update.perform(action, &app))
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let text = AppText.current, theme = context.theme
        let inner = context.popup(text.welcomeTitle, width: 60, height: text.welcomeLines.count + 2, in: screen, on: &buffer)
        for (row, line) in text.welcomeLines.enumerated() {
            buffer.write(line, at: Point(x: inner.x + 1, y: inner.y + row), style: row == 0 ? theme[.title] : theme[.text], maxWidth: inner.width - 2)
        }
        return nil
    }
}
