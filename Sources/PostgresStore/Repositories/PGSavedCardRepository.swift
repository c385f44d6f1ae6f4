import CustomerCore
import Foundation

/// Cards on file on PostgreSQL (PRODUCT §8): brand, last four, expiry — never a number or a CVV.
/// `SavedCardRepository`'s contract: a card is checked (`CardOnFile.issues`, which scans the holder
/// and postal code for a card number) before any statement is sent, so no number reaches the
/// server, not even in a refused statement's text or the server's log.
public struct PGSavedCardRepository: CardsOnFileStore {
    let link: PGLink

    static let columns = "id, customer_id, holder_name, brand, last_four, expiry_month, expiry_year, billing_postal_code, authorization_on_file, created_at"

    static func card(_ row: PGRow) throws -> CardOnFile {
        CardOnFile(id: try row.int("id"), customerID: try row.int("customer_id"), holderName: try row.text("holder_name"),
                   brand: CardBrand(rawValue: try row.text("brand")) ?? .other, lastFour: try row.text("last_four"),
                   expiryMonth: Int(try row.int("expiry_month")), expiryYear: Int(try row.int("expiry_year")),
                   billingPostalCode: try row.text("billing_postal_code"), authorizationOnFile: try row.flag("authorization_on_file"),
                   createdAt: StoredTime.decode(try row.int("created_at")))
    }

    /// Newest first.
    public func cards(for customerID: CustomerID) throws -> [CardOnFile] {
        try link.query("SELECT \(Self.columns) FROM card WHERE customer_id = ? ORDER BY created_at DESC, id DESC", [customerID]).map(Self.card)
    }

    public func card(id: Int64) throws -> CardOnFile? {
        try link.one("SELECT \(Self.columns) FROM card WHERE id = ?", [id]).map(Self.card)
    }

    public func add(_ card: CardOnFile, now: Date) throws -> CardOnFile {
        let issues = card.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        return try link.write { db in
            var saved = card
            saved.id = try db.int("""
                INSERT INTO card (customer_id, holder_name, brand, last_four, expiry_month, expiry_year, billing_postal_code, authorization_on_file, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, [card.customerID, card.holderName.trimmingCharacters(in: .whitespaces), card.brand.rawValue, card.lastFour,
                      card.expiryMonth, card.expiryYear, card.billingPostalCode, card.authorizationOnFile, StoredTime.encode(now)])
            saved.createdAt = now
            return saved
        }
    }

    /// "Desvincular tarjetas": removes the card from the profile; past payments keep their record.
    public func unlink(id: Int64) throws {
        try link.write { db in
            if try db.execute("DELETE FROM card WHERE id = ?", [id]) == 0 { throw StoreError.notFound(what: "card", id: id) }
        }
    }
}
