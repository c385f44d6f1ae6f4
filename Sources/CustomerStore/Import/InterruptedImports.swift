import Foundation
import CustomerCore
import GRDB

/// The marker of an import written in slices (`import_run`): begun before its first row,
/// deleted in the same transaction as nothing else once its last slice is in — so an import is
/// finished exactly when its marker is gone. An import cancelled, failed, or killed (its process
/// gone, or its marker not refreshed for `staleAfter`) is removed whole: the customers of each
/// recorded id range, the group and custom fields it created, then the marker. Removal goes in
/// slices too, and a removal killed half-way is simply finished by the next open.
enum InterruptedImports {
    /// A live import refreshes its marker with every slice (a fraction of a second); one this old
    /// belongs to a process that stopped without dying (or whose id was reused).
    static let staleAfter: TimeInterval = 60
    /// Customers deleted per transaction when an import is removed.
    static let idsPerRemovalSlice: Int64 = 5_000

    /// Starts an import's marker; its id.
    static func begin(_ db: Database, now: Date) throws -> Int64 {
        // `started_at` is the import's `now` as the profiles store it (their created_at): removal
        // deletes only profiles that are the import's by that too, never one that reused an id.
        try db.execute(sql: "INSERT INTO import_run (process_id, started_at, updated_at) VALUES (?, ?, ?)",
                       arguments: [Int64(getpid()), StoredTime.encode(now), Int64(Date().timeIntervalSince1970 * 1000)])
        return db.lastInsertedRowID
    }

    /// What the import created besides its rows, to remove with them if it does not finish.
    static func recordCreated(_ db: Database, run: Int64, groupID: Int64?, fieldIDs: [Int64]) throws {
        try db.execute(sql: "UPDATE import_run SET created_group_id = ?, created_field_ids = ? WHERE id = ?",
                       arguments: [groupID, fieldIDs.map(String.init).joined(separator: ","), run])
    }

    /// One slice's customers (ids `first…last`), and the marker refreshed.
    static func recordSlice(_ db: Database, run: Int64, first: Int64, last: Int64, now: Date) throws {
        try db.execute(sql: "INSERT INTO import_run_range (run_id, first_id, last_id) VALUES (?, ?, ?)", arguments: [run, first, last])
        try db.execute(sql: "UPDATE import_run SET updated_at = ? WHERE id = ?", arguments: [Int64(now.timeIntervalSince1970 * 1000), run])
    }

    /// The commit marker: the import is whole from this transaction on.
    static func finish(_ db: Database, run: Int64) throws {
        try db.execute(sql: "DELETE FROM import_run WHERE id = ?", arguments: [run])
    }

    /// Removes every import whose process is gone (run at open, before anyone reads its rows as
    /// the directory's). How many were removed.
    @discardableResult
    static func removeAbandoned(_ writer: StoreConnection, now: Date = Date()) throws -> Int {
        let runs = try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, process_id, updated_at FROM import_run").map { row -> (id: Int64, pid: Int32, updated: Int64) in
                (row["id"], Int32(truncatingIfNeeded: row["process_id"] as Int64), row["updated_at"])
            }
        }
        var removed = 0
        for run in runs {
            let age = now.timeIntervalSince1970 - Double(run.updated) / 1000
            // This process counts as alive too: another thread of it may be importing (a second
            // connection opened meanwhile must not take that import for dead).
            let alive = kill(run.pid, 0) == 0 || errno == EPERM
            guard !alive || age > staleAfter else { continue }
            try remove(writer, run: run.id)
            removed += 1
        }
        return removed
    }

    /// Removes every unfinished import from a copy of the database (a backup being made): none of
    /// their processes writes to the copy.
    static func removeAll(inCopyAt path: String) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let copy = StoreConnection(queue: queue, path: path, damaged: false)
        for run in try copy.read({ db in try Int64.fetchAll(db, sql: "SELECT id FROM import_run") }) {
            try remove(copy, run: run)
        }
    }

    /// Removes one import's rows and what it created, slice by slice, then its marker.
    static func remove(_ writer: StoreConnection, run: Int64) throws {
        while let range = try writer.read({ db in
            try Row.fetchOne(db, sql: "SELECT rowid, first_id, last_id FROM import_run_range WHERE run_id = ? ORDER BY first_id DESC LIMIT 1", arguments: [run])
        }) {
            let rowid: Int64 = range["rowid"], first: Int64 = range["first_id"], last: Int64 = range["last_id"]
            var upper = last
            while upper >= first {
                let lower = max(first, upper - idsPerRemovalSlice + 1)
                try writer.write { db in
                    try db.execute(sql: """
                        DELETE FROM customer WHERE id BETWEEN ? AND ? AND creation_source = 'import'
                          AND created_at = (SELECT started_at FROM import_run WHERE id = ?)
                        """, arguments: [lower, upper, run])
                    if lower == first {
                        try db.execute(sql: "DELETE FROM import_run_range WHERE rowid = ?", arguments: [rowid])
                    } else {
                        try db.execute(sql: "UPDATE import_run_range SET last_id = ? WHERE rowid = ?", arguments: [lower - 1, rowid])
                    }
                }
                upper = lower - 1
            }
        }
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT created_group_id, created_field_ids FROM import_run WHERE id = ?", arguments: [run]) else { return }
            if let group = row["created_group_id"] as Int64? {
                try db.execute(sql: "DELETE FROM customer_group WHERE id = ?", arguments: [group])
            }
            for field in (row["created_field_ids"] as String).split(separator: ",").compactMap({ Int64($0) }) {
                try db.execute(sql: "DELETE FROM custom_field WHERE id = ?", arguments: [field])
            }
            try db.execute(sql: "DELETE FROM import_run WHERE id = ?", arguments: [run])
        }
    }
}
