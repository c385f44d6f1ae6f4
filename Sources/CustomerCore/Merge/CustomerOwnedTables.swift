import Foundation

/// Every table whose rows belong to one customer, registered once with what a merge and its undo
/// do with them, and which of its rows an erasure (a privacy request) removes. Why: a merge ends by deleting the absorbed profile, and `ON DELETE CASCADE` then
/// silently takes every row still pointing at it — a table added to the schema without a line here
/// would lose the absorbed profile's rows, and undo could not bring them back.
/// Shared by both backends (the schema-reading half, `referringTables`, is each backend's).
/// `CustomerOwnedTablesTests` fails, naming the table, for every table that refers to a customer
/// and is not registered, and round-trips a row of each registered one through a merge and its undo;
/// `ErasureTests` fills every registered table and finds none of the erased customer's rows after.
public enum CustomerOwnedTables {
    /// What a merge and its undo do with one table's rows.
    public enum Handling: Equatable, Sendable {
        /// The absorbed profile's rows move to the survivor (`customer_id`); their ids are kept in
        /// the merge's snapshot and undo moves exactly those back. The table needs an `id` column.
        case movedToSurvivor
        /// Merged by a step of its own in `MergeRepository.apply` (`PGMergeRepository` on PostgreSQL) and restored by one in `undo`,
        /// as described.
        case ownMergeStep(String)
        /// Deliberately left to the cascade: the rows go with the absorbed profile and undo does not
        /// bring them back, for the reason given.
        case excluded(reason: String)
    }

    /// What an erasure removes from one table: the rows `rows` selects (SQL, the customer's id as
    /// `:id`), counted in the summary as `part`. Why a predicate and not the cascade: a merge record
    /// names its absorbed profile without a foreign key, and the count must be told before anything goes.
    public struct Erasure: Sendable {
        public let rows: String
        public let part: ErasureSummary.Part

        public init(rows: String, part: ErasureSummary.Part) {
            self.rows = rows
            self.part = part
        }
    }

    public struct Entry: Sendable {
        public let table: String
        public let handling: Handling
        public let erasure: Erasure

        public init(table: String, handling: Handling, erasure: Erasure) {
            self.table = table
            self.handling = handling
            self.erasure = erasure
        }

        /// The usual erasure: the rows whose `customer_id` is the customer's.
        public init(table: String, handling: Handling, erasedAs part: ErasureSummary.Part) {
            self.init(table: table, handling: handling, erasure: Erasure(rows: "customer_id = :id", part: part))
        }
    }

    /// In the order a merge's steps touch them (a loyalty account before its entries).
    public static let all: [Entry] = [
        Entry(table: "note", handling: .movedToSurvivor, erasedAs: .notes),
        // Documents past the per-profile limit leave both cards; the snapshot keeps them for undo.
        Entry(table: "attachment", handling: .movedToSurvivor, erasedAs: .documents),
        Entry(table: "card", handling: .movedToSurvivor, erasedAs: .cards),
        Entry(table: "booking", handling: .movedToSurvivor, erasedAs: .bookings),
        Entry(table: "payment", handling: .movedToSurvivor, erasedAs: .payments),
        Entry(table: "conversation_message", handling: .movedToSurvivor, erasedAs: .conversationMessages),
        Entry(table: "custom_field_value", handling: .ownMergeStep("""
            the survivor takes the values the plan chose; the snapshot keeps both profiles' values, and undo puts back the \
            absorbed profile's and the survivor's where nobody changed them since
            """), erasedAs: .customValues),
        Entry(table: "group_member", handling: .ownMergeStep("""
            the survivor joins the absorbed profile's groups; undo gives the absorbed profile its groups back and takes the \
            survivor out of those it joined
            """), erasedAs: .groupMemberships),
        Entry(table: "loyalty_account", handling: .ownMergeStep("""
            one account: the absorbed balance is added to the survivor's (or the absorbed account handed over when the \
            survivor has none) and a "merged" entry written; undo splits them again
            """), erasedAs: .loyaltyMembership),
        Entry(table: "loyalty_entry", handling: .ownMergeStep("""
            belongs to a customer through its account and moves with it (see loyalty_account); undo moves the absorbed \
            account's entries back and deletes the "merged" one
            """), erasure: Erasure(rows: "account_id IN (SELECT id FROM loyalty_account WHERE customer_id = :id)", part: .loyaltyEntries)),
        Entry(table: "merge_record", handling: .ownMergeStep("""
            earlier merges the absorbed profile survived are re-pointed to the survivor (else the cascade would erase \
            them and their undo); undo points them back
            """),
            // Erased on both sides: as survivor, its snapshots hold the profiles it absorbed; as the absorbed
            // profile of an undone merge, the snapshot still holds what it was then.
            erasure: Erasure(rows: "survivor_id = :id OR absorbed_id = :id", part: .mergeRecords)),
        // What is left of a purged merge (v9): it follows its survivor into a later merge and back on that
        // merge's undo, like a note. Erased on both sides, as merge records are: it names the absorbed profile.
        Entry(table: "purged_merge", handling: .movedToSurvivor,
              erasure: Erasure(rows: "customer_id = :id OR absorbed_id = :id", part: .mergeRecords)),
        Entry(table: "ignored_duplicate_pair", handling: .ownMergeStep("""
            pairs naming the absorbed profile go with it; the snapshot keeps them and undo records them again, dated \
            at the undo
            """), erasure: Erasure(rows: "first_id = :id OR second_id = :id", part: .ignoredPairs)),
    ]

    /// The tables whose rows a merge moves to the survivor as they are.
    public static var movedToSurvivor: [String] { all.filter { $0.handling == .movedToSurvivor }.map(\.table) }
}
