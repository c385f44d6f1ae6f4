import CustomerCore
import Foundation
import TerminalCore

/// Keys and answers for the import wizard and the export dialog.
enum ImportWizardUpdate {
    static func handle(_ key: KeyEvent, _ wizard: inout ImportWizardState, _ state: inout AppState, keyMap: KeyMap) -> [Effect] {
        let action = keyMap.action(for: key, in: .importWizard)
        var effects: [Effect] = []
        switch wizard.step {
        case .choosingFile:
            switch action {
            case .confirm:
                wizard.error = nil
                effects = [.previewImport(path: wizard.path.text)]
            case .completePath:
                effects = [.completePath(wizard.path.text)]
            case .cancelModal:
                state.modals.removeLast()
                return []
            default:
                if wizard.path.handle(key) { wizard.completions = []; wizard.error = nil }
            }
        case .mapping:
            let count = wizard.targets.count
            switch action {
            case .nextField: wizard.selectedColumn = min(count - 1, wizard.selectedColumn + 1)
            case .previousField: wizard.selectedColumn = max(0, wizard.selectedColumn - 1)
            case .chooseNextOption, .choosePreviousOption:
                let options = wizard.options(forColumn: wizard.selectedColumn)
                let index = options.firstIndex(of: wizard.targets[wizard.selectedColumn]) ?? 0
                let step = action == .chooseNextOption ? 1 : options.count - 1
                wizard.targets[wizard.selectedColumn] = options[(index + step) % options.count]
            case .confirm: wizard.step = .choosingGroup
            case .cancelModal: wizard.step = .choosingFile
            default: break
            }
        case .choosingGroup:
            let last = state.directory.groups.count + 1
            switch action {
            case .nextField: wizard.groupChoice = min(last, wizard.groupChoice + 1)
            case .previousField: wizard.groupChoice = max(0, wizard.groupChoice - 1)
            case .confirm:
                guard let plan = wizard.plan(groups: state.directory.groups), let preview = wizard.preview else { break }
                wizard.step = .importing(ImportProgress(rows: 0, fraction: 0, rowsPerSecond: 0))
                effects = [.startImport(path: preview.path, plan: plan)]
            case .cancelModal: wizard.step = .mapping
            default:
                if wizard.groupChoice == 0 { _ = wizard.newGroupName.handle(key) }
            }
        case .importing:
            if action == .cancelModal, !wizard.isCancelling {
                wizard.isCancelling = true
                effects = [.cancelImport]
            }
        case .finished:
            if action == .confirm || action == .cancelModal {
                state.modals.removeLast()
                return []
            }
            if action == .openDuplicateReview {
                // From the summary straight to the suggestions the import created.
                state.modals.removeLast()
                return DuplicateReviewUpdate.open(&state)
            }
        }
        state.modals[state.modals.count - 1] = .importWizard(wizard)
        return effects
    }

    static func handle(_ key: KeyEvent, _ dialog: inout ExportDialogState, _ state: inout AppState, keyMap: KeyMap) -> [Effect] {
        let action = keyMap.action(for: key, in: .exportDialog)
        switch action {
        case .cancelModal:
            state.modals.removeLast()
            return []
        case .confirm:
            state.modals.removeLast()
            state.status = StatusMessage(text: AppText.current.exporting, kind: .info)
            return [.exportDirectory(format: dialog.format, filter: dialog.exportedFilter, path: dialog.path.text)]
        case .nextField: dialog.focusedRow = (dialog.focusedRow + 1) % 3
        case .previousField: dialog.focusedRow = (dialog.focusedRow + 2) % 3
        case .chooseNextOption: cycle(&dialog)
        default:
            switch (dialog.focusedRow, key) {
            case (0, .character(" ")), (0, .right), (0, .left), (1, .character(" ")), (1, .right), (1, .left): cycle(&dialog)
            case (2, _): _ = dialog.path.handle(key)
            default: break
            }
        }
        state.modals[state.modals.count - 1] = .exportDialog(dialog)
        return []
    }

    static func cycle(_ dialog: inout ExportDialogState) {
        if dialog.focusedRow == 0 {
            let all = ExportFormat.allCases
            dialog.setFormat(all[(all.firstIndex(of: dialog.format)! + 1) % all.count])
        } else if dialog.focusedRow == 1, !dialog.filter.isEmpty {
            dialog.onlyCurrentFilter.toggle()
        }
    }

    /// Answers from the effect runner while the wizard is open.
    static func receive(_ msg: Msg, _ state: inout AppState) -> [Effect] {
        guard let index = state.modals.lastIndex(where: { if case .importWizard = $0 { return true }; return false }),
              case .importWizard(var wizard) = state.modals[index] else {
            if case .importFinished(.imported(let report)) = msg {
                state.status = StatusMessage(text: AppText.current.importDone(report), kind: .info)
            }
            return []
        }
        var effects: [Effect] = []
        switch msg {
        case .pathCompleted(let completed, let candidates):
            wizard.path.setText(completed)
            wizard.completions = candidates
        case .importPreviewed(let preview):
            wizard.preview = preview
            wizard.targets = preview.proposedTargets
            wizard.selectedColumn = 0
            wizard.step = .mapping
        case .importPreviewFailed(let message):
            wizard.error = message
        case .importProgressed(let progress):
            if case .importing = wizard.step { wizard.step = .importing(progress) }
        case .importFinished(let outcome):
            wizard.step = .finished(outcome)
            wizard.isCancelling = false
            if case .imported = outcome { effects = [.loadOverview] }
        default:
            break
        }
        state.modals[index] = .importWizard(wizard)
        return effects
    }
}
