import Foundation
import GRDB
import CustomerCore

/// Cards on file (PRODUCT §8): brand, last four, expiry — never a number or a CVV.
public struct SavedCardRepository: CardsOnFileStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    static let columns = "id, customer_id, holder_name, brand, last_four, expiry_month, expiry_year, billing_postal_code, authorization_on_file, created_at"

    static func card(_ row: Row) -> CardOnFile {
        CardOnFile(id: row["id"], customerID: row["customer_id"], holderName: row["holder_name"], brand: CardBrand(rawValue: row["brand"]) ?? .other,
                   lastFour: row["last_four"], expiryMonth: row["expiry_month"], expiryYear: row["expiry_year"],
                   billingPostalCode: row["billing_postal_code"], authorizationOnFile: row["authorization_on_file"],
                   createdAt: StoredTime.decode(row["created_at"] as Int64))
    }

    public func cards(for customerID: CustomerID) throws -> [CardOnFile] {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM card WHERE customer_id = ? ORDER BY created_at DESC, id DESC",
                           arguments: [customerID], Self.card)
        }
    }

    public func card(id: Int64) throws -> CardOnFile? {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM card WHERE id = ?", arguments: [id], Self.card).first
        }
    }

    public func add(_ card: CardOnFile, now: Date = Date()) throws -> CardOnFile {
        let issues = card.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        return try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO card (customer_id, holder_name, brand, last_four, expiry_month, expiry_year, billing_postal_code, authorization_on_file, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [card.customerID, card.holderName.trimmingCharacters(in: .whitespaces), card.brand.rawValue, card.lastFour,
                                 card.expiryMonth, card.expiryYear, card.billingPostalCode, card.authorizationOnFile, StoredTime.encode(now)])
            var saved = card
            saved.id = db.lastInsertedRowID
            saved.createdAt = now
            return saved
        }
    }

    /// "Desvincular tarjetas": removes the card from the profile; past payments keep their record.
    public func unlink(id: Int64) throws {
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM card WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw StoreError.notFound(what: "card", id: id) }
        }
    }
}
