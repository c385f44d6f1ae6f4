import CustomerCore
import TerminalCore

/// The customer form as a modal: its keys, and the store's answers to a save.
extension CustomerFormState: ModalContent {
    public var scope: KeyScope { .form }

    /// Every field takes typing: text fields their characters, choice fields a letter to jump to.
    public var takesPrintableCharacters: Bool { true }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .form(let action)? = action else {
            // Not bound: Enter moves on (saves on the last field); anything else is for the field.
            if key == .enter {
                if focused == fields.count - 1 { return .stay(save(phoneParser: update.phoneParser)) }
                focused += 1
            } else {
                type(key)
            }
            return .stay
        }
        switch action {
        case .saveForm: return .stay(save(phoneParser: update.phoneParser))
        case .nextField: focused = (focused + 1) % fields.count
        case .previousField: focused = (focused + fields.count - 1) % fields.count
        case .chooseNextOption: cycle(forward: true)
        case .choosePreviousOption: cycle(forward: false)
        case .cancelModal: return cancel(app: &app, update: update)  // ModalKeys sends Escape to `cancel` itself
        }
        return .stay
    }

    /// Escape: closes at once when nothing changed, else asks first.
    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        guard isEdited else { return .close }
        app.modals.push(ConfirmState(FormQuestion.discardChanges, onYes: ConfirmYes(closesModalBelow: true)))
        return .stay
    }

    /// A key for the focused field. Choice fields: space, ← and → pick; a letter jumps to the
    /// option starting with it; Backspace empties; a paste is no option and does nothing. A text
    /// field is edited where it lies in `fields`: a copy would share its text's storage, and the
    /// first edit would then copy all of it, on every key.
    mutating func type(_ key: KeyEvent) {
        guard fields[focused].isChoice else {
            if fields[focused].input.handle(key) { fields[focused].issues = [] }
            return
        }
        var field = fields[focused]
        switch key {
        case .character(" "), .right: cycle(forward: true); return
        case .left: cycle(forward: false); return
        case .backspace, .delete: field.choice = 0
        case .character(let c):
            let typed = String(c).lowercased()
            if let match = field.choices.firstIndex(where: { $0.label.lowercased().hasPrefix(typed) }) { field.choice = match }
        case .paste: return
        default: break
        }
        fields[focused] = field
    }

    mutating func cycle(forward: Bool) {
        guard fields[focused].isChoice else { return }
        let count = fields[focused].choices.count
        fields[focused].choice = (fields[focused].choice + (forward ? 1 : count - 1)) % count
    }

    /// Checks what the form can check, then asks the store to save (which checks the rest).
    mutating func save(phoneParser: PhoneNumberParser) -> [Effect] {
        let draft = draft(phoneParser: phoneParser)
        // The domain validator runs here too, so every field's problem shows at once.
        var issues = draft.issues
        if case .failure(let failure) = CustomerValidator(region: phoneParser.defaultRegion).validated(draft.customer) {
            issues += failure.issues
        }
        if !issues.isEmpty {
            show(issues)
            return []
        }
        show([])
        isSaving = true
        let isNew = if case .create = mode { true } else { false }
        return [.customerForm(.save(CustomerDraft(customer: draft.customer, customValues: draft.customValues, isNew: isNew)))]
    }
}

/// Opening the form, and the store's answers to a save.
enum CustomerFormUpdate {
    static func openNew(_ state: inout AppState) -> [Effect] {
        state.modals.push(CustomerFormState(mode: .create, customFields: state.customFields))
        return []
    }

    /// From the card: edits its customer. From the directory: the selected customer, whatever card
    /// was opened last (loaded first when its card is not the one on screen).
    static func openEdit(_ state: inout AppState) -> [Effect] {
        let wanted = state.focus == .card ? state.card?.customerID : state.directory.selectedRow?.id
        if let card = state.card?.card, card.customer.id == wanted {
            state.modals.push(CustomerFormState(mode: .edit(card.customer), customFields: card.customFields, values: card.customValues))
            return []
        }
        guard state.focus == .directory, let row = state.directory.selectedRow else { return [] }
        state.card = CardState(customerID: row.id)
        state.card?.editWhenLoaded = true
        state.focus = .card
        return [.card(.load(row.id))]
    }

    static func receive(_ msg: CustomerFormMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .saved(let customer, let isNew):
            return saved(customer, isNew: isNew, &state)
        case .saveRefused(let issues):
            state.modals.update(CustomerFormState.self) { form in
                form.isSaving = false
                form.show(issues)
            }
            state.say(CustomerFormNote.fixFields(issues.count))
            return []
        case .saveConflicted(let current):
            state.modals.update(CustomerFormState.self) { form in
                form.isSaving = false
                if case .edit(let mine) = form.mode {
                    form.conflict = ConflictChange.changes(from: mine, to: current)
                    form.mode = .edit(rebased(mine, on: current))
                }
            }
            return []
        case .storedLoaded(let id, let current):
            // Said before the save, not only when it is refused: the fields another counter changed,
            // with their values now; saving after that is a deliberate overwrite, as after a refusal.
            guard let current else { return [] }
            state.modals.update(CustomerFormState.self) { form in
                guard case .edit(let mine) = form.mode, mine.id == id, mine.version != current.version else { return }
                form.conflict = ConflictChange.changes(from: mine, to: current)
                form.mode = .edit(rebased(mine, on: current))
            }
            return []
        }
    }

    static func saved(_ customer: Customer, isNew: Bool, _ state: inout AppState) -> [Effect] {
        state.modals.removeAll(CustomerFormState.self)
        state.say(isNew ? CustomerFormNote.created(customer.displayName) : CustomerFormNote.saved(customer.displayName))
        guard let id = customer.id else { return [] }
        state.card = CardState(customerID: id)
        state.focus = .card
        // Show the saved customer in the list: a new one is found by its name.
        if isNew { state.directory.search.setText("") }
        return [.card(.load(id)), .shell(.loadOverview), DirectoryUpdate.reload(&state, keepSelection: !isNew, select: id),
                DuplicateReviewUpdate.count(&state)]
    }

    /// My edits, carried onto the version now stored, so saving again is a deliberate overwrite.
    static func rebased(_ mine: Customer, on current: Customer) -> Customer {
        var rebased = mine
        rebased.version = current.version
        return rebased
    }
}
