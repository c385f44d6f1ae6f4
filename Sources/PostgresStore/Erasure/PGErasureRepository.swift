import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGErasureRepository: ErasureStore {
    let store: PostgresClienteleStore

    public func erasureSummary(for id: CustomerID) throws -> ErasureSummary? { throw PGUnported(part: "ErasureStore") }
    @discardableResult
    public func erase(id: CustomerID) throws -> ErasureSummary { throw PGUnported(part: "ErasureStore") }
}
