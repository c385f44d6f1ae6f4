import CustomerCore
import Foundation

/// The card's document keys (Documents tab) and the store's answers.
enum DocumentsUpdate {
    /// ctrl+a on the Documents tab: which file to attach.
    static func openAttach(_ state: inout AppState) -> [Effect] {
        guard let id = state.card?.customerID else { return [] }
        let start = state.workingDirectory.hasSuffix("/") ? state.workingDirectory : state.workingDirectory + "/"
        state.modals.push(DocumentPromptState(purpose: .attach(id), text: start))
        return []
    }

    static func openPreview(_ state: inout AppState) -> [Effect] {
        guard let attachment = selected(&state) else { return [] }
        state.modals.push(DocumentPreviewState(attachment: attachment))
        let area = DocumentPreviewState.previewArea(state.size)
        return [.documents(.preview(attachment, width: area.width, height: area.height))]
    }

    static func openRename(_ state: inout AppState) -> [Effect] {
        guard let attachment = selected(&state) else { return [] }
        state.modals.push(DocumentPromptState(purpose: .rename(attachment), text: attachment.fileName))
        return []
    }

    static func openExport(_ state: inout AppState) -> [Effect] {
        guard let attachment = selected(&state) else { return [] }
        let start = state.workingDirectory.hasSuffix("/") ? state.workingDirectory : state.workingDirectory + "/"
        state.modals.push(DocumentPromptState(purpose: .export(attachment), text: start))
        return []
    }

    static func askToDelete(_ state: inout AppState) -> [Effect] {
        guard let attachment = selected(&state) else { return [] }
        state.modals.push(ConfirmState(DocumentsQuestion.delete(attachment), onYes: ConfirmYes(effects: [.documents(.delete(attachment))])))
        return []
    }

    static func selected(_ state: inout AppState) -> Attachment? {
        guard let attachment = state.card?.selectedAttachment else {
            state.say(DocumentsNote.noDocumentSelected)
            return nil
        }
        return attachment
    }

    static func receive(_ msg: DocumentsMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .pathCompleted(let completed, let candidates):
            state.modals.update(DocumentPromptState.self) { prompt in
                prompt.field.setText(completed)
                prompt.completions = candidates
            }
            return []
        case .refused(let reason):
            state.modals.update(DocumentPromptState.self) { prompt in
                prompt.isWorking = false
                prompt.problem = reason
            }
            if state.modals.first(DocumentPromptState.self) == nil { state.say(ShellNote.failed(reason)) }
            return []
        case .attached(let attachment):
            state.modals.removeAll(DocumentPromptState.self)
            state.say(DocumentsNote.attached(attachment.fileName))
            // The new document is the newest: first in the list, selected.
            state.card?.tab = .documents
            state.card?.selectedItem = 0
            return CardUpdate.reload(state)
        case .renamed(let name):
            state.modals.removeAll(DocumentPromptState.self)
            state.say(DocumentsNote.renamed(name))
            return CardUpdate.reload(state)
        case .exported(let path):
            state.modals.removeAll(DocumentPromptState.self)
            state.say(DocumentsNote.exported(path))
            return []
        case .exportWouldReplace(let attachment, let folder, let path):
            state.modals.update(DocumentPromptState.self) { $0.isWorking = false }
            state.modals.push(ConfirmState(DocumentsQuestion.replace(path: path),
                                           onYes: ConfirmYes(effects: [.documents(.export(attachment, folder: folder, replacing: true))])))
            return []
        case .deleted(let name):
            state.say(DocumentsNote.deleted(name))
            return CardUpdate.reload(state)
        case .previewed(let id, let details, let outcome):
            state.modals.update(DocumentPreviewState.self) { preview in
                guard preview.attachment.id == id else { return }
                preview.details = details
                preview.outcome = outcome
            }
            return []
        }
    }
}
