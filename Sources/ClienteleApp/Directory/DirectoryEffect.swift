import CustomerCore

/// Work for the directory pane.
public enum DirectoryEffect: Equatable, Sendable {
    case load(DirectoryRequest)
}

/// A page of the directory to fetch: a search (query not empty) or a browse from `after`.
public struct DirectoryRequest: Equatable, Sendable {
    public var requestID: Int
    public var query: String
    public var sort: DirectorySort
    public var filter: DirectoryFilter
    public var after: DirectoryCursor?
    public var limit: Int

    public init(requestID: Int, query: String, sort: DirectorySort, filter: DirectoryFilter, after: DirectoryCursor?, limit: Int) {
        self.requestID = requestID
        self.query = query
        self.sort = sort
        self.filter = filter
        self.after = after
        self.limit = limit
    }
}
