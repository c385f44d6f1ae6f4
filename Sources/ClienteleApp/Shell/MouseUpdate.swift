import TerminalCore

/// Clicks and the wheel over the panes (never while a modal is open).
enum MouseUpdate {
    static func handle(_ event: MouseEvent, _ state: inout AppState, update: AppUpdate) -> [Effect] {
        guard state.modals.isEmpty else { return [] }
        switch event.kind {
        case .wheelDown: return state.focus == .card ? CardUpdate.scroll(by: 1, &state) : DirectoryUpdate.move(.down, &state)
        case .wheelUp: return state.focus == .card ? CardUpdate.scroll(by: -1, &state) : DirectoryUpdate.move(.up, &state)
        case .release: return []
        case .press:
            // The counts on the right of the header and the status bar: "2 reminders due" opens the reminders.
            let edge = event.point.y == 0 || event.point.y == state.size.height - 1
            if edge, state.remindersDue > 0, state.status == nil, event.point.x >= state.size.width / 2 { return RemindersUpdate.open(&state) }
            let layout = AppLayout(state: state)
            if let tabs = layout.tabBar, let card = state.card {
                for (index, rect) in AppLayout.tabHitRects(in: tabs, active: card.tab).enumerated() where rect.contains(event.point) {
                    state.focus = .card
                    state.card?.tab = CardTab(rawValue: index)!
                    state.card?.scroll = 0
                    state.card?.selectedItem = 0
                    return []
                }
            }
            if let list = layout.directoryRows, list.contains(event.point) {
                let index = state.directory.scroll.offset + (event.point.y - list.y)
                guard state.directory.rows.indices.contains(index) else { return [] }
                state.focus = .directory
                if index == state.directory.selection { return DirectoryUpdate.openSelected(&state) }  // a second click opens
                state.directory.selection = index
                return []
            }
            return []
        }
    }
}
