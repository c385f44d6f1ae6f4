import CustomerCore
import Foundation

/// What an erasure removes on PostgreSQL, table by table: the predicates of SQLite's registry
/// (`CustomerOwnedTables`, whose erasure part this repeats; that registry also drives the merge and
/// is internal to CustomerStore), the customer's id as `$1`. In the order a merge touches them
/// (a loyalty account before its entries); deleted in reverse.
enum PGErasedTables {
    struct Entry: Sendable {
        let table: String
        /// Which rows are the customer's (`$1` is the id).
        let rows: String
        let part: ErasureSummary.Part
    }

    static let all: [Entry] = [
        Entry(table: "note", rows: "customer_id = $1", part: .notes),
        Entry(table: "attachment", rows: "customer_id = $1", part: .documents),
        Entry(table: "card", rows: "customer_id = $1", part: .cards),
        Entry(table: "booking", rows: "customer_id = $1", part: .bookings),
        Entry(table: "payment", rows: "customer_id = $1", part: .payments),
        Entry(table: "conversation_message", rows: "customer_id = $1", part: .conversationMessages),
        Entry(table: "custom_field_value", rows: "customer_id = $1", part: .customValues),
        Entry(table: "group_member", rows: "customer_id = $1", part: .groupMemberships),
        Entry(table: "loyalty_account", rows: "customer_id = $1", part: .loyaltyMembership),
        Entry(table: "loyalty_entry", rows: "account_id IN (SELECT id FROM loyalty_account WHERE customer_id = $1)", part: .loyaltyEntries),
        // Erased on both sides: as survivor, its snapshots hold the profiles it absorbed; as the absorbed
        // profile of an undone merge, the snapshot still holds what it was then.
        Entry(table: "merge_record", rows: "survivor_id = $1 OR absorbed_id = $1", part: .mergeRecords),
        Entry(table: "purged_merge", rows: "customer_id = $1 OR absorbed_id = $1", part: .mergeRecords),
        Entry(table: "ignored_duplicate_pair", rows: "first_id = $1 OR second_id = $1", part: .ignoredPairs),
    ]
}
