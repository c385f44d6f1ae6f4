import CustomerCore
import Foundation
import TerminalCore

/// The import wizard as a modal: a state machine over its steps.
extension ImportWizardState: ModalContent {
    /// The custom-fields question is a yes/no over the wizard: the confirmation's keys apply.
    public var scope: KeyScope {
        if case .confirmingCustomFields = step { return .confirm }
        return .importWizard
    }

    /// The file name and the new group's name are typed.
    public var takesPrintableCharacters: Bool {
        switch step {
        case .choosingFile: true
        case .choosingGroup: groupChoice == 0
        case .mapping, .confirmingCustomFields, .choosingOptions, .importing, .finished: false
        }
    }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        if case .confirmingCustomFields(let count) = step {
            guard case .confirm(let answer)? = action else { return .stay }
            switch answer {
            case .confirm:
                allowedNewCustomFields = count
                step = .choosingOptions
            case .decline:
                step = .choosingGroup
                return .stay
            }
        }
        guard case .importWizard(let action)? = action else { return typed(key) }
        switch action {
        case .cancelModal: return cancel(app: &app, update: update)  // ModalKeys sends Escape to `cancel` itself
        case .confirm: return confirm(app: &app)
        case .completePath:
            if step == .choosingFile { return .stay([.importing(.completePath(path.text))]) }
        case .nextField, .previousField:
            let forward = action == .nextField
            switch step {
            case .mapping: selectedColumn = max(0, min(targets.count - 1, selectedColumn + (forward ? 1 : -1)))
            case .choosingGroup: groupChoice = max(0, min(app.directory.groups.count + 1, groupChoice + (forward ? 1 : -1)))
            case .choosingOptions: option = ImportOption(rawValue: max(0, min(ImportOption.allCases.count - 1, option.rawValue + (forward ? 1 : -1)))) ?? option
            case .choosingFile, .confirmingCustomFields, .importing, .finished: break
            }
        case .chooseNextOption, .choosePreviousOption:
            // ← and → move the caret in the new group's name.
            if step == .choosingGroup { return typed(key) }
            if step == .choosingOptions { changeOption(forward: action == .chooseNextOption); break }
            guard step == .mapping else { break }
            let options = options(forColumn: selectedColumn)
            let index = options.firstIndex(of: targets[selectedColumn]) ?? 0
            let step = action == .chooseNextOption ? 1 : options.count - 1
            targets[selectedColumn] = options[(index + step) % options.count]
        case .openDuplicateReview:
            // From the summary straight to the suggestions the import created.
            if case .finished = step { return .close(DuplicateReviewUpdate.open(&app)) }
        }
        return .stay
    }

    /// Enter: the next step (the import itself, from the group step; closing, from the summary).
    mutating func confirm(app: inout AppState) -> ModalReply {
        switch step {
        case .choosingFile:
            problem = nil
            return .stay([.importing(.preview(path: path.text))])
        case .mapping:
            step = .choosingGroup
        case .choosingGroup:
            if groupChoice == 0, let name = typedGroupName(),
               let existing = app.directory.groups.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
                takenGroupName = existing.name  // said on the screen; nothing starts
                return .stay
            }
            guard let plan = plan(groups: app.directory.groups, customFields: app.customFields) else { break }
            // A file of thousands of columns asks before making thousands of custom fields.
            if plan.needsCustomFieldConfirmation {
                step = .confirmingCustomFields(plan.newCustomFieldCount)
                return .stay
            }
            step = .choosingOptions
        case .choosingOptions:
            guard let plan = plan(groups: app.directory.groups, customFields: app.customFields), let preview else { break }
            step = .importing(ImportProgress(rows: 0, fraction: 0, rowsPerSecond: 0))
            return .stay([.importing(.start(path: preview.path, plan: plan, dryRun: isDryRun))])
        case .confirmingCustomFields:
            break  // answered through the confirmation's keys
        case .importing:
            break  // only Escape (cancel) means anything while it runs
        case .finished(let outcome):
            // After a dry run, Enter goes back to the options to import for real.
            if case .imported(let report) = outcome, report.isDryRun {
                isDryRun = false
                option = .run
                step = .choosingOptions
                return .stay
            }
            return .close
        }
        return .stay
    }

    /// A key no binding claims: typed into the step's text field, if it has one.
    mutating func typed(_ key: KeyEvent) -> ModalReply {
        switch step {
        case .choosingFile:
            if path.handle(key) { completions = []; problem = nil }
        case .choosingGroup:
            if groupChoice == 0, newGroupName.handle(key) { takenGroupName = nil }
        case .mapping, .confirmingCustomFields, .choosingOptions, .importing, .finished:
            break
        }
        return .stay
    }

    /// Escape: back a step; while importing, cancels (the transaction rolls back).
    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        switch step {
        case .choosingFile, .finished: return .close
        case .mapping: step = .choosingFile
        case .choosingGroup, .confirmingCustomFields: step = .mapping
        case .choosingOptions: step = .choosingGroup
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
                // The guess is the proposed answer to "read them as France?", shown on the options step.
                wizard.phoneRegion = preview.phoneGuess?.region
                wizard.selectedColumn = 0
                wizard.step = .mapping
            case .previewFailed(let problem):
                wizard.problem = problem
            case .progressed(let progress):
                if case .importing = wizard.step { wizard.step = .importing(progress) }
            case .finished(let outcome):
                wizard.step = .finished(outcome)
                wizard.isCancelling = false
                if case .imported(let report) = outcome, !report.isDryRun { return [.shell(.loadOverview)] }
            }
            return []
        }
        guard case .finished(let outcome) = msg else { return effects ?? [] }
        // The wizard may have been closed meanwhile: the status line tells what was imported.
        if effects == nil, case .imported(let report) = outcome { state.say(ImportNote.imported(report)) }
        if case .imported(let report) = outcome, report.isDryRun { return effects ?? [] }  // nothing changed
        return (effects ?? []) + [DirectoryUpdate.reload(&state), DuplicateReviewUpdate.count(&state)]
    }
}

/// Status messages of imports.
public enum ImportNote: StatusNote {
    case imported(ImportReport)

    public var isError: Bool { false }

    public var text: String {
        switch self {
        case .imported(let report): report.isDryRun ? AppText.current.dryRunDone(report) : AppText.current.importDone(report)
        }
    }
}
