import CustomerCore
import Foundation
import TerminalCore

/// The import wizard as a modal: a state machine over its steps.
extension ImportWizardState: ModalContent {
    public var scope: KeyScope { .importWizard }

    /// The file name and the new group's name are typed.
    public var takesPrintableCharacters: Bool {
        switch step {
        case .choosingFile: true
        case .choosingGroup: groupChoice == 0
        case .mapping, .importing, .finished: false
        }
    }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        switch step {
        case .choosingFile:
            switch action {
            case .confirm:
                problem = nil
                return .stay([.importing(.preview(path: path.text))])
            case .completePath:
                return .stay([.importing(.completePath(path.text))])
            default:
                if path.handle(key) { completions = []; problem = nil }
            }
        case .mapping:
            let count = targets.count
            switch action {
            case .nextField: selectedColumn = min(count - 1, selectedColumn + 1)
            case .previousField: selectedColumn = max(0, selectedColumn - 1)
            case .chooseNextOption, .choosePreviousOption:
                let options = options(forColumn: selectedColumn)
                let index = options.firstIndex(of: targets[selectedColumn]) ?? 0
                let step = action == .chooseNextOption ? 1 : options.count - 1
                targets[selectedColumn] = options[(index + step) % options.count]
            case .confirm: step = .choosingGroup
            default: break
            }
        case .choosingGroup:
            let last = app.directory.groups.count + 1
            switch action {
            case .nextField: groupChoice = min(last, groupChoice + 1)
            case .previousField: groupChoice = max(0, groupChoice - 1)
            case .confirm:
                guard let plan = plan(groups: app.directory.groups), let preview else { break }
                step = .importing(ImportProgress(rows: 0, fraction: 0, rowsPerSecond: 0))
                return .stay([.importing(.start(path: preview.path, plan: plan))])
            default:
                if groupChoice == 0 { _ = newGroupName.handle(key) }
            }
        case .importing:
            break  // only Escape (cancel) means anything while it runs
        case .finished:
            if action == .confirm { return .close }
            if action == .openDuplicateReview {
                // From the summary straight to the suggestions the import created.
                return .close(DuplicateReviewUpdate.open(&app))
            }
        }
        return .stay
    }

    /// Escape: back a step; while importing, cancels (the transaction rolls back).
    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        switch step {
        case .choosingFile, .finished: return .close
        case .mapping: step = .choosingFile
        case .choosingGroup: step = .mapping
        case .importing:
            guard !isCancelling else { return .stay }
            isCancelling = true
            return .stay([.importing(.cancel)])
        }
        return .stay
    }
}

/// Opening the wizard, and the answers from the effect runner while it is open.
enum ImportWizardUpdate {
    static func open(_ state: inout AppState) -> [Effect] {
        let start = state.workingDirectory.hasSuffix("/") ? state.workingDirectory : state.workingDirectory + "/"
        state.modals.push(ImportWizardState(startPath: start))
        return []
    }

    static func receive(_ msg: ImportMsg, _ state: inout AppState) -> [Effect] {
        let effects = state.modals.update(ImportWizardState.self) { wizard -> [Effect] in
            switch msg {
            case .pathCompleted(let completed, let candidates):
                wizard.path.setText(completed)
                wizard.completions = candidates
            case .previewed(let preview):
                wizard.preview = preview
                wizard.targets = preview.proposedTargets
                wizard.selectedColumn = 0
                wizard.step = .mapping
            case .previewFailed(let problem):
                wizard.problem = problem
            case .progressed(let progress):
                if case .importing = wizard.step { wizard.step = .importing(progress) }
            case .finished(let outcome):
                wizard.step = .finished(outcome)
                wizard.isCancelling = false
                if case .imported = outcome { return [.shell(.loadOverview)] }
            }
            return []
        }
        guard case .finished(let outcome) = msg else { return effects ?? [] }
        // The wizard may have been closed meanwhile: the status line tells what was imported.
        if effects == nil, case .imported(let report) = outcome { state.say(ImportNote.imported(report)) }
        return (effects ?? []) + [DirectoryUpdate.reload(&state), DuplicateReviewUpdate.count(&state)]
    }
}

/// Status messages of imports.
public enum ImportNote: StatusNote {
    case imported(ImportReport)

    public var isError: Bool { false }

    public var text: String {
        switch self {
        case .imported(let report): AppText.current.importDone(report)
        }
    }
}
