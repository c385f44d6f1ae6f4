import CustomerCore

/// Opening the fields screen, and the store's answers.
enum CustomFieldsUpdate {
    /// F7 in the directory or on the card: the fields known now, then the store's list with counts.
    static func open(_ state: inout AppState) -> [Effect] {
        state.modals.push(CustomFieldsState(fields: state.customFields))
        return [.customFields(.load)]
    }

    static func receive(_ msg: CustomFieldsMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .loaded(let fields, let counts):
            state.customFields = fields
            state.modals.update(CustomFieldsState.self) { list in
                list.fields = fields
                list.valueCounts = counts
                list.selected = max(0, min(list.selected, fields.count - 1))
            }
            return []
        case .saved(let field, let isNew):
            state.modals.removeAll(CustomFieldFormState.self)
            state.say(isNew ? CustomFieldsNote.added(field.label) : CustomFieldsNote.changed(field.label))
            if isNew { state.modals.update(CustomFieldsState.self) { $0.selected = $0.fields.count } }
            return changed(state)
        case .refused(let issues):
            state.modals.update(CustomFieldFormState.self) { form in
                form.isSaving = false
                form.problems = issues
            }
            return []
        case .typeChangeRefused(let change):
            state.modals.update(CustomFieldFormState.self) { form in
                form.isSaving = false
                form.refusal = change
            }
            return []
        case .moved:
            return changed(state)
        case .deleted(let field, let values):
            state.say(CustomFieldsNote.deleted(field.label, values: values))
            return changed(state)
        }
    }

    /// A definition changed: the list again, and the open card (its Info tab shows the fields).
    static func changed(_ state: AppState) -> [Effect] {
        [.customFields(.load)] + CardUpdate.reload(state)
    }
}
