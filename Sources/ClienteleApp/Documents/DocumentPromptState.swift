import CustomerCore
import Foundation
import TerminalCore

/// One line to type for a document: the file to attach (Tab completes, starting in the folder
/// Clientele was started from), a new name, or the folder to save a copy in. Enter does it; a
/// refusal (which rule, the file's real type and size) is said here and the prompt stays.
public struct DocumentPromptState: ModalContent {
    public enum Purpose: Equatable, Sendable {
        case attach(CustomerID)
        case rename(Attachment)
        case export(Attachment)
        /// The folder to write a card's authorization form in (cards on file, `p`).
        case authorizationForm(CardOnFile, customerName: String)
    }

    public let purpose: Purpose
    public var field = TextField(maxLength: 4096)
    public var completions: [String] = []
    public var problem: String?
    public var isWorking = false

    public init(purpose: Purpose, text: String) {
        self.purpose = purpose
        field.setText(text)
    }

    public var scope: KeyScope { .documentPrompt }
    public var takesPrintableCharacters: Bool { true }

    var completesPaths: Bool {
        switch purpose {
        case .attach, .export, .authorizationForm: true
        case .rename: false
        }
    }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .documentPrompt(let action)? = action else {
            if field.handle(key) { problem = nil; completions = [] }
            return .stay
        }
        switch action {
        case .completePath:
            if completesPaths { return .stay([.documents(.completePath(field.text))]) }
        case .confirm:
            guard !isWorking else { return .stay }
            isWorking = true
            problem = nil
            switch purpose {
            case .attach(let id): return .stay([.documents(.attach(path: field.text, to: id))])
            case .rename(let attachment): return .stay([.documents(.rename(attachment, to: field.text))])
            case .export(let attachment): return .stay([.documents(.export(attachment, folder: field.text, replacing: false))])
            case .authorizationForm(let card, let name):
                return .stay([.cardsOnFile(.writeAuthorization(card, customerName: name, folder: PathCompletion.expand(field.text.trimmingCharacters(in: .whitespaces))))])
            }
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let (title, prompt): (String, String) = switch purpose {
        case .attach: (text.attachTitle, text.attachPrompt)
        case .rename(let attachment): (text.renameDocumentTitle(attachment.fileName), text.renamePrompt)
        case .export(let attachment): (text.saveCopyTitle(attachment.fileName), text.saveCopyPrompt)
        case .authorizationForm(let card, _): (text.authorizationFormTitle(card.maskedLabel), text.saveCopyPrompt)
        }
        let inner = context.popup(title, width: min(screen.width, 90), height: min(screen.height, 14), in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        var y = inner.y
        for line in Paragraph.wrap(prompt, width: inner.width) {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width)
            y += 1
        }
        var input = field
        let caret = input.draw(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), on: &buffer, style: theme[.inputFocused])
        y += 2
        if let problem {
            for line in Paragraph.wrap("⚠ " + problem, width: inner.width) where y < inner.maxY - 1 {
                buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
                y += 1
            }
        }
        for candidate in completions where y < inner.maxY - 1 {
            buffer.write("  " + candidate, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width)
            y += 1
        }
        buffer.write(isWorking ? text.working : (completesPaths ? text.pathPromptFooter : text.namePromptFooter),
                     at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
