import CustomerCore

/// Opening the note editor from the card, the card's note keys, and the store's answers.
enum NotesUpdate {
    /// ctrl+a on the Main tab: a new note on the open card's customer.
    static func openNew(_ state: inout AppState) -> [Effect] {
        guard let card = state.card, let customer = card.card?.customer else { return [] }
        state.modals.push(NoteEditorState(customerID: card.customerID, customerName: customer.displayName, presets: state.reminderPresets))
        return []
    }

    /// enter on a note: edit it.
    static func openSelected(_ state: inout AppState) -> [Effect] {
        guard let card = state.card, let note = card.selectedNote, let customer = card.card?.customer else {
            state.say(NotesNote.noNoteSelected)
            return []
        }
        state.modals.push(NoteEditorState(customerID: card.customerID, customerName: customer.displayName, note: note, presets: state.reminderPresets))
        return []
    }

    /// del on a note: asks first.
    static func askToDelete(_ state: inout AppState) -> [Effect] {
        guard let note = state.card?.selectedNote else {
            state.say(NotesNote.noNoteSelected)
            return []
        }
        state.modals.push(ConfirmState(NotesQuestion.delete(note), onYes: ConfirmYes(effects: [.notes(.delete(note))])))
        return []
    }

    /// ctrl+p: pinned notes stay on top of the list ("important notes").
    static func togglePin(_ state: inout AppState) -> [Effect] {
        guard let note = state.card?.selectedNote else {
            state.say(NotesNote.noNoteSelected)
            return []
        }
        // The note moves to the top (or back among the others): the selection follows it there.
        let pinnedCount = state.card?.card?.notes.filter(\.isPinned).count ?? 1
        state.card?.selectedItem = note.isPinned ? max(0, pinnedCount - 1) : 0
        return [.notes(.setPinned(note, !note.isPinned))]
    }

    static func receive(_ msg: NotesMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .saved(let note):
            state.modals.removeAll(NoteEditorState.self)
            state.say(NotesNote.saved(remindAt: note.reminder.flatMap { $0.doneAt == nil ? $0.dueAt : nil }))
            // The saved note is selected where it now sits (pinned ones first, then newest first).
            if state.card?.customerID == note.customerID, note.id != nil {
                state.card?.tab = .main
            }
            return CardUpdate.reload(state) + [.shell(.loadOverview)] + RemindersUpdate.reloadIfOpen(state)
        case .saveRefused(let issues):
            state.modals.update(NoteEditorState.self) { editor in
                editor.isSaving = false
                editor.problems = issues
            }
            return []
        case .changed(let note):
            state.say(note)
            return CardUpdate.reload(state) + [.shell(.loadOverview)] + RemindersUpdate.reloadIfOpen(state)
        }
    }
}
