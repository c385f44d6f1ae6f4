import CustomerCore

/// Opening the cards on file from the card, and the store's answers.
enum CardsOnFileUpdate {
    /// ctrl+w on the card.
    static func open(_ state: inout AppState) -> [Effect] {
        guard let card = state.card, let loaded = card.card else { return [] }
        state.modals.push(CardsOnFileState(customerID: card.customerID, customerName: loaded.customer.displayName, cards: loaded.cards))
        return []
    }

    static func receive(_ msg: CardsOnFileMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .added(let card):
            state.modals.removeAll(CardFormState.self)
            state.modals.update(CardsOnFileState.self) { $0.cards.insert(card, at: 0); $0.selected = 0 }
            state.say(CardsOnFileNote.added(card))
            return CardUpdate.reload(state)
        case .refused(let issues):
            state.modals.update(CardFormState.self) { form in
                form.isSaving = false
                form.problems = issues.map { .store($0.problem, field: $0.fieldLabel) }
            }
            return []
        case .unlinked(let card):
            state.modals.update(CardsOnFileState.self) { list in
                list.cards.removeAll { $0.id == card.id }
                list.selected = max(0, min(list.selected, list.cards.count - 1))
            }
            state.say(CardsOnFileNote.unlinked(card))
            return CardUpdate.reload(state)
        case .authorizationWritten(let path):
            state.modals.removeAll(DocumentPromptState.self)
            state.say(CardsOnFileNote.authorizationWritten(path))
            return []
        }
    }
}
