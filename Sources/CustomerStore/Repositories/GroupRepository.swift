import Foundation
import GRDB
import CustomerCore

/// Groups and their members (PRODUCT §2).
public struct GroupRepository: GroupsStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Every group with its member count, by name.
    public func groups() throws -> [CustomerGroup] {
        try database.writer.read { db in
            try db.mapRows(sql: """
                SELECT g.id, g.name, g.created_at, (SELECT count(*) FROM group_member m WHERE m.group_id = g.id) AS member_count
                FROM customer_group g ORDER BY g.name COLLATE NOCASE
                """) { row in
                CustomerGroup(id: row["id"], name: row["name"], createdAt: StoredTime.decode(row["created_at"] as Int64), memberCount: row["member_count"])
            }
        }
    }

    public func create(name: String, now: Date = Date()) throws -> CustomerGroup {
        if let issue = CustomerGroup.validateName(name) { throw StoreError.invalid(ValidationFailure([issue])) }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return try database.writer.write { db in try Self.create(db, name: trimmed, now: now) }
    }

    static func create(_ db: Database, name: String, now: Date) throws -> CustomerGroup {
        // The import creates its group here, not through `create(name:)`: checked on both paths.
        if let issue = CustomerGroup.validateName(name) { throw StoreError.invalid(ValidationFailure([issue])) }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM customer_group WHERE name = ? COLLATE NOCASE", arguments: [name]) == true {
            throw StoreError.duplicateName(what: "group", name: name)
        }
        try db.execute(sql: "INSERT INTO customer_group (name, created_at) VALUES (?, ?)", arguments: [name, StoredTime.encode(now)])
        return CustomerGroup(id: db.lastInsertedRowID, name: name, createdAt: now)
    }

    public func rename(id: Int64, to name: String) throws {
        if let issue = CustomerGroup.validateName(name) { throw StoreError.invalid(ValidationFailure([issue])) }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        try database.writer.write { db in
            if let other = try Int64.fetchOne(db, sql: "SELECT id FROM customer_group WHERE name = ? COLLATE NOCASE", arguments: [trimmed]),
               other != id {
                throw StoreError.duplicateName(what: "group", name: trimmed)
            }
            try db.execute(sql: "UPDATE customer_group SET name = ? WHERE id = ?", arguments: [trimmed, id])
            if db.changesCount == 0 { throw StoreError.notFound(what: "group", id: id) }
        }
    }

    /// Deletes the group, never its customers.
    public func delete(id: Int64) throws {
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM customer_group WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw StoreError.notFound(what: "group", id: id) }
        }
    }

    @discardableResult
    public func add(customers ids: [CustomerID], to groupID: Int64) throws -> Int {
        try database.writer.write { db in
            try Self.requireGroupAndCustomers(db, groupID: groupID, ids: ids)
            let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO group_member (group_id, customer_id) VALUES (?, ?)")
            var added = 0
            for id in ids {
                try statement.execute(arguments: [groupID, id])
                added += db.changesCount
            }
            return added
        }
    }

    @discardableResult
    public func remove(customers ids: [CustomerID], from groupID: Int64) throws -> Int {
        try database.writer.write { db in
            try Self.requireGroupAndCustomers(db, groupID: groupID, ids: ids)
            let statement = try db.cachedStatement(sql: "DELETE FROM group_member WHERE group_id = ? AND customer_id = ?")
            var removed = 0
            for id in ids {
                try statement.execute(arguments: [groupID, id])
                removed += db.changesCount
            }
            return removed
        }
    }

    /// An unknown group or customer is named (`notFound`) before anything is written: a script's typo
    /// in one id of many changes nothing.
    static func requireGroupAndCustomers(_ db: Database, groupID: Int64, ids: [CustomerID]) throws {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM customer_group WHERE id = ?", arguments: [groupID]) != true {
            throw StoreError.notFound(what: "group", id: groupID)
        }
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM customer WHERE id = ?")
        for id in ids where try Bool.fetchOne(exists, arguments: [id]) != true {
            throw StoreError.notFound(what: "customer", id: id)
        }
    }

    /// The groups a profile belongs to.
    public func groups(of customerID: CustomerID) throws -> [CustomerGroup] {
        try database.writer.read { db in try Self.groups(db, of: customerID) }
    }

    static func groups(_ db: Database, of customerID: CustomerID) throws -> [CustomerGroup] {
        try db.mapRows(sql: """
            SELECT g.id, g.name, g.created_at FROM customer_group g JOIN group_member m ON m.group_id = g.id
            WHERE m.customer_id = ? ORDER BY g.name COLLATE NOCASE
            """, arguments: [customerID]) { row in
            CustomerGroup(id: row["id"], name: row["name"], createdAt: StoredTime.decode(row["created_at"] as Int64))
        }
    }
}
