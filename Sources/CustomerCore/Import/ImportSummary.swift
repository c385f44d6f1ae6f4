import Foundation

/// What an import did (or, for a dry run, would do).
public struct ImportSummary: Sendable, Equatable {
    public var imported = 0
    public var rejected: [ImportRowIssue] = []
    /// Rows refused, with their line numbers, to write as a CSV of rejects.
    public var rejectedLines = Set<Int>()
    /// New profiles that share an email or phone with an existing profile or an earlier row.
    public var possibleDuplicates = 0
    public var groupName: String?
    public var encoding: TextEncoding = .utf8
    public var delimiter: Character = ","
    public var isDryRun = false
    public var rowsRead = 0

    public init() {}

    public var rejectedRowCount: Int { rejectedLines.count }
}
