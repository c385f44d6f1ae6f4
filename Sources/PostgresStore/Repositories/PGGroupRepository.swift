import CustomerCore
import Foundation

/// Groups and their members on PostgreSQL (PRODUCT §2): `GroupRepository`'s contract. Names are
/// unique whatever their case (the unique index on `lower(name)`): checked first, and a create at
/// another counter committing the same name in between is the same refusal, not a server error.
public struct PGGroupRepository: GroupsStore {
    let link: PGLink

    /// SQLite orders by `name COLLATE NOCASE`: the lowered name in byte order, then the id.
    static let nameOrder = "lower(g.name) COLLATE \"C\", g.id"

    /// Every group with its member count, by name.
    public func groups() throws -> [CustomerGroup] {
        try link.query("""
            SELECT g.id, g.name, g.created_at, (SELECT count(*) FROM group_member m WHERE m.group_id = g.id) AS member_count
            FROM customer_group g ORDER BY \(Self.nameOrder)
            """).map { row in
            CustomerGroup(id: try row.int("id"), name: try row.text("name"), createdAt: StoredTime.decode(try row.int("created_at")),
                          memberCount: Int(try row.int("member_count")))
        }
    }

    public func create(name: String, now: Date) throws -> CustomerGroup {
        if let issue = CustomerGroup.validateName(name) { throw StoreError.invalid(ValidationFailure([issue])) }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return try link.write { db in try Self.create(db, name: trimmed, now: now) }
    }

    /// Inside the caller's transaction (the import and the demo create their groups here too).
    static func create(_ db: PGLink, name: String, now: Date) throws -> CustomerGroup {
        if let issue = CustomerGroup.validateName(name) { throw StoreError.invalid(ValidationFailure([issue])) }
        if try db.one("SELECT 1 FROM customer_group WHERE lower(name) = lower(?)", [name]) != nil {
            throw StoreError.duplicateName(what: "group", name: name)
        }
        do {
            guard let id = try db.int("INSERT INTO customer_group (name, created_at) VALUES (?, ?) RETURNING id", [name, StoredTime.encode(now)]) else {
                throw StoreError.fileProblem("the server returned no id for a new group")
            }
            return CustomerGroup(id: id, name: name, createdAt: now)
        } catch let error as PGServerError where error.isUniqueViolation {
            throw StoreError.duplicateName(what: "group", name: name)
        }
    }

    public func rename(id: Int64, to name: String) throws {
        if let issue = CustomerGroup.validateName(name) { throw StoreError.invalid(ValidationFailure([issue])) }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        try link.write { db in
            if let other = try db.int("SELECT id FROM customer_group WHERE lower(name) = lower(?)", [trimmed]), other != id {
                throw StoreError.duplicateName(what: "group", name: trimmed)
            }
            let changed: Int
            do {
                changed = try db.execute("UPDATE customer_group SET name = ? WHERE id = ?", [trimmed, id])
            } catch let error as PGServerError where error.isUniqueViolation {
                throw StoreError.duplicateName(what: "group", name: trimmed)
            }
            if changed == 0 { throw StoreError.notFound(what: "group", id: id) }
        }
    }

    /// Deletes the group, never its customers.
    public func delete(id: Int64) throws {
        try link.write { db in
            if try db.execute("DELETE FROM customer_group WHERE id = ?", [id]) == 0 { throw StoreError.notFound(what: "group", id: id) }
        }
    }

    @discardableResult
    public func add(customers ids: [CustomerID], to groupID: Int64) throws -> Int {
        try link.write { db in
            try Self.requireGroupAndCustomers(db, groupID: groupID, ids: ids)
            return try db.execute("""
                INSERT INTO group_member (group_id, customer_id) SELECT DISTINCT ?::bigint, id FROM unnest(?::bigint[]) AS t(id)
                ON CONFLICT DO NOTHING
                """, [groupID, PGArray(ids)])
        }
    }

    @discardableResult
    public func remove(customers ids: [CustomerID], from groupID: Int64) throws -> Int {
        try link.write { db in
            try Self.requireGroupAndCustomers(db, groupID: groupID, ids: ids)
            return try db.execute("DELETE FROM group_member WHERE group_id = ? AND customer_id = ANY(?)", [groupID, PGArray(ids)])
        }
    }

    /// An unknown group or customer is named (`notFound`, the first unknown id in the order given)
    /// before anything is written: a script's typo in one id of many changes nothing. The rows found
    /// are locked against a delete at another counter until the transaction ends.
    static func requireGroupAndCustomers(_ db: PGLink, groupID: Int64, ids: [CustomerID]) throws {
        if try db.one("SELECT 1 FROM customer_group WHERE id = ? FOR KEY SHARE", [groupID]) == nil {
            throw StoreError.notFound(what: "group", id: groupID)
        }
        guard !ids.isEmpty else { return }
        let found = Set(try db.query("SELECT id FROM customer WHERE id = ANY(?) FOR KEY SHARE", [PGArray(ids)]).map { try $0.int("id") })
        if let missing = ids.first(where: { !found.contains($0) }) { throw StoreError.notFound(what: "customer", id: missing) }
    }

    /// The groups a profile belongs to, by name.
    public func groups(of customerID: CustomerID) throws -> [CustomerGroup] {
        try Self.groups(link, of: customerID)
    }

    static func groups(_ db: PGLink, of customerID: CustomerID) throws -> [CustomerGroup] {
        try db.query("""
            SELECT g.id, g.name, g.created_at FROM customer_group g JOIN group_member m ON m.group_id = g.id
            WHERE m.customer_id = ? ORDER BY \(Self.nameOrder)
            """, [customerID]).map { row in
            CustomerGroup(id: try row.int("id"), name: try row.text("name"), createdAt: StoredTime.decode(try row.int("created_at")))
        }
    }
}
