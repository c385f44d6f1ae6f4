import CustomerCore
import CustomerStore
import TerminalCore

/// Facts: what happened (a key, a resize, an answer from the store). `update` turns them into
/// a new state and effects.
public enum Msg: Equatable, Sendable {
    case started
    case keyPressed(KeyEvent)
    case terminalResized(Size)
    case mouseClicked(MouseEvent)
    case directoryLoaded(DirectoryLoad)
    case cardLoaded(CustomerID, CustomerCard?)
    case customerSaved(Customer, isNew: Bool)
    case saveRefused([ValidationIssue])
    case saveConflicted(current: Customer)
    case overviewLoaded(Overview)
    case demoCustomersLoaded(count: Int)
    case operationFailed(String)
    /// Time passed with no input: counts are refreshed (reminders come due).
    case clockTicked
    case pathCompleted(String, candidates: [String])
    case importPreviewed(ImportPreview)
    case importPreviewFailed(String)
    case importProgressed(ImportProgress)
    case importFinished(ImportOutcome)
    case directoryExported(count: Int, path: String)
    case duplicatesCounted(requestID: Int, count: Int)
    case duplicateClustersLoaded([DuplicateCluster])
    case duplicateProfilesLoaded(clusterID: String, [DuplicateProfile])
    case duplicatesIgnored(DuplicateCluster)
    case mergePlanProposed(MergePlan, then: [CustomerID])
    /// A profile changed at another counter since the review opened: the fresh plan to review again.
    case mergeConflicted(MergePlan)
    /// A merge or its undo was refused (the reason, for a person); nothing changed.
    case mergeFailed(String)
    case merged(MergeRecord)
    /// `skipped`: clusters left alone (over the document limit, or changed meanwhile).
    case mergedAll(profiles: Int, survivors: Int, skipped: Int)
    case mergeUndone(MergeRecord)
    case mergeHistoryLoaded(CustomerID, [MergeRecord])
    case mergeCandidatesFound(requestID: Int, [DirectoryRow])
}

/// What a directory request brought back.
public struct DirectoryLoad: Equatable, Sendable {
    public var requestID: Int
    public var rows: [DirectoryRow]
    public var next: DirectoryCursor?
    public var matchingCount: Int
    public var isTruncated: Bool
    /// A further page of the same listing, to append.
    public var isContinuation: Bool

    public init(requestID: Int, rows: [DirectoryRow], next: DirectoryCursor?, matchingCount: Int, isTruncated: Bool, isContinuation: Bool) {
        self.requestID = requestID
        self.rows = rows
        self.next = next
        self.matchingCount = matchingCount
        self.isTruncated = isTruncated
        self.isContinuation = isContinuation
    }
}

/// Counts and lists the status bar and filters need, loaded at start and after changes.
public struct Overview: Equatable, Sendable {
    public var totalCustomers: Int
    public var remindersDue: Int
    public var groups: [CustomerGroup]
    public var customFields: [CustomFieldDefinition]

    public init(totalCustomers: Int, remindersDue: Int, groups: [CustomerGroup], customFields: [CustomFieldDefinition]) {
        self.totalCustomers = totalCustomers
        self.remindersDue = remindersDue
        self.groups = groups
        self.customFields = customFields
    }
}
