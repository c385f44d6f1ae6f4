import Foundation

/// Everything a merge changed, kept in `merge_record.snapshot` (JSON) so that undo can put both
/// profiles back: the two profiles before, what the merge wrote on the survivor (to tell later
/// edits apart), and the ids of every row it moved. Shared by both backends, with its encoding
/// (`json`, `decoded`), so that a snapshot means the same on SQLite and PostgreSQL and a directory
/// copied from one to the other can still undo its merges.
public struct MergeSnapshot: Codable, Sendable {
    public var survivorBefore: Customer
    public var mergedSurvivor: Customer
    public var absorbed: Customer
    /// Custom values as stored text, keyed by field id.
    public var survivorCustomValuesBefore: [Int64: String]
    public var mergedCustomValues: [Int64: String]
    public var absorbedCustomValues: [Int64: String]
    public var absorbedGroupIDs: [Int64]
    public var groupsAddedToSurvivor: [Int64]
    /// The ids of the rows that moved to the survivor, by table (`CustomerOwnedTables.movedToSurvivor`).
    public var movedRowIDs: [String: [Int64]]
    /// Documents left out to stay within the limit (either side's), restored on undo.
    public var droppedAttachments: [Attachment]
    public var absorbedLoyalty: LoyaltySnapshot?
    public var survivorLoyalty: LoyaltySnapshot?
    /// The absorbed account became the survivor's (the survivor had none).
    public var loyaltyAccountMoved: Bool
    public var mergedLoyaltyEntryID: Int64?
    public var mergedLoyaltyPhone: String?
    public var ignoredPairs: [CustomerPair]
    /// Earlier merges that the absorbed profile had survived, now pointing at this survivor.
    public var repointedMergeIDs: [Int64]

    public struct LoyaltySnapshot: Codable, Sendable {
        public var accountID: Int64
        public var phoneE164: String
        public var enrolledAt: Date
        public var balance: Int
        public var entryIDs: [Int64]

        public init(accountID: Int64, phoneE164: String, enrolledAt: Date, balance: Int, entryIDs: [Int64]) {
            self.accountID = accountID
            self.phoneE164 = phoneE164
            self.enrolledAt = enrolledAt
            self.balance = balance
            self.entryIDs = entryIDs
        }
    }

    public init(survivorBefore: Customer, mergedSurvivor: Customer, absorbed: Customer,
                survivorCustomValuesBefore: [Int64: String], mergedCustomValues: [Int64: String], absorbedCustomValues: [Int64: String],
                absorbedGroupIDs: [Int64], groupsAddedToSurvivor: [Int64], movedRowIDs: [String: [Int64]],
                droppedAttachments: [Attachment], absorbedLoyalty: LoyaltySnapshot?, survivorLoyalty: LoyaltySnapshot?,
                loyaltyAccountMoved: Bool, mergedLoyaltyEntryID: Int64?, mergedLoyaltyPhone: String?,
                ignoredPairs: [CustomerPair], repointedMergeIDs: [Int64]) {
        self.survivorBefore = survivorBefore
        self.mergedSurvivor = mergedSurvivor
        self.absorbed = absorbed
        self.survivorCustomValuesBefore = survivorCustomValuesBefore
        self.mergedCustomValues = mergedCustomValues
        self.absorbedCustomValues = absorbedCustomValues
        self.absorbedGroupIDs = absorbedGroupIDs
        self.groupsAddedToSurvivor = groupsAddedToSurvivor
        self.movedRowIDs = movedRowIDs
        self.droppedAttachments = droppedAttachments
        self.absorbedLoyalty = absorbedLoyalty
        self.survivorLoyalty = survivorLoyalty
        self.loyaltyAccountMoved = loyaltyAccountMoved
        self.mergedLoyaltyEntryID = mergedLoyaltyEntryID
        self.mergedLoyaltyPhone = mergedLoyaltyPhone
        self.ignoredPairs = ignoredPairs
        self.repointedMergeIDs = repointedMergeIDs
    }

    /// The text stored in `merge_record.snapshot`.
    public func json() throws -> String { String(decoding: try JSONEncoder().encode(self), as: UTF8.self) }

    /// A stored snapshot read back.
    public static func decoded(_ json: String) throws -> MergeSnapshot { try JSONDecoder().decode(MergeSnapshot.self, from: Data(json.utf8)) }

    /// The absorbed profile as a record's `absorbed` member holds it (what the history lists).
    public static func decodedProfile(_ json: String) -> Customer? { try? JSONDecoder().decode(Customer.self, from: Data(json.utf8)) }
}
