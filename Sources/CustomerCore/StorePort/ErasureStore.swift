import Foundation

/// Erasing a customer on a privacy request (PRODUCT §2, issue 15): everything on their card, the
/// document files no one else refers to, the merge history that could bring them back, and the
/// words in the search index — nothing of theirs left in the stored data.
public protocol ErasureStore: Sendable {
    /// What `erase(id:)` would remove now; nil when there is no such customer. Reads only.
    func erasureSummary(for id: CustomerID) throws -> ErasureSummary?
    /// Removes the customer and everything that belongs to them in one write transaction, counting
    /// it there (so the counts are what went); `StoreError.notFound` when there is no such customer.
    @discardableResult
    func erase(id: CustomerID) throws -> ErasureSummary
}
