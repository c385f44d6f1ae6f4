import Foundation

/// The customer card: a profile and every tab of it, read at one moment (one read transaction in
/// SQLite), so that no tab shows a half-saved state.
public protocol CardStore: Sendable {
    /// The whole card, or nil when there is no such profile.
    func card(for id: CustomerID) throws -> CustomerCard?
}
