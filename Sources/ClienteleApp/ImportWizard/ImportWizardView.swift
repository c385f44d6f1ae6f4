import CustomerCore
import Foundation
import TerminalCore

/// Draws the import wizard's current step.
struct ImportWizardView {
    let theme: Theme
    var text: AppText { AppText.current }

    func draw(_ wizard: ImportWizardState, groups: [CustomerGroup], in screen: Rect, on buffer: inout ScreenBuffer) -> Point? {
        let popup = Popup(title: title(wizard.step), width: min(screen.width, 100), height: min(screen.height, 22),
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        var y = inner.y
        /// A sentence, wrapped onto as many lines as it needs (a path or a reason is never cut off);
        /// lines that start indented keep the indent on the lines that follow.
        func line(_ text: String, _ role: ThemeRole = .text) {
            let indent = String(text.prefix { $0 == " " })
            for (index, part) in Paragraph.wrap(String(text.dropFirst(indent.count)), width: max(1, inner.width - indent.count - 2)).enumerated() {
                guard y < inner.maxY - 1 else { return }
                buffer.write((index == 0 ? indent : indent + "  ").prefix(inner.width) + part, at: Point(x: inner.x, y: y), style: theme[role], maxWidth: inner.width)
                y += 1
            }
        }
        var caret: Point?
        switch wizard.step {
        case .choosingFile:
            line(text.importFilePrompt, .muted)
            y += 1
            var field = wizard.path
            caret = field.draw(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), on: &buffer, style: theme[.inputFocused])
            y += 2
            if let problem = wizard.problem { line("⚠ " + problem.text, .error) }
            for candidate in wizard.completions.prefix(inner.maxY - y - 2) { line("  " + candidate, .muted) }
        case .mapping:
            guard let preview = wizard.preview else { break }
            line(text.readAs(preview.encoding.rawValue, preview.delimiter == "\t" ? text.tabsSeparator : "“\(preview.delimiter)”", preview.headers.count), .muted)
            line(text.mappingExplanation, .muted)
            y += 1
            let columns = Layout.horizontal(Rect(x: inner.x, y: 0, width: inner.width, height: 1), [.percent(28), .percent(40), .fill])
            buffer.write(text.columnHeader, at: Point(x: columns[0].x, y: y), style: theme[.header])
            buffer.write(text.firstRowsHeader, at: Point(x: columns[1].x, y: y), style: theme[.header])
            buffer.write(text.goesToHeader, at: Point(x: columns[2].x, y: y), style: theme[.header])
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
                buffer.write((selected ? "◂ " : "") + text.label(of: target) + (selected ? " ▸" : ""), at: Point(x: columns[2].x, y: y),
                             style: target == .ignore && !selected ? theme[.muted] : style, maxWidth: columns[2].width)
                y += 1
            }
        case .choosingGroup:
            line(text.groupPrompt, .muted)
            y += 1
            let newLabel = text.newGroupLabel
            let style0 = wizard.groupChoice == 0 ? theme[.selection] : theme[.text]
            buffer.write((wizard.groupChoice == 0 ? "● " : "○ ") + newLabel, at: Point(x: inner.x, y: y), style: style0)
            var field = wizard.newGroupName
            let placeholder = wizard.preview.map { ImportPlan.defaultGroupName(fileName: URL(fileURLWithPath: $0.path).lastPathComponent) } ?? ""
            let point = field.draw(in: Rect(x: inner.x + 2 + newLabel.count, y: y, width: inner.width - newLabel.count - 2, height: 1), on: &buffer,
                                   style: theme[.input], placeholder: placeholder, placeholderStyle: theme[.placeholder])
            if wizard.groupChoice == 0 { caret = point }
            y += 1
            if let taken = wizard.takenGroupName { line("⚠ " + text.groupNameTaken(taken), .error) }
            for (index, group) in groups.enumerated() where y < inner.maxY - 2 {
                let chosen = wizard.groupChoice == index + 1
                line((chosen ? "● " : "○ ") + "\(group.name) (\(group.memberCount.formatted()))", chosen ? .selection : .text)
            }
            let none = wizard.groupChoice == groups.count + 1
            line((none ? "● " : "○ ") + text.noGroup, none ? .selection : .text)
        case .choosingOptions:
            guard let preview = wizard.preview else { break }
            line(text.importOptionsPrompt, .muted)
            y += 1
            func option(_ option: ImportOption, _ label: String, _ value: String) {
                let selected = wizard.option == option
                line((selected ? "▸ " : "  ") + label + ": " + (selected ? "◂ " + value + " ▸" : value), selected ? .selection : .text)
            }
            let region = wizard.phoneRegion ?? preview.shopRegion
            let regionValue = text.countryWithCode(text.countryName(region), PhoneNumberParser(defaultRegion: region).countryCode)
                + (wizard.phoneRegion == nil ? " · " + text.shopsCountry : "")
            option(.phoneRegion, text.phoneRegionLabel, regionValue)
            if let guess = preview.phoneGuess { line("   " + text.phoneRegionQuestion(guess, text.countryName(guess.region), text.countryName(preview.shopRegion)), .alert) }
            y += 1
            option(.unreadablePhones, text.unreadablePhoneLabel, wizard.keepsUnreadablePhones ? text.keepUnreadablePhoneChoice : text.refuseUnreadablePhoneChoice)
            y += 1
            option(.run, text.importRunLabel, wizard.isDryRun ? text.dryRunChoice : text.importForRealChoice)
            y += 1
            line(wizard.isDryRun ? text.dryRunNote : text.importTransactionNote, .muted)
        case .confirmingCustomFields(let count):
            line(text.manyCustomFieldsQuestion(count), .alert)
            y += 1
            line(text.manyCustomFieldsHint, .muted)
        case .importing(let progress):
            line(wizard.isCancelling ? text.cancelling : text.importingFile(wizard.preview?.path ?? ""), .muted)
            y += 1
            ProgressBar(fraction: progress.fraction, label: text.importProgress(progress.rows, Int(progress.rowsPerSecond)),
                        filledStyle: theme[.selection], emptyStyle: theme[.text]).draw(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), on: &buffer)
            y += 2
            line(text.escCancels, .muted)
        case .finished(let outcome):
            switch outcome {
            case .cancelled:
                line(text.importCancelled, .alert)
            case .failed(let message):
                line(text.importStopped, .error)
                line(message, .error)
            case .imported(let report):
                line(report.isDryRun ? text.dryRunDone(report) : text.importedIn(report, String(format: "%.1f", report.seconds)), .success)
                line(text.importRejectedAndDuplicates(report.rejectedRows, report.possibleDuplicates)
                     + (report.possibleDuplicates > 0 ? text.reviewImportedDuplicates : "."), report.rejectedRows > 0 || report.possibleDuplicates > 0 ? .alert : .text)
                if let rejects = report.rejectsPath { line(text.rejectsFile(rejects), .muted) }
                y += 1
                for problem in report.problems.prefix(max(0, inner.maxY - y - 2)) { line("  " + problem.description, .error) }
            }
        }
        var footerText = footer(wizard.step)
        if case .finished(.imported(let report)) = wizard.step {
            if report.isDryRun { footerText = text.importFooterDryRun } else if report.possibleDuplicates > 0 { footerText = text.importSummaryFooterWithDuplicates }
        }
        buffer.write(footerText, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }

    func title(_ step: ImportWizardState.Step) -> String {
        switch step {
        case .choosingFile: text.importTitleFile
        case .mapping: text.importTitleColumns
        case .choosingGroup, .confirmingCustomFields: text.importTitleGroup
        case .choosingOptions: text.importTitleOptions
        case .importing: text.importTitleImporting
        case .finished: text.importTitleSummary
        }
    }

    func footer(_ step: ImportWizardState.Step) -> String {
        switch step {
        case .choosingFile: text.importFooterFile
        case .mapping: text.importFooterMapping
        case .choosingGroup: text.importFooterGroup
        case .confirmingCustomFields: text.yesNoAnswers
        case .choosingOptions: text.importFooterOptions
        case .importing: text.importFooterImporting
        case .finished: text.importFooterFinished
        }
    }
}

extension ImportWizardState {
    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        ImportWizardView(theme: context.theme).draw(self, groups: context.state.directory.groups, in: screen, on: &buffer)
    }
}
