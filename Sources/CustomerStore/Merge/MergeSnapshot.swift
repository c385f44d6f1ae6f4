import Foundation
import CustomerCore

/// Everything a merge changed, kept in `merge_record.snapshot` (JSON) so that undo can put both
/// profiles back: the two profiles before, what the merge wrote on the survivor (to tell later
/// edits apart), and the ids of every row it moved.
struct MergeSnapshot: Codable, Sendable {
    var survivorBefore: Customer
    var mergedSurvivor: Customer
    var absorbed: Customer
    /// Custom values as stored text, keyed by field id.
    var survivorCustomValuesBefore: [Int64: String]
    var mergedCustomValues: [Int64: String]
    var absorbedCustomValues: [Int64: String]
    var absorbedGroupIDs: [Int64]
    var groupsAddedToSurvivor: [Int64]
    /// The ids of the rows that moved to the survivor, by table (`CustomerOwnedTables.movedToSurvivor`).
    var movedRowIDs: [String: [Int64]]
    /// Documents left out to stay within the limit (either side's), restored on undo.
    var droppedAttachments: [Attachment]
    var absorbedLoyalty: LoyaltySnapshot?
    var survivorLoyalty: LoyaltySnapshot?
    /// The absorbed account became the survivor's (the survivor had none).
    var loyaltyAccountMoved: Bool
    var mergedLoyaltyEntryID: Int64?
    var mergedLoyaltyPhone: String?
    var ignoredPairs: [CustomerPair]
    /// Earlier merges that the absorbed profile had survived, now pointing at this survivor.
    var repointedMergeIDs: [Int64]

    struct LoyaltySnapshot: Codable, Sendable {
        var accountID: Int64
        var phoneE164: String
        var enrolledAt: Date
        var balance: Int
        var entryIDs: [Int64]
    }
}
