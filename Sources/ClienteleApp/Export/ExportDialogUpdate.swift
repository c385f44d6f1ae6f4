import CustomerCore
import TerminalCore

/// The export dialog as a modal: format, scope and file, then write.
extension ExportDialogState: ModalContent {
    public var scope: KeyScope { .exportDialog }

    /// The file row is typed into.
    public var takesPrintableCharacters: Bool { focusedRow == 2 }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .exportDialog(let action)? = action else {
            // Not bound: space and the arrows change the choice rows; the file row is typed into.
            switch (focusedRow, key) {
            case (0, .character(" ")), (0, .right), (1, .character(" ")), (1, .right): cycle()
            case (0, .left), (1, .left): cycle(forward: false)
            case (2, _): if path.handle(key) { problem = nil }
            default: break
            }
            return .stay
        }
        switch action {
        case .confirm:
            guard !isWriting else { return .stay }
            isWriting = true
            problem = nil
            app.say(ExportNote.exporting)
            return .stay([.export(.write(format: format, filter: exportedFilter, path: path.text, overwrite: false))])
        case .nextField: focusedRow = (focusedRow + 1) % 3
        case .previousField: focusedRow = (focusedRow + 2) % 3
        case .chooseNextOption: cycle()
        case .cancelModal: return .close
        }
        return .stay
    }

    /// The format row goes through the formats (← back), the scope row between the filter and everything.
    mutating func cycle(forward: Bool = true) {
        if focusedRow == 0 {
            let all = ExportFormat.allCases
            setFormat(all[(all.firstIndex(of: format)! + (forward ? 1 : all.count - 1)) % all.count])
        } else if focusedRow == 1, !filter.isEmpty {
            onlyCurrentFilter.toggle()
        }
    }
}

/// Opening the dialog, and what the export answered.
enum ExportDialogUpdate {
    static func open(_ state: inout AppState) -> [Effect] {
        state.modals.push(ExportDialogState(filter: state.directory.filter, groups: state.directory.groups, directory: state.workingDirectory))
        return []
    }

    static func receive(_ msg: ExportMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .exported(let count, let path):
            state.modals.removeAll(ExportDialogState.self)
            state.say(ExportNote.exported(count: count, path: path))
        case .cannotWrite(let path):
            refused(.cannotWrite(path), &state)
        case .noFolder(let path):
            refused(.noFolder(path), &state)
        case .fileExists(let path):
            state.status = nil
            guard let dialog = state.modals.first(ExportDialogState.self) else { return [] }
            state.modals.update(ExportDialogState.self) { $0.isWriting = false }
            let write = Effect.export(.write(format: dialog.format, filter: dialog.exportedFilter, path: path, overwrite: true))
            state.modals.push(ConfirmState(ExportQuestion.overwrite(path), onYes: ConfirmYes(status: StatusMessage(ExportNote.exporting), effects: [write])))
        }
        return []
    }

    /// Nothing written: the dialog (still open, with every choice) says why.
    static func refused(_ problem: ExportProblem, _ state: inout AppState) {
        state.status = nil
        let shown = state.modals.update(ExportDialogState.self) { dialog in
            dialog.isWriting = false
            dialog.problem = problem
        }
        if shown == nil { state.say(ExportNote.refused(problem)) }
    }
}

/// The export's question: replace a file that is already there.
public enum ExportQuestion: ConfirmQuestion {
    case overwrite(String)

    public var title: String { AppText.current.exportOverwriteTitle }
    public var message: String {
        switch self {
        case .overwrite(let path): AppText.current.exportOverwriteMessage(path)
        }
    }
}

/// Status messages of exports.
public enum ExportNote: StatusNote {
    case exporting
    case exported(count: Int, path: String)
    /// Nothing written, and no dialog left open to say why.
    case refused(ExportProblem)

    public var isError: Bool { if case .refused = self { true } else { false } }

    public var text: String {
        switch self {
        case .exporting: AppText.current.exporting
        case .exported(let count, let path): AppText.current.exported(count, path)
        case .refused(let problem): problem.text
        }
    }
}
