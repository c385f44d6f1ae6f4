import CustomerCore
import Foundation

/// Applies an import plan to a file on PostgreSQL (`ImportProcedure`, shared with SQLite, into
/// `PGImportDestination`). An import is one transaction: MVCC lets other counters read and save
/// beside it, so there are no slices and no marker of an import under way (SQLite's
/// `SlicedImportWriter`/`InterruptedImports`); a cancel, a refusal, a failure or a lost connection
/// rolls it all back.
public struct PGImportRunner: ImportStore {
    let store: PostgresClienteleStore

    public func plan(path: String, group: ImportGroupChoice?) throws -> (plan: ImportPlan, reader: CSVReader) {
        try ImportProcedure.plan(path: path, group: group, existing: try PGImportDestination.definitions(store.link))
    }

    public func run(_ plan: ImportPlan, reader: CSVReader, dryRun: Bool, now: Date, progress: (_ rows: Int, _ bytesRead: Int) -> Bool) throws -> ImportSummary {
        let destination = PGImportDestination(link: store.link)
        return try ImportProcedure.run(plan, reader: reader, into: destination, region: store.region, dryRun: dryRun, now: now, progress: progress)
    }

    /// The rejects file reads only the source and the summary (`ImportRejectsWriter`, the same on every backend).
    public func writeRejects(of path: String, summary: ImportSummary, to rejectsPath: String) throws {
        try ImportRejectsWriter.write(of: path, summary: summary, to: rejectsPath)
    }
}
