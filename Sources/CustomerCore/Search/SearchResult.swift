import Foundation

/// The rows a search found, in name order, and whether there were more than the limit.
public struct SearchResult: Hashable, Sendable {
    public var rows: [DirectoryRow]
    public var truncated: Bool
    public var query: SearchQuery

    public init(rows: [DirectoryRow], truncated: Bool, query: SearchQuery) {
        self.rows = rows
        self.truncated = truncated
        self.query = query
    }
}
