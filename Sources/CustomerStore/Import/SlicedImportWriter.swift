import Foundation
import GRDB
import CustomerCore

/// Writes an import in short transactions of about `sliceTarget` each, so that another counter's
/// lookups and saves wait at most that long (a whole-file transaction held the write lock for the
/// whole import: 9.1 s for a save behind 400,000 rows, and readers were shut out once its pages
/// spilled). All or nothing through the marker (`InterruptedImports`): begun first, deleted by
/// `finish`; `abandon` (cancel, failure) and the next open (a kill) remove what the slices wrote.
/// Meanwhile the import says how far it is in the activity file, for the counters that wait.
final class SlicedImportWriter: ImportWriting {
    /// How long one slice should hold the write lock.
    static let sliceTarget: TimeInterval = 0.1
    /// The pause after each slice, in microseconds: longer than a waiting counter's longest sleep
    /// (`WaitingBusyHandler.longestSleep`), so its save gets the lock between two slices instead
    /// of finding it taken again every time it looks. About 4 % of an import's time.
    static let pauseBetweenSlices: UInt32 = 4_000
    /// Rows per slice, adapted after each slice to take about `sliceTarget`.
    static let rowsPerSliceRange = 250...50_000

    let database: AppDatabase
    let fileSize: Int
    let now: Date
    private(set) var rowsPerSlice = 2_000
    private var run: Int64?
    private var insert: BulkCustomerInsert?
    private let activity: ActivityReporter

    init(database: AppDatabase, fileSize: Int, now: Date) {
        self.database = database
        self.fileSize = fileSize
        self.now = now
        activity = ActivityReporter(file: database.activityFile, operation: .importing)
    }

    /// The first transaction: the marker, then what `body` creates (the group, custom fields).
    func begin(_ body: (Database, inout ImportCreations) throws -> Void) throws {
        try database.writer.write { db in
            let run = try InterruptedImports.begin(db, now: now)
            var created = ImportCreations()
            try body(db, &created)
            try InterruptedImports.recordCreated(db, run: run, groupID: created.group, fieldIDs: created.fields)
            // Prepared once on the queue's one connection, used by every slice after.
            insert = try BulkCustomerInsert(db)
            self.run = run
        }
        activity.progress(0)
    }

    /// One slice: `body` inserts and returns the new ids, recorded with the marker.
    func slice(_ body: (Database, BulkCustomerInsert) throws -> [CustomerID]) throws {
        // Rows sliced before `begin` (or after `finish`) would be counted and never written.
        guard let run, let insert else { preconditionFailure("an import slice outside begin…finish") }
        let started = Date()
        try database.writer.write { db in
            let ids = try body(db, insert)
            if let first = ids.min(), let last = ids.max() {
                try InterruptedImports.recordSlice(db, run: run, first: first, last: last, now: Date())
            }
        }
        usleep(Self.pauseBetweenSlices)
        // Next slice sized to the time this one took (halfway there, so one slow commit — a disk
        // flush — does not swing it).
        let took = max(0.001, Date().timeIntervalSince(started))
        let aimed = Double(rowsPerSlice) * Self.sliceTarget / took
        rowsPerSlice = min(Self.rowsPerSliceRange.upperBound, max(Self.rowsPerSliceRange.lowerBound, (rowsPerSlice + Int(aimed)) / 2))
    }

    func progress(bytesRead: Int) {
        activity.progress(fileSize > 0 ? Double(bytesRead) / Double(fileSize) : nil)
    }

    /// Cancelled, refused or failed half-way: what the slices wrote goes, whole.
    func allOrNothing(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            try abandon()
            throw error
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T { try database.writer.read(body) }

    func finish(lastExistingID: Int64) throws { try finish() }

    /// The commit marker: from this transaction on the import is whole.
    func finish() throws {
        guard let run else { return }
        try database.writer.write { db in try InterruptedImports.finish(db, run: run) }
        self.run = nil
        insert = nil
        activity.finish()
    }

    /// Removes what the slices wrote (a cancel, a refusal, a failure half-way).
    func abandon() throws {
        defer { activity.finish() }
        insert = nil
        guard let run else { return }
        self.run = nil
        try InterruptedImports.remove(database.writer, run: run)
    }
}
