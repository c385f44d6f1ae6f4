import CustomerCore

/// Opening the reminders screen, the card's "reminder done" key, and the store's answers.
enum RemindersUpdate {
    static func open(_ state: inout AppState) -> [Effect] {
        if state.modals.first(RemindersScreenState.self) == nil { state.modals.push(RemindersScreenState()) }
        return [.reminders(.load)]
    }

    /// The screen, if open, reloads after a change made anywhere (a note saved on a card, a snooze).
    static func reloadIfOpen(_ state: AppState) -> [Effect] {
        state.modals.first(RemindersScreenState.self) == nil ? [] : [.reminders(.load)]
    }

    /// ctrl+k on a card's note: its reminder is done.
    static func markSelectedDone(_ state: inout AppState) -> [Effect] {
        guard let note = state.card?.selectedNote else {
            state.say(NotesNote.noNoteSelected)
            return []
        }
        guard let id = note.id, let reminder = note.reminder, reminder.doneAt == nil else {
            state.say(RemindersNote.noOpenReminder)
            return []
        }
        return [.reminders(.markDone(noteID: id))]
    }

    static func receive(_ msg: RemindersMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .loaded(let reminders, let total):
            state.modals.update(RemindersScreenState.self) { screen in
                screen.reminders = reminders
                screen.total = total
                screen.isLoading = false
                screen.selected = max(0, min(screen.selected, reminders.count - 1))
            }
            return []
        case .changed(let note):
            state.say(note)
            return CardUpdate.reload(state) + [.shell(.loadOverview)] + reloadIfOpen(state)
        }
    }
}
