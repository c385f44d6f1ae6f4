import CustomerCore

/// Opening a customer's loyalty membership from the card, and the store's answers.
enum LoyaltyUpdate {
    /// ctrl+l on the card.
    static func open(_ state: inout AppState) -> [Effect] {
        guard let card = state.card, let customer = card.card?.customer else { return [] }
        state.modals.push(LoyaltyState(customerID: card.customerID, customerName: customer.displayName))
        return [.loyalty(.load(card.customerID))]
    }

    static func receive(_ msg: LoyaltyMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .loaded(let id, let program, let account, let entries):
            state.modals.update(LoyaltyState.self) { screen in
                guard screen.customerID == id else { return }
                screen.program = program
                screen.account = account
                screen.entries = entries
                screen.isLoading = false
            }
            return []
        case .changed(let id, let note):
            state.say(note)
            return [.loyalty(.load(id))] + CardUpdate.reload(state)
        case .refused(let issues):
            state.modals.update(LoyaltyState.self) { $0.problems = issues }
            return []
        }
    }
}
