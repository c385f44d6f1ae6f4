import Foundation
import GRDB
import CustomerCore

/// Loads a whole card in one read transaction, so its tabs never show a half-saved state.
public struct CustomerCardRepository: CardStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func card(for id: CustomerID) throws -> CustomerCard? {
        try database.writer.read { db in try Self.card(db, for: id) }
    }

    static func card(_ db: Database, for id: CustomerID) throws -> CustomerCard? {
        guard let customer = try CustomerRepository.fetchCustomer(db, id: id) else { return nil }
        let account = try LoyaltyRepository.account(db, customerID: id)
        func rows<T>(_ sql: String, _ map: (Row) -> T) throws -> [T] {
            try db.mapRows(sql: sql, arguments: [id], map)
        }
        return CustomerCard(
            customer: customer,
            groups: try GroupRepository.groups(db, of: id),
            customFields: try CustomFieldRepository.definitions(db),
            customValues: try CustomFieldRepository.values(db, customerID: id),
            notes: try rows("SELECT \(NoteRepository.columns) FROM note WHERE customer_id = ? ORDER BY is_pinned DESC, created_at DESC, id DESC", NoteRepository.note),
            attachments: try rows("SELECT \(AttachmentRepository.columns) FROM attachment WHERE customer_id = ? ORDER BY created_at DESC, id DESC", AttachmentRepository.attachment),
            cards: try rows("SELECT \(SavedCardRepository.columns) FROM card WHERE customer_id = ? ORDER BY created_at DESC, id DESC", SavedCardRepository.card),
            loyaltyAccount: account,
            loyaltyEntries: try db.mapRows(sql: "SELECT \(LoyaltyRepository.entryColumns) FROM loyalty_entry WHERE account_id = ? ORDER BY created_at DESC, id DESC",
                                           arguments: [account?.id ?? -1], LoyaltyRepository.entry),
            bookings: try rows("SELECT \(BookingRepository.columns) FROM booking WHERE customer_id = ? ORDER BY starts_at DESC, id DESC", BookingRepository.booking),
            payments: try rows("SELECT \(PaymentRepository.columns) FROM payment WHERE customer_id = ? ORDER BY paid_at DESC, id DESC", PaymentRepository.payment),
            messages: try rows("SELECT \(ConversationRepository.columns) FROM conversation_message WHERE customer_id = ? ORDER BY created_at DESC, id DESC", ConversationRepository.message)
        )
    }
}

