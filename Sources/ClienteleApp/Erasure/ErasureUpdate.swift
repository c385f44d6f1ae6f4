import CustomerCore

/// Erasing the open card's customer (a privacy request): count, ask once naming what goes, erase.
enum ErasureUpdate {
    /// F8 on the card: the counts come first, so that the question can name them.
    static func ask(_ state: inout AppState) -> [Effect] {
        guard let card = state.card, card.card != nil else { return [] }
        return [.erasure(.summarize(card.customerID))]
    }

    static func receive(_ msg: ErasureMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .summarized(let id, let summary):
            // The card may have moved on to someone else while the counts were read: ask about no one then.
            guard state.card?.customerID == id else { return [] }
            guard let summary else {
                state.card = nil
                state.focus = .directory
                state.say(CardNote.customerGone)
                return [DirectoryUpdate.reload(&state, keepSelection: false)]
            }
            state.modals.push(ConfirmState(ErasureQuestion.erase(summary), onYes: ConfirmYes(effects: [.erasure(.erase(id))])))
            return []
        case .erased(let summary):
            if state.card?.customerID == summary.customerID {
                state.card = nil
                state.focus = .directory
            }
            state.say(ErasureNote.erased(summary))
            // The directory, its counts and the duplicate alert all counted this customer.
            return [.shell(.loadOverview), DirectoryUpdate.reload(&state, keepSelection: false), DuplicateReviewUpdate.count(&state)]
        }
    }
}
