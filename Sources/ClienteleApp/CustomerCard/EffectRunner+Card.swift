import CustomerCore

/// Loading the card.
extension EffectRunner {
    func perform(_ effect: CardEffect) throws -> [Msg] {
        switch effect {
        case .load(let id):
            // The merges it kept come with the card: the Main tab lists them and `u` undoes the newest.
            // Then which upcoming bookings overlap another customer's booking of the same staff member (flagged on the tab).
            let card = try store.customerCards.card(for: id)
            return [.card(.loaded(id, card)), .card(.mergeHistoryLoaded(id, try store.merges.history(of: id))),
                    .bookings(.cardOverlapsLoaded(id, try upcomingOverlaps(of: card)))]
        }
    }
}
