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

    public init(id: Int64, survivorID: CustomerID, absorbedID: CustomerID, absorbedName: String, createdAt: Date, undoneAt: Date?) {
        self.id = id
        self.survivorID = survivorID
        self.absorbedID = absorbedID
        self.absorbedName = absorbedName
        self.createdAt = createdAt
        self.undoneAt = undoneAt
    }

    public var isUndone: Bool { undoneAt != nil }
}

/// Why a merge or its undo was refused; nothing was changed.
public enum MergeRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    case sameProfile
    case documentsOverLimit(total: Int)
    case alreadyUndone(mergeID: Int64)
    case survivorMergedSince(mergeID: Int64, laterMergeID: Int64?)
    case profileIDTaken(CustomerID)

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
        }
    }
}
