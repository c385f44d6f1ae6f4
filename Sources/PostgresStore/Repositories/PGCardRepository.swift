import CustomerCore
import Foundation

/// A whole card from one snapshot of the data (REPEATABLE READ), so that its tabs never show a
/// half-saved state while other counters write. Read through the other parts' own queries: each
/// tab is ordered as its part's contract says, on both backends.
public struct PGCardRepository: CardStore {
    let store: PostgresClienteleStore

    public func card(for id: CustomerID) throws -> CustomerCard? {
        try store.link.snapshot { _ in
            guard let customer = try store.customers.customer(id: id) else { return nil }
            let account = try store.loyalty.account(for: id)
            return CustomerCard(
                customer: customer,
                groups: try store.groups.groups(of: id),
                customFields: try store.customFields.definitions(),
                customValues: try store.customFields.values(for: id),
                notes: try store.notes.notes(for: id),
                attachments: try store.attachments.attachments(for: id),
                cards: try store.cardsOnFile.cards(for: id),
                loyaltyAccount: account,
                loyaltyEntries: try account?.id.map { try store.loyalty.entries(accountID: $0) } ?? [],
                bookings: try store.bookings.bookings(for: id),
                payments: try store.payments.payments(for: id),
                messages: try store.conversations.messages(for: id)
            )
        }
    }
}
