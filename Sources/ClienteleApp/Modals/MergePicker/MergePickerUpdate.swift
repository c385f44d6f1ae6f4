import CustomerCore
import Foundation
import TerminalCore

/// Keys and answers for the manual merge picker.
enum MergePickerUpdate {
    /// Matches shown at most; a person narrows by typing more.
    static let resultLimit = 50

    /// `m` on a card: pick the profile to merge into the card's.
    static func open(_ state: inout AppState) -> [Effect] {
        guard let card = state.card?.card, let id = card.customer.id else {
            state.status = StatusMessage(text: AppText.current.openCardFirst, kind: .info)
            return []
        }
        state.modals.append(.mergePicker(MergePickerState(customerID: id, customerName: card.customer.displayName)))
        return []
    }

    static func handle(_ key: KeyEvent, _ picker: inout MergePickerState, _ state: inout AppState, keyMap: KeyMap) -> [Effect] {
        var effects: [Effect] = []
        // The search field takes printable characters first (typing "j" in a name never moves).
        let action: Action? = if case .character = key { nil } else { keyMap.action(for: key, in: .mergePicker) }
        switch action {
        case .cancelModal:
            state.modals.removeLast()
            return []
        case .moveDown:
            picker.selected = min(max(0, picker.results.count - 1), picker.selected + 1)
        case .moveUp:
            picker.selected = max(0, picker.selected - 1)
        case .confirm:
            guard let row = picker.selectedRow, row.id != picker.customerID, !picker.isProposing else { break }
            picker.isProposing = true
            effects = [.proposeMerge(picker.customerID, row.id, keep: picker.customerID, then: [])]
        default:
            let before = picker.search.text
            guard picker.search.handle(key), picker.search.text != before else { break }
            picker.requestID += 1
            let query = picker.search.text.trimmingCharacters(in: .whitespaces)
            if query.isEmpty {
                picker.results = []
                picker.selected = 0
            } else {
                effects = [.searchMergeCandidates(requestID: picker.requestID, query: query, excluding: picker.customerID)]
            }
        }
        state.modals[state.modals.count - 1] = .mergePicker(picker)
        return effects
    }

    static func receive(_ msg: Msg, _ state: inout AppState) -> [Effect] {
        guard case .mergeCandidatesFound(let requestID, let rows) = msg,
              let index = state.modals.lastIndex(where: { if case .mergePicker = $0 { return true }; return false }),
              case .mergePicker(var picker) = state.modals[index], picker.requestID == requestID else { return [] }
        picker.results = rows.filter { $0.id != picker.customerID }
        picker.selected = 0
        state.modals[index] = .mergePicker(picker)
        return []
    }
}
