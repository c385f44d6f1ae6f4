import CustomerCore
import Foundation
import TerminalCore

/// Draws the import wizard's current step and the export dialog.
struct ImportWizardView {
    let theme: Theme

    func draw(_ wizard: ImportWizardState, groups: [CustomerGroup], in screen: Rect, on buffer: inout ScreenBuffer) -> Point? {
        let popup = Popup(title: title(wizard.step), width: min(screen.width, 100), height: min(screen.height, 22),
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        var y = inner.y
        func line(_ text: String, _ role: ThemeRole = .text) {
            guard y < inner.maxY - 1 else { return }
            buffer.write(text, at: Point(x: inner.x, y: y), style: theme[role], maxWidth: inner.width)
            y += 1
        }
        var caret: Point?
        switch wizard.step {
        case .choosingFile:
            line("The CSV file to import (Square, Mailchimp, Constant Contact or any spreadsheet):", .muted)
            y += 1
            var field = wizard.path
            caret = field.draw(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), on: &buffer, style: theme[.inputFocused])
            y += 2
            if let error = wizard.error { line("⚠ " + error, .error) }
            for candidate in wizard.completions.prefix(inner.maxY - y - 2) { line("  " + candidate, .muted) }
        case .mapping:
            guard let preview = wizard.preview else { break }
            line("Read as \(preview.encoding.rawValue), separated by \(preview.delimiter == "\t" ? "tabs" : "“\(preview.delimiter)”"); \(preview.headers.count) columns.", .muted)
            line("Each column goes to the field on the right: ↑↓ pick a column, ←→ change where it goes.", .muted)
            y += 1
            let columns = Layout.horizontal(Rect(x: inner.x, y: 0, width: inner.width, height: 1), [.percent(28), .percent(40), .fill])
            buffer.write("Column", at: Point(x: columns[0].x, y: y), style: theme[.header])
            buffer.write("First rows", at: Point(x: columns[1].x, y: y), style: theme[.header])
            buffer.write("Goes to", at: Point(x: columns[2].x, y: y), style: theme[.header])
            y += 1
            var scroll = ListScroll()
            let visible = max(1, inner.maxY - y - 1)
            scroll.reveal(wizard.selectedColumn, visibleRows: visible, count: preview.headers.count)
            for index in scroll.offset..<min(preview.headers.count, scroll.offset + visible) {
                let selected = index == wizard.selectedColumn
                let style = selected ? theme[.selection] : theme[.text]
                if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
                let samples = preview.sampleRows.compactMap { index < $0.count ? $0[index] : nil }.filter { !$0.isEmpty }.prefix(3).joined(separator: " · ")
                buffer.write(DisplayWidth.truncate(preview.headers[index], toWidth: columns[0].width - 1), at: Point(x: columns[0].x, y: y), style: style)
                buffer.write(DisplayWidth.truncate(samples, toWidth: columns[1].width - 1), at: Point(x: columns[1].x, y: y), style: selected ? style : theme[.muted])
                let target = wizard.targets[index]
                buffer.write((selected ? "◂ " : "") + target.label + (selected ? " ▸" : ""), at: Point(x: columns[2].x, y: y),
                             style: target == .ignore && !selected ? theme[.muted] : style, maxWidth: columns[2].width)
                y += 1
            }
        case .choosingGroup:
            line("Put the imported customers in:", .muted)
            y += 1
            let newLabel = "A new group: "
            let style0 = wizard.groupChoice == 0 ? theme[.selection] : theme[.text]
            buffer.write((wizard.groupChoice == 0 ? "● " : "○ ") + newLabel, at: Point(x: inner.x, y: y), style: style0)
            var field = wizard.newGroupName
            let placeholder = wizard.preview.map { ImportPlan.defaultGroupName(fileName: URL(fileURLWithPath: $0.path).lastPathComponent) } ?? ""
            let point = field.draw(in: Rect(x: inner.x + 2 + newLabel.count, y: y, width: inner.width - newLabel.count - 2, height: 1), on: &buffer,
                                   style: theme[.input], placeholder: placeholder, placeholderStyle: theme[.placeholder])
            if wizard.groupChoice == 0 { caret = point }
            y += 1
            for (index, group) in groups.enumerated() where y < inner.maxY - 2 {
                let chosen = wizard.groupChoice == index + 1
                line((chosen ? "● " : "○ ") + "\(group.name) (\(group.memberCount.formatted()))", chosen ? .selection : .text)
            }
            let none = wizard.groupChoice == groups.count + 1
            line((none ? "● " : "○ ") + "No group", none ? .selection : .text)
            y += 1
            line("Enter imports everything in one transaction: stopped half-way, nothing is kept.", .muted)
        case .importing(let progress):
            line(wizard.isCancelling ? "Cancelling — nothing will be kept…" : "Importing \(wizard.preview?.path ?? "")…", .muted)
            y += 1
            ProgressBar(fraction: progress.fraction, label: "\(progress.rows.formatted()) rows · \(Int(progress.rowsPerSecond).formatted()) rows/s",
                        filledStyle: theme[.selection], emptyStyle: theme[.text]).draw(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), on: &buffer)
            y += 2
            line("Esc cancels; the directory stays exactly as it was.", .muted)
        case .finished(let outcome):
            switch outcome {
            case .cancelled:
                line("Cancelled. Nothing was imported; the directory is as it was.", .alert)
            case .failed(let message):
                line("The import stopped: nothing was imported.", .error)
                for text in Paragraph.wrap(message, width: inner.width) { line(text, .error) }
            case .imported(let report):
                line("Imported \(report.imported.formatted()) customers\(report.groupName.map { " into “\($0)”" } ?? "") in \(String(format: "%.1f", report.seconds)) s.", .success)
                line("\(report.rejectedRows.formatted()) rows rejected · \(report.possibleDuplicates.formatted()) new profiles look like duplicates of others"
                     + (report.possibleDuplicates > 0 ? AppText.reviewImportedDuplicates : "."), report.rejectedRows > 0 || report.possibleDuplicates > 0 ? .alert : .text)
                if let rejects = report.rejectsPath { line("The rejected rows, with the reason, are in \(rejects) — fix and import it again.", .muted) }
                y += 1
                for problem in report.problems.prefix(max(0, inner.maxY - y - 2)) { line("  " + problem.description, .error) }
            }
        }
        var footerText = footer(wizard.step)
        if case .finished(.imported(let report)) = wizard.step, report.possibleDuplicates > 0 { footerText = AppText.importSummaryFooterWithDuplicates }
        buffer.write(footerText, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }

    func title(_ step: ImportWizardState.Step) -> String {
        switch step {
        case .choosingFile: "Import · 1 of 4 · file"
        case .mapping: "Import · 2 of 4 · columns"
        case .choosingGroup: "Import · 3 of 4 · group"
        case .importing: "Import · 4 of 4 · importing"
        case .finished: "Import · summary"
        }
    }

    func footer(_ step: ImportWizardState.Step) -> String {
        switch step {
        case .choosingFile: "enter read the file · tab complete · esc close"
        case .mapping: "↑↓ column · ←→ where it goes · enter next · esc back"
        case .choosingGroup: "↑↓ choose · type a name for the new group · enter import · esc back"
        case .importing: "esc cancel"
        case .finished: "enter close"
        }
    }

    func draw(_ dialog: ExportDialogState, in screen: Rect, on buffer: inout ScreenBuffer) -> Point? {
        let inner = Popup(title: "Export", width: min(screen.width, 80), height: 9, borderStyle: theme[.focusedBorder], titleStyle: theme[.title],
                          background: theme[.text]).draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        let rows = ["Format      ◂ \(dialog.format.label) ▸",
                    "Customers   ◂ " + (dialog.onlyCurrentFilter ? AppText.exportCurrentFilter(dialog.filterLabel) : AppText.exportWholeDirectory) + " ▸",
                    "File        "]
        for (index, text) in rows.enumerated() {
            buffer.write(text, at: Point(x: inner.x, y: inner.y + index * 2), style: index == dialog.focusedRow ? theme[.title] : theme[.text],
                         maxWidth: inner.width)
        }
        var field = dialog.path
        let caret = field.draw(in: Rect(x: inner.x + 12, y: inner.y + 4, width: inner.width - 12, height: 1), on: &buffer,
                               style: dialog.focusedRow == 2 ? theme[.inputFocused] : theme[.input])
        buffer.write("tab next · ←→ change · enter export · esc close", at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted])
        return dialog.focusedRow == 2 ? caret : nil
    }
}
