import CustomerCore
import Foundation
import TerminalCore

/// A document's preview (enter on the Documents tab): its metadata always; the image drawn with
/// chafa or the first page's text with pdftotext when they are installed, else which package
/// would show more. ↑↓ scroll a long page; Escape closes.
public struct DocumentPreviewState: ModalContent {
    public let attachment: Attachment
    public var details: DocumentDetails?
    public var outcome: PreviewOutcome?
    public var scroll = 0

    public init(attachment: Attachment) { self.attachment = attachment }

    public var scope: KeyScope { .documentPreview }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .documentPreview(let action)? = action else { return .stay }
        switch action {
        case .scrollDown: scroll += 1
        case .scrollUp: scroll = max(0, scroll - 1)
        case .cancelModal: return .close
        }
        return .stay
    }

    /// The room the preview gets on a screen of `size` (the tools are asked for at most this).
    static func previewArea(_ size: Size) -> Size {
        Size(width: max(10, min(size.width, 100) - 4), height: max(3, min(size.height, 40) - 9))
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let popup = Popup(title: attachment.fileName, width: min(screen.width, 100), height: min(screen.height, 40),
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        var facts = [attachment.fileType.label, ByteCountText.format(attachment.byteCount)]
        if let width = details?.pixelWidth, let height = details?.pixelHeight { facts.append(text.pixelSize(width, height)) }
        if let pages = details?.pageCount { facts.append(text.pageCount(pages)) }
        facts.append(text.addedOn(DateText.dateTime(attachment.createdAt)))
        buffer.write(facts.joined(separator: " · "), at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width)
        let area = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 3))
        switch outcome {
        case nil:
            buffer.write(text.loading, at: Point(x: area.x, y: area.y), style: theme[.muted])
        case .lines(let lines)?:
            let shown = lines.dropFirst(min(scroll, max(0, lines.count - area.height))).prefix(area.height)
            for (row, line) in shown.enumerated() {
                buffer.write(line, at: Point(x: area.x, y: area.y + row), style: theme[.text], maxWidth: area.width)
            }
            if lines.isEmpty { buffer.write(text.previewEmpty, at: Point(x: area.x, y: area.y), style: theme[.muted], maxWidth: area.width) }
        case .toolMissing(let tool, let package)?:
            for (row, line) in Paragraph.wrap(text.previewNeedsPackage(tool, package), width: area.width).enumerated() {
                buffer.write(line, at: Point(x: area.x, y: area.y + row), style: theme[.muted], maxWidth: area.width)
            }
        case .failed(let reason)?:
            for (row, line) in Paragraph.wrap(text.previewFailed(reason), width: area.width).enumerated() {
                buffer.write(line, at: Point(x: area.x, y: area.y + row), style: theme[.error], maxWidth: area.width)
            }
        }
        buffer.write(text.previewFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return nil
    }
}
