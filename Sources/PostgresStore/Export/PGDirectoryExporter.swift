import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGDirectoryExporter: ExportStore {
    let store: PostgresClienteleStore

    @discardableResult
    public func export(format: DirectoryExportFormat, filter: DirectoryFilter, groupName: String?, now: Date, to output: FileHandle) throws -> Int { throw PGUnported(part: "ExportStore") }
}
