import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGSavedCardRepository: CardsOnFileStore {
    let link: PGLink

    public func cards(for customerID: CustomerID) throws -> [CardOnFile] { throw PGUnported(part: "CardsOnFileStore") }
    public func card(id: Int64) throws -> CardOnFile? { throw PGUnported(part: "CardsOnFileStore") }
    public func add(_ card: CardOnFile, now: Date) throws -> CardOnFile { throw PGUnported(part: "CardsOnFileStore") }
    public func unlink(id: Int64) throws { throw PGUnported(part: "CardsOnFileStore") }
}
