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
            case (0, .character(" ")), (0, .right), (0, .left), (1, .character(" ")), (1, .right), (1, .left): cycle()
            case (2, _): _ = path.handle(key)
            default: break
            }
            return .stay
        }
        switch action {
        case .confirm:
            app.say(ExportNote.exporting)
            return .close([.export(.write(format: format, filter: exportedFilter, path: path.text))])
        case .nextField: focusedRow = (focusedRow + 1) % 3
        case .previousField: focusedRow = (focusedRow + 2) % 3
        case .chooseNextOption: cycle()
        case .cancelModal: return .close
        }
        return .stay
    }

    mutating func cycle() {
        if focusedRow == 0 {
            let all = ExportFormat.allCases
            setFormat(all[(all.firstIndex(of: format)! + 1) % all.count])
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
        case .exported(let count, let path): state.say(ExportNote.exported(count: count, path: path))
        case .cannotWrite(let path): state.say(ExportNote.cannotWrite(path))
        }
        return []
    }
}

/// Status messages of exports.
public enum ExportNote: StatusNote {
    case exporting
    case exported(count: Int, path: String)
    case cannotWrite(String)

    public var isError: Bool { if case .cannotWrite = self { true } else { false } }

    public var text: String {
        switch self {
        case .exporting: AppText.current.exporting
        case .exported(let count, let path): AppText.current.exported(count, path)
        case .cannotWrite(let path): AppText.current.cannotWrite(path)
        }
    }
}
