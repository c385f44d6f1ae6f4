import CustomerCore
import Foundation
import TerminalCore

/// The merge picker as a modal: a search field over the profiles, then the review.
extension MergePickerState: ModalContent {
    public var scope: KeyScope { .mergePicker }

    /// The search field takes printable characters first (typing "j" in a name never moves).
    public var takesPrintableCharacters: Bool { true }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .mergePicker(let action)? = action else { return typed(key) }
        switch action {
        case .moveDown: selected = min(max(0, results.count - 1), selected + 1)
        case .moveUp: selected = max(0, selected - 1)
        case .confirm:
            guard let row = selectedRow, row.id != customerID, !isProposing else { break }
            isProposing = true
            return .stay([.merge(.propose(customerID, row.id, keep: customerID, then: []))])
        case .cancelModal: return .close
        }
        return .stay
    }

    /// A key no binding claims: the search field's, and a new search when its text changed.
    mutating func typed(_ key: KeyEvent) -> ModalReply {
        let before = search.text
        guard search.handle(key), search.text != before else { return .stay }
        requestID += 1
        let query = search.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else {
            results = []
            selected = 0
            return .stay
        }
        return .stay([.merge(.searchCandidates(requestID: requestID, query: query, excluding: customerID))])
    }
}

/// Opening the picker.
enum MergePickerUpdate {
    /// Matches shown at most; a person narrows by typing more.
    static let resultLimit = 50

    /// `m` on a card: pick the profile to merge into the card's.
    static func open(_ state: inout AppState) -> [Effect] {
        guard let card = state.card?.card, let id = card.customer.id else {
            state.say(MergeNote.openCardFirst)
            return []
        }
        state.modals.push(MergePickerState(customerID: id, customerName: card.customer.displayName))
        return []
    }
}
