import Foundation

/// A merge as history keeps it (PRODUCT §5: every merge is reversible until history is purged).
public struct MergeRecord: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    /// The profile that kept its id.
    public var survivorID: CustomerID
    /// The profile that was folded into it (gone until the merge is undone).
    public var absorbedID: CustomerID
    /// The absorbed profile's name at the time, for the history list.
    public var absorbedName: String
    public var createdAt: Date
    public var undoneAt: Date?
    /// When its record was purged from the history (only a marker is left; it can no longer be undone).
    public var purgedAt: Date?

    public init(id: Int64, survivorID: CustomerID, absorbedID: CustomerID, absorbedName: String, createdAt: Date, undoneAt: Date?,
                purgedAt: Date? = nil) {
        self.id = id
        self.survivorID = survivorID
        self.absorbedID = absorbedID
        self.absorbedName = absorbedName
        self.createdAt = createdAt
        self.undoneAt = undoneAt
        self.purgedAt = purgedAt
    }

    public var isUndone: Bool { undoneAt != nil }
    public var isPurged: Bool { purgedAt != nil }
}

/// What `MergeStore.purgeHistory` removed: merge records, and the document files only they kept.
public struct MergePurge: Hashable, Sendable {
    public var records: Int
    public var files: Int

    public init(records: Int, files: Int) {
        self.records = records
        self.files = files
    }
}

/// Why a merge or its undo was refused; nothing was changed.
public enum MergeRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    case sameProfile
    case documentsOverLimit(total: Int)
    case alreadyUndone(mergeID: Int64)
    case survivorMergedSince(mergeID: Int64, laterMergeID: Int64?)
    case profileIDTaken(CustomerID)
    /// The merge's record was purged from the history; only its marker says what it was.
    case purged(MergeRecord)

    public var description: String {
        switch self {
        case .sameProfile:
            "a profile cannot be merged with itself"
        case .documentsOverLimit(let total):
            "together the two profiles hold \(total) documents and a profile may hold \(AttachmentRules.maximumFilesPerCustomer); choose to keep the newest \(AttachmentRules.maximumFilesPerCustomer) (the others stay in the merge's history) or remove some first"
        case .alreadyUndone(let id):
            "merge \(id) was already undone"
        case .survivorMergedSince(let id, let later):
            "the profile that merge \(id) kept was merged into another since; undo merge \(later.map(String.init) ?? "that later merge") first"
        case .profileIDTaken(let id):
            "a profile with id \(id) exists again; merge cannot be undone"
        case .purged(let record):
            "the merge of \(record.absorbedName) into customer \(record.survivorID) on \(Self.day(record.createdAt)) was purged from the history on \(Self.day(record.purgedAt ?? record.createdAt)); it can no longer be undone"
        }
    }

    /// "2026-12-02", in UTC: the refusal's words are for logs and scripts; people see `AppText`'s.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
