import Foundation

/// One cell of a stored row, as both backends hold it: integers (ids, times in milliseconds, 0/1
/// flags), text, or nothing. What `migrate-to` and a server's backup copy between them, unchanged.
public enum StoredValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case text(String)
}

/// A table as it is copied: its name and columns, in the order the rows' values come.
public struct StoredTable: Hashable, Sendable {
    public let name: String
    public let columns: [String]

    public init(name: String, columns: [String]) {
        self.name = name
        self.columns = columns
    }

    /// Every table a directory's data is in, each after the tables it refers to (foreign keys), so
    /// that rows can be inserted in this order. The search index, the migrations' own record and an
    /// import's marker are not data: each backend makes its own.
    public static let directoryTables = [
        "customer", "custom_field", "custom_field_value", "customer_group", "group_member", "note", "attachment", "card",
        "loyalty_program", "loyalty_reward", "loyalty_account", "loyalty_entry", "booking", "payment", "conversation_message",
        "merge_record", "ignored_duplicate_pair", "setting", "purged_merge",
    ]

    /// The tables whose `id` the database numbers (an identity column on PostgreSQL): after rows are
    /// copied with their ids, the numbering goes on after the largest.
    public static let numberedTables: Set<String> = [
        "customer", "custom_field", "customer_group", "note", "attachment", "card", "loyalty_reward", "loyalty_account",
        "loyalty_entry", "booking", "payment", "conversation_message", "merge_record",
    ]
}
