import CustomerCore
import TerminalCore

/// Draws the merge review: every field with both values side by side and the kept one marked;
/// over it, the documents question when both profiles hold too many.
struct MergeReviewView {
    let theme: Theme

    static let labelWidth = 15
    /// Lines besides the rows: heading (two), column header; message, combines note, overflow note; footer.
    static let fixedLines = 7

    func draw(_ review: MergeReviewState, in screen: Rect, on buffer: inout ScreenBuffer) {
        let plan = review.plan
        let popup = Popup(title: AppText.current.mergeReviewTitle, width: screen.width, height: screen.height,
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        guard inner.height > Self.fixedLines, inner.width > Self.labelWidth + 4 else { return }
        let survivorID = plan.survivor.id ?? 0, absorbedID = plan.absorbed.id ?? 0
        let heading = AppText.current.mergeHeading(plan.mergedCustomer.displayName, survivorID, plan.absorbed.displayName, absorbedID)
        for (row, line) in Paragraph.wrap(heading, width: inner.width).prefix(2).enumerated() {
            buffer.write(line, at: Point(x: inner.x, y: inner.y + row), style: theme[.text], maxWidth: inner.width)
        }

        let valueWidth = (inner.width - Self.labelWidth) / 2 - 1
        let leftX = inner.x + Self.labelWidth, rightX = leftX + valueWidth + 1
        let headerY = inner.y + 2
        buffer.write(AppText.current.mergeField, at: Point(x: inner.x, y: headerY), style: theme[.header])
        buffer.write(DisplayWidth.truncate(AppText.current.survivorColumn(survivorID), toWidth: valueWidth), at: Point(x: leftX, y: headerY), style: theme[.header])
        buffer.write(DisplayWidth.truncate(AppText.current.absorbedColumn(absorbedID), toWidth: valueWidth), at: Point(x: rightX, y: headerY), style: theme[.header])

        let rows = plan.rows
        let visible = inner.height - Self.fixedLines
        var scroll = ListScroll()
        scroll.reveal(review.selectedRow, visibleRows: visible, count: rows.count)
        if rows.isEmpty {
            buffer.write(AppText.current.mergeNoFields, at: Point(x: inner.x, y: headerY + 1), style: theme[.muted], maxWidth: inner.width)
        }
        for line in 0..<visible where scroll.offset + line < rows.count {
            let index = scroll.offset + line
            let row = rows[index]
            let y = headerY + 1 + line
            let selected = index == review.selectedRow && review.step == .reviewing
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: theme[.selection]) }
            let base = selected ? theme[.selection] : theme[row.differs ? .text : .muted]
            buffer.write(DisplayWidth.truncate(AppText.current.label(of: row), toWidth: Self.labelWidth - 1), at: Point(x: inner.x, y: y), style: base)
            for (side, x) in [(MergeSide.survivor, leftX), (.absorbed, rightX)] {
                let kept = row.chosen == side
                let text = side == .survivor ? row.survivorText : row.absorbedText
                let cell = (kept ? "● " : "○ ") + (text.isEmpty ? "—" : text)
                let style = selected ? base : (kept && row.differs ? theme[.success] : base)
                buffer.write(DisplayWidth.truncate(cell, toWidth: valueWidth), at: Point(x: x, y: y), style: style)
            }
        }

        var y = inner.maxY - 4
        if let notice = review.notice {
            buffer.write(notice.text, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
        } else if review.step == .applying {
            buffer.write(AppText.current.mergeApplying, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width)
        }
        y += 1
        buffer.write(AppText.current.mergeCombines, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width)
        y += 1
        if plan.exceedsAttachmentLimit {
            buffer.write(AppText.current.overflowMessage(plan), at: Point(x: inner.x, y: y), style: theme[.alert], maxWidth: inner.width)
        }
        buffer.write(AppText.current.mergeReviewFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)

        if review.step == .confirmingOverflow { drawOverflowQuestion(plan, in: screen, on: &buffer) }
    }

    /// "Keep the newest 100?" over the review, answered with y / n.
    func drawOverflowQuestion(_ plan: MergePlan, in screen: Rect, on buffer: inout ScreenBuffer) {
        let width = min(screen.width, 64)
        let lines = Paragraph.wrap(AppText.current.overflowMessage(plan), width: width - 4)
        let inner = Popup(title: AppText.current.overflowTitle, width: width, height: min(screen.height, lines.count + 4),
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text]).draw(in: screen, on: &buffer)
        for (row, line) in lines.prefix(max(0, inner.height - 2)).enumerated() {
            buffer.write(line, at: Point(x: inner.x + 1, y: inner.y + row), style: theme[.text], maxWidth: inner.width - 2)
        }
        buffer.write(AppText.current.overflowAnswers, at: Point(x: inner.x + 1, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width - 2)
    }
}

extension MergeReviewState {
    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        MergeReviewView(theme: context.theme).draw(self, in: screen, on: &buffer)
        return nil
    }
}
