import Foundation

/// Cards on file (PRODUCT §8): brand, last four, expiry — never a number or a CVV.
public protocol CardsOnFileStore: Sendable {
    /// Newest first.
    func cards(for customerID: CustomerID) throws -> [CardOnFile]
    func card(id: Int64) throws -> CardOnFile?
    func add(_ card: CardOnFile, now: Date) throws -> CardOnFile
    /// Removes the card from the profile; past payments keep their record.
    func unlink(id: Int64) throws
}

extension CardsOnFileStore {
    public func add(_ card: CardOnFile) throws -> CardOnFile { try add(card, now: Date()) }
}
