import Foundation

/// Imports a customer file (Square, Mailchimp, a spreadsheet) in one transaction: interrupted at
/// any point, the directory is exactly as it was.
public protocol ImportStore: Sendable {
    /// Reads the header line and proposes the mapping; the reader is left at the first row.
    func plan(path: String, group: ImportGroupChoice?) throws -> (plan: ImportPlan, reader: CSVReader)
    /// Imports the rows `reader` has left (or only checks them, `dryRun`). `progress` is called now
    /// and then with the rows and bytes read so far; returning false cancels (`ImportCancelled`,
    /// nothing written).
    func run(_ plan: ImportPlan, reader: CSVReader, dryRun: Bool, now: Date,
             progress: (_ rows: Int, _ bytesRead: Int) -> Bool) throws -> ImportSummary
    /// Writes the refused rows of `path` to `rejectsPath` as CSV, with a first column saying why.
    func writeRejects(of path: String, summary: ImportSummary, to rejectsPath: String) throws
}

extension ImportStore {
    public func plan(path: String) throws -> (plan: ImportPlan, reader: CSVReader) { try plan(path: path, group: nil) }

    public func run(_ plan: ImportPlan, reader: CSVReader, dryRun: Bool) throws -> ImportSummary {
        try run(plan, reader: reader, dryRun: dryRun, now: Date(), progress: { _, _ in true })
    }
}
