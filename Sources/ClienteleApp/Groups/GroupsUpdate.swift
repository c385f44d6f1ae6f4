import CustomerCore
import TerminalCore

/// Groups, the filter picker and the marked rows: opening their windows, marking, and the store's answers.
enum GroupsUpdate {
    static func receive(_ msg: GroupsMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .loaded(let groups):
            state.directory.groups = groups
            state.modals.update(GroupsModalState.self) { $0.reloaded(groups) }
            return []
        case .membershipLoaded(let id, let name, let groups, let memberOf):
            state.directory.groups = groups
            state.modals.removeAll(GroupsModalState.self)
            state.modals.push(GroupsModalState(purpose: .card(id, name: name), groups: groups, ticked: memberOf))
            return []
        case .changed(let note, let clearsMarks):
            state.say(note)
            if clearsMarks { state.directory.marked = [] }
            var reopenCard: CustomerID?
            // A window that chose for the marked rows or saved the card's ticks has done its job; the
            // groups window stays, its prompt closed.
            if let window = state.modals.top(as: GroupsModalState.self) {
                switch window.purpose {
                case .manage: state.modals.update(GroupsModalState.self) { $0.prompt = nil; $0.isWorking = false }
                case .card(let id, _):
                    state.modals.removeAll(GroupsModalState.self)
                    if case .added = note { reopenCard = id }
                case .addMarked, .removeMarked:
                    // Done for the marks: they go.
                    state.modals.removeAll(GroupsModalState.self)
                    state.directory.marked = []
                }
            }
            var effects: [Effect] = [DirectoryUpdate.reload(&state), .shell(.loadOverview)]
            if let id = state.card?.customerID { effects.append(.card(.load(id))) }
            // A group made from the card's picker: the picker again, with it ticked.
            if let reopenCard { effects.append(.groups(.loadMembership(reopenCard))) }
            return effects
        case .refused(let refusal):
            if state.modals.top(as: GroupsModalState.self) != nil {
                state.modals.update(GroupsModalState.self) { $0.refusal = refusal; $0.isWorking = false }
            } else {
                state.say(GroupsNote.refused(refusal))
            }
            return []
        }
    }

    /// ctrl+t in the directory: every group and its member count.
    static func openGroups(_ state: inout AppState) -> [Effect] {
        state.modals.push(GroupsModalState(purpose: .manage, groups: state.directory.groups))
        return [.groups(.load)]
    }

    /// ctrl+t on the card: this customer's groups, ticked.
    static func openCardGroups(_ state: inout AppState) -> [Effect] {
        guard let id = state.card?.customerID else { return [] }
        return [.groups(.loadMembership(id))]
    }

    /// ctrl+f: every filter on one screen, as they are now.
    static func openFilterPicker(_ state: inout AppState) -> [Effect] {
        state.modals.push(FilterPickerState(filter: state.directory.filter, groups: state.directory.groups))
        return [.groups(.load)]
    }

    /// Space: a mark when the search is empty; inside a search it is part of the name ("ana maria").
    static func markOrType(_ state: inout AppState) -> [Effect] {
        guard state.directory.search.text.isEmpty else { return DirectoryUpdate.type(.character(" "), &state) }
        return toggleMark(&state)
    }

    /// Marks or unmarks the selected row, and moves to the next one (several in a row, as in a file manager).
    static func toggleMark(_ state: inout AppState) -> [Effect] {
        guard let row = state.directory.selectedRow else { return [] }
        if let index = state.directory.marked.firstIndex(of: row.id) {
            state.directory.marked.remove(at: index)
        } else {
            state.directory.marked.append(row.id)
        }
        return DirectoryUpdate.move(.down, &state)
    }

    /// ctrl+a: what to do with the marked rows.
    static func openMarkedActions(_ state: inout AppState) -> [Effect] {
        guard !state.directory.marked.isEmpty else {
            state.say(GroupsNote.markFirst)
            return []
        }
        state.modals.push(MarkedActionsState(marked: state.directory.marked))
        return []
    }
}
