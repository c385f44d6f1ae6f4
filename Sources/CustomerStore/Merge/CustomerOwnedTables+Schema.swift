import Foundation
import GRDB
import CustomerCore

/// The SQLite schema's side of `CustomerOwnedTables` (CustomerCore): which of the file's tables
/// belong to a customer, to find one nobody registered.
extension CustomerOwnedTables {
    /// The tables of the schema whose rows belong to a customer: a `customer_id` column, a foreign
    /// key to `customer`, or a foreign key that cascades from another such table (a loyalty entry
    /// goes with its account). `customer` itself is the owner, not owned.
    static func referringTables(in db: Database) throws -> Set<String> {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'customer' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
            """)
        var columns: [String: Set<String>] = [:]
        var foreignKeys: [String: [(parent: String, onDelete: String)]] = [:]
        for table in tables {
            columns[table] = Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]))
            foreignKeys[table] = try Row.fetchAll(db, sql: "SELECT \"table\" AS parent, on_delete FROM pragma_foreign_key_list(?)", arguments: [table])
                .map { (parent: $0["parent"], onDelete: $0["on_delete"]) }
        }
        var owned = Set(tables.filter { table in
            columns[table, default: []].contains("customer_id") || foreignKeys[table, default: []].contains { $0.parent == "customer" }
        })
        // Through cascades: until no table is added.
        while true {
            let more = tables.filter { table in
                !owned.contains(table) && foreignKeys[table, default: []].contains { owned.contains($0.parent) && $0.onDelete == "CASCADE" }
            }
            if more.isEmpty { return owned }
            owned.formUnion(more)
        }
    }

    /// The tables that belong to a customer and are not registered here, by name; empty when every
    /// one is claimed.
    static func unclaimed(in db: Database) throws -> [String] {
        try referringTables(in: db).subtracting(all.map(\.table)).sorted()
    }
}
