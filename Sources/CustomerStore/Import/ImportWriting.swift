import Foundation
import GRDB
import CustomerCore

/// How an import's rows reach the file: in slices of about 100 ms beside other counters
/// (`SlicedImportWriter`), or in one transaction with the indexes built after the rows when the
/// import is alone with the file (`WholeImportWriter`). `SQLiteImportDestination` drives either.
protocol ImportWriting: AnyObject {
    /// How many rows `slice` should be given at once now.
    var rowsPerSlice: Int { get }
    /// The whole writing: kept only if `body` returns, gone whole when it throws.
    func allOrNothing(_ body: () throws -> Void) throws
    /// The first step: `body` creates the group and custom fields (said in `created`).
    func begin(_ body: (Database, inout ImportCreations) throws -> Void) throws
    /// Some rows: `body` inserts them and returns their ids.
    func slice(_ body: (Database, BulkCustomerInsert) throws -> [CustomerID]) throws
    func progress(bytesRead: Int)
    /// After the last row (`lastExistingID`: the largest id before the import).
    func finish(lastExistingID: Int64) throws
    /// A read inside the import (its own transaction's view when there is one).
    func read<T>(_ body: (Database) throws -> T) throws -> T
}

/// What an import created besides its rows: the sliced writer records them with its marker, so that
/// an import that does not finish takes them away with its rows.
struct ImportCreations {
    var group: Int64?
    var fields: [Int64] = []
}

/// An import alone with the file (nobody else has it open: `CounterPresence`): one transaction, as
/// before the slices — the search trigger and, for a large import, the customer indexes dropped and
/// built once after the rows (`BulkLoadMode`). 100,000 rows in 50 slices took 7.4–8.7 s against
/// 2.2–2.3 s in one transaction (DECISIONS, issue 16). A counter that opens the file meanwhile
/// waits for the commit, told so by the activity file; a kill leaves SQLite's journal, which the
/// next open rolls back: nothing of the import stays.
final class WholeImportWriter: ImportWriting {
    let database: AppDatabase
    let fileSize: Int
    private var db: Database?
    private var insert: BulkCustomerInsert?
    private var bulk: BulkLoadMode?
    private let activity: ActivityReporter

    init(database: AppDatabase, fileSize: Int) {
        self.database = database
        self.fileSize = fileSize
        activity = ActivityReporter(file: database.activityFile, operation: .importing)
    }

    var rowsPerSlice: Int { ImportProcedure.rowsPerChunk }

    func allOrNothing(_ body: () throws -> Void) throws {
        defer { activity.finish() }
        try database.writer.write { db in
            // The transaction's connection, for the steps `body` takes inside this closure only.
            self.db = db
            defer { self.db = nil; insert = nil; bulk = nil }
            try body()
        }
    }

    private func transaction() -> Database {
        guard let db else { preconditionFailure("an import step outside WholeImportWriter.allOrNothing") }
        return db
    }

    func begin(_ body: (Database, inout ImportCreations) throws -> Void) throws {
        let db = transaction()
        var created = ImportCreations()
        try body(db, &created)
        bulk = try BulkLoadMode.begin(db, estimatedRows: fileSize / BulkLoadMode.bytesPerRowEstimate)
        insert = try BulkCustomerInsert(db)
        activity.progress(0)
    }

    func slice(_ body: (Database, BulkCustomerInsert) throws -> [CustomerID]) throws {
        guard let insert else { preconditionFailure("an import slice before begin") }
        _ = try body(transaction(), insert)
    }

    func progress(bytesRead: Int) {
        activity.progress(fileSize > 0 ? Double(bytesRead) / Double(fileSize) : nil)
    }

    func finish(lastExistingID: Int64) throws {
        try bulk?.end(transaction(), lastExistingID: lastExistingID)
        bulk = nil
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T { try body(transaction()) }
}
