import CustomerCore
import TerminalCore

/// Keys in the customer form. The focused text field takes printable characters first, so
/// typing "q" or "n" in a name never quits or opens anything.
enum FormUpdate {
    static func handle(_ key: KeyEvent, _ form: inout CustomerFormState, _ state: inout AppState, keyMap: KeyMap,
                       phoneParser: PhoneNumberParser) -> [Effect] {
        var effects: [Effect] = []
        let action = keyMap.action(for: key, in: .form)
        let field = form.fields[form.focused]
        let isLast = form.focused == form.fields.count - 1
        switch (action, key) {
        case (.saveForm, _), (_, .enter) where isLast:
            effects = save(&form, phoneParser: phoneParser)
        case (_, .enter):
            form.focused += 1
        case (.nextField, _):
            form.focused = (form.focused + 1) % form.fields.count
        case (.previousField, _):
            form.focused = (form.focused + form.fields.count - 1) % form.fields.count
        case (.chooseNextOption, _), (.choosePreviousOption, _):
            cycle(&form.fields[form.focused], forward: action == .chooseNextOption)
        case (.cancelModal, _):
            if form.isEdited {
                state.modals[state.modals.count - 1] = .customerForm(form)
                state.modals.append(.confirm(ConfirmState(title: AppText.current.discardTitle, message: AppText.current.discardMessage,
                                                          purpose: .discardFormChanges)))
                return []
            }
            state.modals.removeLast()
            return []
        default:
            if field.isChoice {
                // Choice fields: space, ← and → pick; typing a letter jumps to the option starting with it.
                switch key {
                case .character(" "), .right: cycle(&form.fields[form.focused], forward: true)
                case .left: cycle(&form.fields[form.focused], forward: false)
                case .backspace, .delete: form.fields[form.focused].input.setText(field.options.first ?? "")
                case .character(let c):
                    if let match = field.options.first(where: { $0.lowercased().hasPrefix(String(c).lowercased()) }) {
                        form.fields[form.focused].input.setText(match)
                    }
                default: break
                }
            } else if form.fields[form.focused].input.handle(key) {
                form.fields[form.focused].error = nil
            }
        }
        state.modals[state.modals.count - 1] = .customerForm(form)
        return effects
    }

    static func cycle(_ field: inout CustomerFormField, forward: Bool) {
        guard field.isChoice else { return }
        let index = field.options.firstIndex(of: field.input.text) ?? 0
        let next = (index + (forward ? 1 : field.options.count - 1)) % field.options.count
        field.input.setText(field.options[next])
    }

    /// Checks what the form can check, then asks the store to save (which checks the rest).
    static func save(_ form: inout CustomerFormState, phoneParser: PhoneNumberParser) -> [Effect] {
        let draft = form.draft(phoneParser: phoneParser)
        // The domain validator runs here too, so every field's problem shows at once.
        var issues = draft.issues
        if case .failure(let failure) = CustomerValidator(region: phoneParser.defaultRegion).validated(draft.customer) {
            issues += failure.issues
        }
        if !issues.isEmpty {
            form.show(issues)
            return []
        }
        form.show([])
        form.isSaving = true
        let isNew = if case .create = form.mode { true } else { false }
        return [.saveCustomer(CustomerDraft(customer: draft.customer, customValues: draft.customValues, isNew: isNew))]
    }
}

/// What another counter changed, field by field, for the conflict message.
enum ConflictReport {
    static func changes(from mine: Customer, to current: Customer) -> [String] {
        CustomerField.allCases.compactMap { field in
            let before = field.text(of: mine), after = field.text(of: current)
            return before == after ? nil : "\(AppText.current.fieldLabel(field)): “\(after)”"
        }
    }
}
