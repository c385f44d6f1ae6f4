import CustomerCore
import TerminalCore

/// A yes/no question's words, as a value of the feature that asks it; put into words when drawn.
public protocol ConfirmQuestion: Equatable, Sendable {
    var title: String { get }
    var message: String { get }
}

/// What "yes" does, as data: close the modal below (the one that asked), say something, run effects.
public struct ConfirmYes: Equatable, Sendable {
    public var closesModalBelow: Bool
    public var status: StatusMessage?
    public var effects: [Effect]

    public init(closesModalBelow: Bool = false, status: StatusMessage? = nil, effects: [Effect] = []) {
        self.closesModalBelow = closesModalBelow
        self.status = status
        self.effects = effects
    }
}

/// A yes/no question and what "yes" does. "No" only closes it.
public struct ConfirmState: ModalContent {
    public let question: any ConfirmQuestion
    public var onYes: ConfirmYes

    public init(_ question: some ConfirmQuestion, onYes: ConfirmYes) {
        self.question = question
        self.onYes = onYes
    }

    public var scope: KeyScope { .confirm }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .confirm(let answer)? = action else { return .stay }
        switch answer {
        case .confirm:
            if onYes.closesModalBelow { app.modals.pop() }
            if let status = onYes.status { app.status = status }
            return .close(onYes.effects)
        case .decline:
            return .close
        }
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme
        // Three lines hold most questions; a longer one (an erasure naming all that goes) grows the box, up to the screen.
        let width = 56
        let messageLines = max(3, Paragraph.wrap(question.message, width: width - 4).count)
        let inner = context.popup(question.title, width: width, height: min(messageLines + 4, max(7, screen.height - 2)), in: screen, on: &buffer)
        Paragraph(question.message, style: theme[.text]).draw(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: max(1, inner.height - 2)), on: &buffer)
        buffer.write(AppText.current.yesNoAnswers, at: Point(x: inner.x + 1, y: inner.maxY - 1), style: theme[.muted])
        return nil
    }

    public static func == (lhs: ConfirmState, rhs: ConfirmState) -> Bool {
        lhs.onYes == rhs.onYes && sameValue(lhs.question, rhs.question)
    }
}
