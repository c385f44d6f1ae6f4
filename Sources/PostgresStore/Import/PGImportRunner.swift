import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGImportRunner: ImportStore {
    let store: PostgresClienteleStore

    public func plan(path: String, group: ImportGroupChoice?) throws -> (plan: ImportPlan, reader: CSVReader) { throw PGUnported(part: "ImportStore") }
    public func run(_ plan: ImportPlan, reader: CSVReader, dryRun: Bool, now: Date, progress: (_ rows: Int, _ bytesRead: Int) -> Bool) throws -> ImportSummary { throw PGUnported(part: "ImportStore") }
    public func writeRejects(of path: String, summary: ImportSummary, to rejectsPath: String) throws { throw PGUnported(part: "ImportStore") }
}
