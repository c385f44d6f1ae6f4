import Foundation

/// Writes the directory, or the profiles a filter lets through, as CSV (Square's headers, which
/// import back to the same profiles), vCard 4.0 or JSON, a batch at a time.
public protocol ExportStore: Sendable {
    /// Exports to `output`; `groupName` narrows to that group (`StoreError.notFound` if none). The
    /// number of profiles written.
    @discardableResult
    func export(format: DirectoryExportFormat, filter: DirectoryFilter, groupName: String?, now: Date, to output: FileHandle) throws -> Int
}

extension ExportStore {
    @discardableResult
    public func export(format: DirectoryExportFormat, filter: DirectoryFilter = DirectoryFilter(), groupName: String? = nil,
                       to output: FileHandle) throws -> Int {
        try export(format: format, filter: filter, groupName: groupName, now: Date(), to: output)
    }
}
