import Foundation

/// Groups and their members (PRODUCT §2). Names are unique whatever their case
/// (`StoreError.duplicateName`).
public protocol GroupsStore: Sendable {
    /// Every group with its member count, by name.
    func groups() throws -> [CustomerGroup]
    func create(name: String, now: Date) throws -> CustomerGroup
    func rename(id: Int64, to name: String) throws
    /// Deletes the group, never its customers.
    func delete(id: Int64) throws
    func add(customers ids: [CustomerID], to groupID: Int64) throws
    func remove(customers ids: [CustomerID], from groupID: Int64) throws
    /// The groups a profile belongs to, by name.
    func groups(of customerID: CustomerID) throws -> [CustomerGroup]
}

extension GroupsStore {
    public func create(name: String) throws -> CustomerGroup { try create(name: name, now: Date()) }
}
