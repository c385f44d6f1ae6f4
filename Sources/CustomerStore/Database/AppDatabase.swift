import Foundation
import GRDB
import CustomerCore

/// The shop's database: one SQLite file, opened with the settings that keep several counters
/// safe (DESIGN §3), migrated to the current schema. Repositories are built on it.
public final class AppDatabase: Sendable {
    /// The connection. Writes are `BEGIN IMMEDIATE` (GRDB's default for a writable queue).
    /// Internal: everything outside this module goes through the repositories' named methods (the
    /// port), so that no caller depends on SQL; tests that inspect a file use `@testable import`.
    /// Its errors come out in words (`StoreConnection`, `SQLiteFailure`).
    let writer: StoreConnection
    /// Where attachment files live: beside the database, or nil for an in-memory database.
    public let attachmentsDirectory: URL?
    /// The journal mode chosen for the linked SQLite (see `JournalPolicy`).
    public let journalMode: JournalPolicy.Mode
    /// Where a statement that waits for another counter says so (`WaitingBusyHandler`).
    public let waits: CounterWaitReporter
    /// What a long operation here tells other counters (nil in memory).
    public let activityFile: CounterActivityFile?
    /// This store's presence beside the file (nil in memory): whether an import is alone with it.
    public let presence: CounterPresence?
    /// Other counters' commits (`PRAGMA data_version` on a connection of its own).
    public let watch: SQLiteCounterWatch

    /// Why the file was opened read-only, or nil when it may be written.
    public let readOnlyReason: ReadOnlyReason?

    public enum ReadOnlyReason: Sendable, Equatable {
        /// The file or its folder may not be written by this user.
        case permissions
        /// The file looks damaged (cut short, or SQLite found it so before: `DamageMark`): only read,
        /// never written, until a backup replaces it.
        case damaged
    }

    /// Opens (creating if needed) the database at `path` and migrates it: what a writing command does.
    public convenience init(path: String, waits: CounterWaitReporter = CounterWaitReporter()) throws {
        try self.init(path: path, access: .writes, waits: waits)
    }

    /// Opens the database at `path` for `access` (see `StoreAccess`: a command that only reads never
    /// creates a file or a folder). Refused in words, with nothing written to the file: a file that is
    /// not SQLite's or has no Clientele tables, one a newer Clientele wrote, and — for a writing
    /// command — one that looks damaged. The journal mode is set only when it differs. `waits`
    /// hears of waits for another counter from the first statement on (the open itself may wait).
    /// `registersPresence` false: a file being built under a temporary name (a backup), which no
    /// other counter will open and beside which no `.counters` file may be left.
    public init(path: String, access: StoreAccess, waits: CounterWaitReporter = CounterWaitReporter(), registersPresence: Bool = true) throws {
        self.waits = waits
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var file = try DatabaseFile.inspect(path: path)
        switch file {
        case .missing:
            guard access.createsMissingFile else { throw StoreError.noDatabase(path: path) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try AppDatabase.createWhole(at: path, journalMode: JournalPolicy.mode(forSQLiteVersion: JournalPolicy.linkedVersion))
            file = .sqlite(looksDamaged: false)
        case .sqlite(let looksDamaged):
            if looksDamaged, !access.readsDamagedFile { throw StoreError.damaged(path: path) }
        }
        try NetworkFileSystemCheck.refuseIfNetworked(directory: folder.path)
        journalMode = JournalPolicy.mode(forSQLiteVersion: JournalPolicy.linkedVersion)
        readOnlyReason = AppDatabase.readOnlyReason(file: file, path: path, folder: folder.path)
        let damaged = readOnlyReason == .damaged
        let activityFile = CounterActivityFile(databasePath: path)
        self.activityFile = activityFile
        watch = SQLiteCounterWatch(path: path, waits: waits)
        let busy = WaitingBusyHandler(waits: waits, activityFile: activityFile)
        do {
            let queue = try DatabaseQueue(path: path, configuration: AppDatabase.configuration(journalMode: journalMode, readonly: readOnlyReason != nil, busy: busy))
            writer = StoreConnection(queue: queue, path: path, damaged: damaged)
            attachmentsDirectory = folder.appendingPathComponent("attachments", isDirectory: true)
            try AppDatabase.settle(queue, path: path, journalMode: journalMode, readOnly: readOnlyReason != nil)
            // An import killed half-way is removed whole before anyone reads its rows as the directory's.
            if readOnlyReason == nil { try InterruptedImports.removeAbandoned(writer) }
            // Registered once the file is known to be this directory's (never beside a refused one); a
            // command that only reads writes nothing beside the file, and uses the presence file only if there.
            presence = registersPresence ? CounterPresence(databasePath: path, mayCreate: readOnlyReason == nil && access.createsMissingFile) : nil
        } catch let error as StoreError {
            throw error
        } catch {
            // At the open, "not a database" is the whole file's (an encrypted or foreign format), not a page's.
            let explained = SQLiteFailure.explained(error, path: path, damaged: damaged)
            if case StoreError.damaged = explained { DamageMark.record(path: path) }
            throw explained
        }
    }

    /// A new database appears at `path` only whole: made and migrated under a name of its own beside
    /// it, then linked into place. SQLite creates its file empty at the open and writes it at the first
    /// commit, so a process killed between the two (an import in its first milliseconds) left an empty
    /// file, which every later open rightly refuses as "not a database" (`DatabaseFile`). `link(2)`
    /// keeps a file another counter created meanwhile (EEXIST: that one is opened instead).
    static func createWhole(at path: String, journalMode: JournalPolicy.Mode) throws {
        removeAbandonedCreations(of: path)
        let letters = "abcdefghijklmnopqrstuvwxyz"
        let temporary = path + creatingSuffix + String((0..<12).map { _ in letters.randomElement()! })
        // Locked (`flock`, apart from SQLite's own fcntl locks) while it is made: a creation killed
        // half-way leaves an unlocked one, which the next creation removes.
        let held = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard held >= 0, flock(held, LOCK_EX) == 0 else {
            throw StoreError.fileProblem("cannot create the database at \(path): \(String(cString: strerror(errno)))")
        }
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
            close(held)
        }
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: AppDatabase.configuration(journalMode: journalMode))
            try migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in try JournalPolicy.apply(journalMode, to: db) }
            try queue.close()
        } catch {
            throw SQLiteFailure.explained(error, path: path, damaged: false)
        }
        if link(temporary, path) != 0, errno != EEXIST {
            throw StoreError.fileProblem("cannot create the database at \(path): \(String(cString: strerror(errno)))")
        }
    }

    static let creatingSuffix = ".creating-"

    /// What killed creations of `path` left beside it (unlocked `path.creating-…` files and their journals).
    static func removeAbandonedCreations(of path: String) {
        let url = URL(fileURLWithPath: path)
        let prefix = url.lastPathComponent + creatingSuffix
        let folder = url.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && !name.hasSuffix("-journal") && !name.hasSuffix("-wal") && !name.hasSuffix("-shm") {
            let leftover = folder.appendingPathComponent(name).path
            let descriptor = open(leftover, O_RDWR | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }  // a creation under way
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(leftover + suffix) }
        }
    }

    /// An in-memory database for tests and benchmarks' scratch work.
    public init() throws {
        waits = CounterWaitReporter()
        journalMode = .memory
        readOnlyReason = nil
        activityFile = nil
        presence = nil
        watch = SQLiteCounterWatch(path: nil, waits: waits)
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration(journalMode: .memory))
        writer = StoreConnection(queue: queue, path: ":memory:", damaged: false)
        attachmentsDirectory = nil
        try AppDatabase.migrator.migrate(queue)
    }

    /// Read-only when the file looked damaged, or when this user may not write the file or its folder
    /// (the rollback journal is created beside the file). A missing file is about to be created.
    static func readOnlyReason(file: DatabaseFile, path: String, folder: String) -> ReadOnlyReason? {
        switch file {
        case .missing: return nil
        case .sqlite(let looksDamaged):
            if looksDamaged { return .damaged }
            return access(path, W_OK) == 0 && access(folder, W_OK) == 0 ? nil : .permissions
        }
    }

    /// Before anything is written: refuses a file a newer Clientele migrated, or another program's
    /// SQLite file; then runs the migrations this file lacks (none for an up-to-date file, which then
    /// takes no write lock at all) and sets the journal mode only if it is not already the policy's.
    static func settle(_ queue: DatabaseQueue, path: String, journalMode: JournalPolicy.Mode, readOnly: Bool) throws {
        let migrator = AppDatabase.migrator
        let (applied, completed, isEmpty) = try queue.read { db in
            (try migrator.appliedIdentifiers(db), try migrator.hasCompletedMigrations(db),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0)
        }
        let unknown = applied.subtracting(migrator.migrations)
        if !unknown.isEmpty {
            throw StoreError.newerSchema(path: path, found: unknown.sorted().joined(separator: ", "), known: migrator.migrations.last ?? "")
        }
        if applied.isEmpty, !isEmpty { throw StoreError.foreignDatabase(path: path) }
        if !completed {
            guard !readOnly else { throw StoreError.readOnly(path: path) }
            try migrator.migrate(queue)
        }
        guard !readOnly else { return }
        try queue.writeWithoutTransaction { db in try JournalPolicy.apply(journalMode, to: db) }
    }

    static func configuration(journalMode: JournalPolicy.Mode, readonly: Bool = false, busy: WaitingBusyHandler? = nil) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.foreignKeysEnabled = true
        // A second counter writing at the same moment makes us wait, not fail, and say so when
        // the wait is long (`WaitingBusyHandler`; a fixed 10 s timeout failed behind a long import).
        config.busyMode = busy.map { handler in .callback { tries in handler.shouldRetry(numberOfTries: tries) } } ?? .timeout(10)
        config.label = "Clientele"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // The journal mode itself is set after the file has been checked (`settle`), and only when it
            // differs: setting it on every open took a lock an importing counter held, and wrote to files
            // that must be left untouched (a newer Clientele's). `synchronous` is the connection's own.
            switch journalMode {
            case .wal, .rollback:
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

    /// Runs `PRAGMA integrity_check` (or the faster quick_check), the foreign key check, and the
    /// schema's own (`SchemaCheck`: every expected table, index and trigger, and the search index);
    /// returns the problems, empty when sound.
    public func integrityProblems(quick: Bool = false) throws -> [String] {
        var problems = try writer.read { db in
            let rows = try String.fetchAll(db, sql: quick ? "PRAGMA quick_check" : "PRAGMA integrity_check")
            var problems = rows == ["ok"] ? [] : rows
            // Damaged pages: from now on this file opens read-only with the advice (`DamageMark`).
            if !problems.isEmpty { writer.damage.set(path: writer.path) }
            let foreignKeyProblems = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            problems += foreignKeyProblems.map { "foreign key broken in \($0["table"] as String? ?? "?") row \($0["rowid"] as Int64? ?? 0)" }
            problems += try SchemaCheck.missingObjects(db)
            problems += try SchemaCheck.searchIndexRowProblems(db)
            return problems
        }
        // FTS5's content check needs the write lock: not on a file opened read-only (which cannot be
        // repaired anyway), and skipped while another counter writes (`searchIndexContentProblems`).
        if readOnlyReason == nil, journalMode != .memory {
            do {
                problems += try SchemaCheck.searchIndexContentProblems(path: writer.path) ?? []
            } catch {
                throw SQLiteFailure.explained(error, path: writer.path, damaged: false)
            }
        }
        return problems
    }

    /// A consistent copy of the live database through SQLite's backup API (never a file copy).
    public func backup(to path: String) throws {
        let destination = try DatabaseQueue(path: path)
        try writer.backup(to: destination)
    }
}
