import Foundation
import CustomerCore
import CustomerStore
import SampleCustomers

/// `clientele-bench duplicates`: the quality of duplicate detection against the generator's
/// ground truth (100,000 rows), the full scan at `count` profiles beside a bare `GROUP BY`, and
/// the time of a merge of two full profiles and of its undo. Figures only, never pass/fail.
struct DuplicatesBench {
    let count: Int
    /// `--db`: the scan's database, kept between runs (filled by import the first time).
    var keepPath: String?

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-duplicates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        print("clientele-bench duplicates: quality on 100000 rows, scan on \(count) profiles, merge of full profiles; SQLite \(JournalPolicy.linkedVersionText)")

        try DuplicateQualityBench(rows: 100_000, work: work).run()
        try DuplicateQualityBench(rows: 100_000, work: work, disguises: true).run()
        try DuplicateScanBench(count: count, work: work, keepPath: keepPath).run()
        try MergeTimingBench(work: work).run()
    }

    /// The sample generator's list in Square's layout (every row's Reference ID is R + its row
    /// number, 6 % planted duplicates, nicknames and swapped names among them with `disguises`), with the truth file when asked, imported with the store's
    /// import runner for region US.
    static func generateAndImport(rows: Int, work: URL, name: String, truth: String? = nil,
                                  databasePath: String? = nil, disguises: Bool = false) throws -> (ClienteleStore, ImportSummary, Double) {
        let csv = work.appendingPathComponent("\(name).csv").path
        try CustomerListFile.write(CustomerListOptions(rows: rows, layout: .square, disguises: disguises), to: csv, truth: truth)
        var store = ClienteleStore(database: try AppDatabase(path: databasePath ?? work.appendingPathComponent("\(name).sqlite").path), region: "US")
        // Alone with its file, as `clientele import` is: one transaction, not the slices a counter
        // beside others needs (about 20 s instead of 4–5 s for 100,000 rows, three times a run).
        store.importsWholeWhenAlone = true
        let runner = ImportRunner(store: store)
        let start = Stopwatch.now()
        let (plan, reader) = try runner.plan(path: csv, group: ImportGroupChoice.none)
        let summary = try runner.run(plan, reader: reader, dryRun: false)
        let seconds = Double(Stopwatch.now() - start) / 1e9
        try? FileManager.default.removeItem(atPath: csv)
        return (store, summary, seconds)
    }
}
