import CustomerCore
import TerminalCore

/// The directory pane: loading pages, moving the selection, search, sort and filters.
enum DirectoryUpdate {
    /// Rows fetched per page while browsing, and at most per search.
    static let pageSize = 200
    static let searchLimit = 500

    /// How the selection moves.
    enum Move { case up, down, pageUp, pageDown, top, bottom }

    static func receive(_ msg: DirectoryMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .loaded(let load): return loaded(load, &state)
        }
    }

    /// Starts a fresh load of the directory for the current query, sort and filter.
    static func reload(_ state: inout AppState, keepSelection: Bool = true, select id: CustomerID? = nil) -> Effect {
        state.directory.requestID += 1
        state.directory.isLoading = true
        state.directory.pendingSelection = id ?? (keepSelection ? state.directory.selectedRow?.id : nil)
        let searching = !state.directory.query.isEmpty
        return .directory(.load(DirectoryRequest(requestID: state.directory.requestID, query: state.directory.query,
                                                 sort: state.directory.sort, filter: state.directory.filter, after: nil,
                                                 limit: searching ? searchLimit : pageSize)))
    }

    static func loaded(_ load: DirectoryLoad, _ state: inout AppState) -> [Effect] {
        guard load.requestID == state.directory.requestID else { return [] }  // an answer to an older query
        state.directory.isLoading = false
        if load.isContinuation {
            state.directory.rows += load.rows
        } else {
            state.directory.rows = load.rows
            state.directory.scroll = ListScroll()
            state.directory.selection = state.directory.pendingSelection.flatMap { id in load.rows.firstIndex { $0.id == id } } ?? 0
        }
        state.directory.nextCursor = load.next
        if load.matchingCount >= 0 { state.directory.matchingCount = load.matchingCount }
        state.directory.isTruncated = load.isTruncated
        state.directory.pendingSelection = nil
        revealSelection(&state)
        return followSelection(&state)
    }

    /// The card open beside the list shows the selected customer: moving through the list (or a
    /// new search) brings each one's card, so what `ctrl+e` edits is what the screen shows.
    static func followSelection(_ state: inout AppState) -> [Effect] {
        guard state.isWide, state.focus == .directory, let card = state.card, let row = state.directory.selectedRow,
              row.id != card.customerID else { return [] }
        state.card = CardState(customerID: row.id)
        return [.card(.load(row.id))]
    }

    /// A key no binding claims, from the directory or the card: the search box's. Typing from the
    /// card goes back to the directory (on a narrow screen the card closes) and searches.
    static func type(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        let before = state.directory.search.text
        var search = state.directory.search
        guard search.handle(key) else { return [] }
        if state.focus == .card {
            guard key.isPrintable else { return [] }  // a character or a paste; the card's arrows and deletions are not typing
            state.focus = .directory
            if !state.isWide { state.card = nil }
        }
        state.directory.search = search
        return search.text == before ? [] : [reload(&state, keepSelection: false)]
    }

    static func switchPane(_ state: inout AppState) -> [Effect] {
        if state.card != nil { state.focus = state.focus == .directory ? .card : .directory }
        return []
    }

    static func openSelected(_ state: inout AppState) -> [Effect] {
        guard let row = state.directory.selectedRow else { return [] }
        state.card = CardState(customerID: row.id)
        state.focus = .card
        return [.card(.load(row.id))]
    }

    /// Escape: the search first; with no search, the marks.
    static func clearSearch(_ state: inout AppState) -> [Effect] {
        if state.directory.search.text.isEmpty, !state.directory.marked.isEmpty {
            state.directory.marked = []
            state.say(GroupsNote.marksCleared)
            return []
        }
        let hadQuery = !state.directory.search.text.isEmpty
        state.directory.search.setText("")
        return hadQuery ? [reload(&state, keepSelection: false)] : []
    }

    static func clearFilters(_ state: inout AppState) -> [Effect] {
        state.directory.search.setText("")
        state.directory.filter = DirectoryFilter()
        return [reload(&state, keepSelection: false)]
    }

    static func cycleSort(_ state: inout AppState) -> [Effect] {
        let all = DirectorySort.allCases
        state.directory.sort = all[(all.firstIndex(of: state.directory.sort)! + 1) % all.count]
        state.say(DirectoryNote.sortedBy(state.directory.sort))
        return [reload(&state, keepSelection: false)]
    }

    static func move(_ move: Move, _ state: inout AppState) -> [Effect] {
        let count = state.directory.rows.count
        guard count > 0 else { return [] }
        let page = max(1, AppLayout.directoryVisibleRows(state) - 1)
        var selection = state.directory.selection
        switch move {
        case .up: selection -= 1
        case .down: selection += 1
        case .pageUp: selection -= page
        case .pageDown: selection += page
        case .top: selection = 0
        case .bottom: selection = count - 1
        }
        state.directory.selection = max(0, min(count - 1, selection))
        revealSelection(&state)
        var effects = followSelection(&state)
        // Near the end of what is loaded: fetch the next page (keyset), never everything.
        if let next = state.directory.nextCursor, !state.directory.isLoading, state.directory.selection >= count - 20 {
            state.directory.isLoading = true
            effects.append(.directory(.load(DirectoryRequest(requestID: state.directory.requestID, query: "", sort: state.directory.sort,
                                                             filter: state.directory.filter, after: next, limit: pageSize))))
        }
        return effects
    }

    static func revealSelection(_ state: inout AppState) {
        state.directory.scroll.reveal(state.directory.selection, visibleRows: AppLayout.directoryVisibleRows(state),
                                      count: state.directory.rows.count)
    }
}
