import CustomerCore

/// Loading the card.
extension EffectRunner {
    func perform(_ effect: CardEffect) throws -> [Msg] {
        switch effect {
        case .load(let id):
            // The merges it kept come with the card: the Main tab lists them and `u` undoes the newest.
            return [.card(.loaded(id, try store.customerCards.card(for: id))), .card(.mergeHistoryLoaded(id, try store.merges.history(of: id)))]
        }
    }
}
