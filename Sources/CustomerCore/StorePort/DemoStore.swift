import Foundation

/// Realistic demo customers whose cards exercise every tab (`clientele demo`, the welcome screen).
public protocol DemoStore: Sendable {
    /// Adds `count` customers from the seeded generator (the same seed gives the same customers).
    func load(count: Int, seed: UInt64, now: Date) throws -> DemoSummary
}

extension DemoStore {
    public func load(count: Int, seed: UInt64 = 42) throws -> DemoSummary { try load(count: count, seed: seed, now: Date()) }
}
