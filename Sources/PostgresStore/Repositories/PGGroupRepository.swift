import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGGroupRepository: GroupsStore {
    let link: PGLink

    public func groups() throws -> [CustomerGroup] { throw PGUnported(part: "GroupsStore") }
    public func create(name: String, now: Date) throws -> CustomerGroup { throw PGUnported(part: "GroupsStore") }
    public func rename(id: Int64, to name: String) throws { throw PGUnported(part: "GroupsStore") }
    public func delete(id: Int64) throws { throw PGUnported(part: "GroupsStore") }
    @discardableResult
    public func add(customers ids: [CustomerID], to groupID: Int64) throws -> Int { throw PGUnported(part: "GroupsStore") }
    @discardableResult
    public func remove(customers ids: [CustomerID], from groupID: Int64) throws -> Int { throw PGUnported(part: "GroupsStore") }
    public func groups(of customerID: CustomerID) throws -> [CustomerGroup] { throw PGUnported(part: "GroupsStore") }
}
