import Foundation
import GRDB
import CustomerCore

/// The shop's database: one SQLite file, opened with the settings that keep several counters
/// safe (DESIGN §3), migrated to the current schema. Repositories are built on it.
public final class AppDatabase: Sendable {
    /// The connection. Writes are `BEGIN IMMEDIATE` (GRDB's default for a writable queue).
    /// Internal: everything outside this module goes through the repositories' named methods (the
    /// port), so that no caller depends on SQL; tests that inspect a file use `@testable import`.
    let writer: DatabaseQueue
    /// Where attachment files live: beside the database, or nil for an in-memory database.
    public let attachmentsDirectory: URL?
    /// The journal mode chosen for the linked SQLite (see `JournalPolicy`).
    public let journalMode: JournalPolicy.Mode
    /// Where a statement that waits for another counter says so (`WaitingBusyHandler`).
    public let waits: CounterWaitReporter
    /// What a long operation here tells other counters (nil in memory).
    public let activityFile: CounterActivityFile?
    /// Other counters' commits (`PRAGMA data_version` on a connection of its own).
    public let watch: SQLiteCounterWatch

    /// Opens (creating if needed) the database at `path` and migrates it. `waits` hears of waits
    /// for another counter from the first statement on (the open itself may wait).
    public init(path: String, waits: CounterWaitReporter = CounterWaitReporter()) throws {
        self.waits = waits
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try NetworkFileSystemCheck.refuseIfNetworked(directory: url.deletingLastPathComponent().path)
        journalMode = JournalPolicy.mode(forSQLiteVersion: JournalPolicy.linkedVersion)
        let activityFile = CounterActivityFile(databasePath: path)
        self.activityFile = activityFile
        watch = SQLiteCounterWatch(path: path, waits: waits)
        let busy = WaitingBusyHandler(waits: waits, activityFile: activityFile)
        writer = try DatabaseQueue(path: path, configuration: AppDatabase.configuration(journalMode: journalMode, busy: busy))
        attachmentsDirectory = url.deletingLastPathComponent().appendingPathComponent("attachments", isDirectory: true)
        try AppDatabase.migrator.migrate(writer)
        // An import killed half-way is removed whole before anyone reads its rows as the directory's.
        try InterruptedImports.removeAbandoned(writer)
    }

    /// An in-memory database for tests and benchmarks' scratch work.
    public init() throws {
        waits = CounterWaitReporter()
        journalMode = .memory
        activityFile = nil
        watch = SQLiteCounterWatch(path: nil, waits: waits)
        writer = try DatabaseQueue(configuration: AppDatabase.configuration(journalMode: .memory, busy: nil))
        attachmentsDirectory = nil
        try AppDatabase.migrator.migrate(writer)
    }

    static func configuration(journalMode: JournalPolicy.Mode, busy: WaitingBusyHandler? = nil) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // A second counter writing at the same moment makes us wait, not fail, and say so when
        // the wait is long (`WaitingBusyHandler`; a fixed 10 s timeout failed behind a long import).
        config.busyMode = busy.map { handler in .callback { tries in handler.shouldRetry(numberOfTries: tries) } } ?? .timeout(10)
        config.label = "Clientele"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            switch journalMode {
            case .wal:
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = FULL")
            case .rollback:
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                try db.execute(sql: "PRAGMA synchronous = FULL")
            case .memory:
                break
            }
            // No mmap: a torn mapped page must never reach the file (DESIGN §3).
            try db.execute(sql: "PRAGMA mmap_size = 0")
            try db.execute(sql: "PRAGMA cache_size = -16000")
        }
        return config
    }

    /// Another read-only connection to the same file, with a small cache, for a long read that
    /// should not fill the main connection's cache (the duplicate scan); nil in memory.
    func secondReader() throws -> DatabaseQueue? {
        guard journalMode != .memory else { return nil }
        var config = Configuration()
        config.readonly = true
        let busy = WaitingBusyHandler(waits: waits, activityFile: activityFile)
        config.busyMode = .callback { tries in busy.shouldRetry(numberOfTries: tries) }
        config.label = "Clientele second reader"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = 0")
            try db.execute(sql: "PRAGMA cache_size = -512")  // a long scan reads each page once
        }
        return try DatabaseQueue(path: writer.path, configuration: config)
    }

    /// Runs `PRAGMA integrity_check` (or the faster quick_check); returns the problems, empty when sound.
    public func integrityProblems(quick: Bool = false) throws -> [String] {
        try writer.read { db in
            let rows = try String.fetchAll(db, sql: quick ? "PRAGMA quick_check" : "PRAGMA integrity_check")
            var problems = rows == ["ok"] ? [] : rows
            let foreignKeyProblems = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            problems += foreignKeyProblems.map { "foreign key broken in \($0["table"] as String? ?? "?") row \($0["rowid"] as Int64? ?? 0)" }
            return problems
        }
    }

    /// A consistent copy of the live database through SQLite's backup API (never a file copy).
    public func backup(to path: String) throws {
        let destination = try DatabaseQueue(path: path)
        try writer.backup(to: destination)
    }
}
