import Foundation

/// Groups and their members (PRODUCT §2). Names are unique whatever their case
/// (`StoreError.duplicateName`).
public protocol GroupsStore: Sendable {
    /// Every group with its member count, by name.
    func groups() throws -> [CustomerGroup]
    func create(name: String, now: Date) throws -> CustomerGroup
    func rename(id: Int64, to name: String) throws
    /// Deletes the group, never its customers (`StoreError.notFound` for an unknown id).
    func delete(id: Int64) throws
    /// Adds the profiles, in one transaction; how many were not members yet. An unknown group or
    /// customer id throws `StoreError.notFound` and adds nobody.
    @discardableResult
    func add(customers ids: [CustomerID], to groupID: Int64) throws -> Int
    /// Removes the profiles (never deletes them); how many were members. Unknown ids as `add`.
    @discardableResult
    func remove(customers ids: [CustomerID], from groupID: Int64) throws -> Int
    /// The groups a profile belongs to, by name.
    func groups(of customerID: CustomerID) throws -> [CustomerGroup]
}

extension GroupsStore {
    /// The group of this name, whatever its case and surrounding spaces (names are unique so).
    public func group(named name: String) throws -> CustomerGroup? {
        let wanted = CustomerGroup.normalizedName(name)
        return try groups().first { $0.name.compare(wanted, options: [.caseInsensitive]) == .orderedSame }
    }

    public func create(name: String) throws -> CustomerGroup { try create(name: name, now: Date()) }
}
