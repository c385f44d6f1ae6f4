import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGMaintenanceRepository: Maintenance {
    let store: PostgresClienteleStore

    public func integrityProblems(quick: Bool) throws -> [String] { throw PGUnported(part: "Maintenance") }
    @discardableResult
    public func backup(to path: String) throws -> BackupSummary { throw PGUnported(part: "Maintenance") }
    public func rowCounts() throws -> [String: Int] { throw PGUnported(part: "Maintenance") }
    public func removeLeftovers() throws -> Int { throw PGUnported(part: "Maintenance") }
}
