/// Keys on the open card: tabs and scrolling.
enum CardUpdate {
    static func perform(_ action: Action, _ state: inout AppState) {
        guard var card = state.card else { return }
        let tabs = CardTab.allCases
        switch action {
        case .nextTab: card.tab = tabs[(card.tab.rawValue + 1) % tabs.count]
        case .previousTab: card.tab = tabs[(card.tab.rawValue + tabs.count - 1) % tabs.count]
        case .showMainTab: card.tab = .main
        case .showInfoTab: card.tab = .info
        case .showBookingsTab: card.tab = .bookings
        case .showPaymentsTab: card.tab = .payments
        case .showDocumentsTab: card.tab = .documents
        case .showConversationsTab: card.tab = .conversations
        case .scrollDown: card.scroll += 1
        case .scrollUp: card.scroll = max(0, card.scroll - 1)
        default: return
        }
        if action != .scrollDown && action != .scrollUp { card.scroll = 0 }
        state.focus = .card
        state.card = card
    }
}
