import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGLoyaltyRepository: LoyaltyStore {
    let link: PGLink

    public func program() throws -> LoyaltyProgram? { throw PGUnported(part: "LoyaltyStore") }
    public func saveProgram(_ program: LoyaltyProgram) throws { throw PGUnported(part: "LoyaltyStore") }
    public func account(for customerID: CustomerID) throws -> LoyaltyAccount? { throw PGUnported(part: "LoyaltyStore") }
    public func enroll(customerID: CustomerID, now: Date) throws -> LoyaltyAccount { throw PGUnported(part: "LoyaltyStore") }
    @discardableResult
    public func record(_ entry: LoyaltyEntry) throws -> LoyaltyAccount { throw PGUnported(part: "LoyaltyStore") }
    public func entries(accountID: Int64) throws -> [LoyaltyEntry] { throw PGUnported(part: "LoyaltyStore") }
}
