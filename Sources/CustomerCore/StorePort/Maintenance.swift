import Foundation

/// Looking after the stored data itself: `clientele check`, backups, and what a file holds after
/// a crash or a migration.
public protocol Maintenance: Sendable {
    /// The integrity problems found (empty when sound); `quick` for the faster, shallower check.
    func integrityProblems(quick: Bool) throws -> [String]
    /// A consistent copy of the live data at `path` (which must not exist, in a folder that does),
    /// with the document files it refers to in `attachments/` beside it; never half of one.
    @discardableResult
    func backup(to path: String) throws -> BackupSummary
    /// How many rows each stored table holds, by table name.
    func rowCounts() throws -> [String: Int]
    /// Removes what a killed process left behind (a document's temporary file that no running
    /// attach holds); how many files were removed.
    func removeLeftovers() throws -> Int
}

extension Maintenance {
    public func integrityProblems() throws -> [String] { try integrityProblems(quick: false) }
}
