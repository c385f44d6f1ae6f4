import CustomerCore

/// The open card: its loading, tabs and scrolling.
enum CardUpdate {
    /// Which tab to show.
    enum TabChoice { case next, previous, tab(CardTab) }

    static func receive(_ msg: CardMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .loaded(let id, let card):
            guard state.card?.customerID == id else { return [] }
            if let card {
                state.card?.card = card
                clampSelection(&state)
                if state.card?.editWhenLoaded == true {
                    state.card?.editWhenLoaded = false
                    state.modals.push(CustomerFormState(mode: .edit(card.customer), customFields: card.customFields, values: card.customValues))
                }
            } else {
                state.card = nil
                state.focus = .directory
                state.say(CardNote.customerGone)
            }
            return []
        case .mergeHistoryLoaded(let id, let records):
            if state.card?.customerID == id { state.card?.merges = records }
            return []
        }
    }

    static func close(_ state: inout AppState) -> [Effect] {
        state.focus = .directory
        if !state.isWide { state.card = nil }
        return []
    }

    static func show(_ choice: TabChoice, _ state: inout AppState) -> [Effect] {
        guard var card = state.card else { return [] }
        let tabs = CardTab.allCases
        switch choice {
        case .next: card.tab = tabs[(card.tab.rawValue + 1) % tabs.count]
        case .previous: card.tab = tabs[(card.tab.rawValue + tabs.count - 1) % tabs.count]
        case .tab(let tab): card.tab = tab
        }
        card.scroll = 0
        card.selectedItem = 0
        state.focus = .card
        state.card = card
        return []
    }

    static func scroll(by lines: Int, _ state: inout AppState) -> [Effect] {
        guard var card = state.card else { return [] }
        card.scroll = max(0, card.scroll + lines)
        state.focus = .card
        state.card = card
        return []
    }

    /// ↓/↑: on a tab that lists notes or documents, the next or previous one (the view scrolls to
    /// it); past the last one, or on other tabs, the content scrolls a line.
    static func move(by step: Int, _ state: inout AppState) -> [Effect] {
        guard var card = state.card else { return [] }
        let target = card.selectedItem + step
        if card.itemCount > 0, (0..<card.itemCount).contains(target) {
            card.selectedItem = target
            state.focus = .card
            state.card = card
            return []
        }
        return scroll(by: step, &state)
    }

    /// Keeps the selection on an item that exists after the card reloaded (a note deleted, a document added).
    static func clampSelection(_ state: inout AppState) {
        guard var card = state.card else { return }
        card.selectedItem = max(0, min(card.selectedItem, card.itemCount - 1))
        state.card = card
    }

    /// Reloads the open card after something on it changed (a document, a card, a booking…). The
    /// overview's counts are another matter: only what changes them (a note's reminder) reloads them.
    static func reload(_ state: AppState) -> [Effect] {
        guard let id = state.card?.customerID else { return [] }
        return [.card(.load(id))]
    }
}
