import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGDemoLoader: DemoStore {
    let store: PostgresClienteleStore

    public func load(count: Int, seed: UInt64, now: Date) throws -> DemoSummary { throw PGUnported(part: "DemoStore") }
}
