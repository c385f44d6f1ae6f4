import CustomerCore

/// Answers for the directory pane.
public enum DirectoryMsg: Equatable, Sendable {
    case loaded(DirectoryLoad)
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
