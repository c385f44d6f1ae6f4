import Foundation
import GRDB
import CustomerCore
import CustomerStore
import PostgresStore

/// A fresh temporary folder for tests of the built binary, and the `--db` of a database in it that
/// no one has opened yet (the binary creates it, as at a shop's first start).
///
/// With `CLIENTELE_TEST_BACKEND=postgres` (and a server in `CLIENTELE_TEST_POSTGRES`), `db` is the
/// URL of a new, empty database on the test server instead: the same command-line and terminal tests
/// then run against PostgreSQL (`scripts/test` runs them both ways).
public enum ShopFolder {
    public enum Backend: String, Sendable {
        case sqlite, postgres
    }

    /// The backend the binary's tests run against in this process.
    public static let backend: Backend = ProcessInfo.processInfo.environment["CLIENTELE_TEST_BACKEND"] == "postgres" ? .postgres : .sqlite

    /// True for tests that are about the SQLite file itself (damaged files, kills, journal, locks).
    public static var isSQLite: Bool { backend == .sqlite }

    /// `(folder, db)`, the folder named `prefix-UUID` and created; `db` is `folder/shop.sqlite`, or a
    /// new database's URL on the test server.
    public static func make(_ prefix: String) throws -> (directory: URL, db: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(FolderName.random())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        switch backend {
        case .sqlite:
            return (directory, directory.appendingPathComponent("shop.sqlite").path)
        case .postgres:
            let address = try PostgresTestServer.createDatabase()
            return (directory, url(of: address))
        }
    }

    /// `--db` text for a database of the test server (its password, if any, in PGPASSWORD or ~/.pgpass).
    public static func url(of address: PostgresAddress) -> String { address.dbOption }

    /// Creates the shop's database at `db`, empty, as its first write would: for a test that starts
    /// with a command that only reads, which never creates one (it answers "no database at …").
    public static func createDatabase(_ db: String) throws {
        _ = try openStore(db)
    }

    /// The store at `db` as the binary opens it (a file, or a server URL), through the port: for a
    /// test that fills or inspects what the commands wrote.
    public static func openStore(_ db: String, region: String = "US") throws -> any ClienteleStoring {
        if PostgresAddress.isServerURL(db) {
            return try PostgresClienteleStore.open(try PostgresAddress.parse(db), region: region, mayCreate: true)
        }
        return ClienteleStore(database: try AppDatabase(path: db), region: region)
    }

    /// Runs SQL straight on the database at `db`, as another program might write it (SQLite's words:
    /// `char(n)` becomes PostgreSQL's `chr(n)` on a server).
    public static func runSQL(_ sql: String, in db: String) throws {
        if PostgresAddress.isServerURL(db) {
            try PGLink(address: try PostgresAddress.parse(db)).script(sql.replacingOccurrences(of: "char(", with: "chr("))
        } else {
            try SQLiteDirectoryFile(database: try AppDatabase(path: db)).runSQL(sql)
        }
    }

    /// The integer `sql` answers on the database at `db` (a count, a balance), read by a connection
    /// of its own: one query; a test reading many opens a `Reader` once.
    public static func integer(_ sql: String, _ arguments: [any Sendable] = [], in db: String) throws -> Int {
        try Reader(db).integer(sql, arguments)
    }

    /// One connection of its own to the database at `db`, as the next counter would open it, for a
    /// test's reads: `?` placeholders on both backends.
    public final class Reader {
        private let link: PGLink?
        private let queue: DatabaseQueue?

        public init(_ db: String) throws {
            if PostgresAddress.isServerURL(db) {
                link = try PGLink(address: try PostgresAddress.parse(db))
                queue = nil
            } else {
                link = nil
                queue = try DatabaseQueue(path: db)
            }
        }

        deinit { link?.close() }

        /// The integer `sql` answers, -1 when it answers no row; `arguments` integers (`Int64`, `Int`) or text.
        public func integer(_ sql: String, _ arguments: [any Sendable] = []) throws -> Int {
            let values: [Argument] = try arguments.map { value in
                switch value {
                case let number as Int64: return .integer(number)
                case let number as Int: return .integer(Int64(number))
                case let text as String: return .text(text)
                default: throw StoreError.fileProblem("ShopFolder.Reader takes integers and text, not \(type(of: value))")
                }
            }
            if let link {
                return try link.int(sql, values.map(\.bindable)).map(Int.init) ?? -1
            }
            return try queue!.read { database in
                try Int.fetchOne(database, sql: sql, arguments: StatementArguments(values.map(\.databaseValue)))
            } ?? -1
        }

        private enum Argument {
            case integer(Int64)
            case text(String)

            var bindable: any PGBindable {
                switch self {
                case .integer(let number): number
                case .text(let text): text
                }
            }

            var databaseValue: DatabaseValue {
                switch self {
                case .integer(let number): number.databaseValue
                case .text(let text): text.databaseValue
                }
            }
        }
    }

    /// What the database at `db` holds, as one value that any write changes: the file's bytes, or
    /// on a server each table's rows (every column, in a fixed order) digested by the server.
    public static func fingerprint(of db: String) throws -> String {
        guard PostgresAddress.isServerURL(db) else {
            return AttachmentFileStore.hash(try Data(contentsOf: URL(fileURLWithPath: db)))
        }
        let link = try PGLink(address: try PostgresAddress.parse(db))
        defer { link.close() }
        let tables = try link.query("SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").map { try $0.text(0) }
        return try tables.map { table in
            let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let digest = try link.one("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \(quoted) t").map { try $0.text(0) } ?? ""
            return table + " " + digest
        }.joined(separator: "\n")
    }

    /// Holds the lock a running `clientele` command named `name` takes (`RunLock`), until `release`:
    /// the file lock beside a database file, or the server's advisory lock.
    public final class HeldRunLock {
        private var descriptor: Int32 = -1
        private var link: PGLink?
        private let name: String

        init(db: String, name: String) throws {
            self.name = name
            if PostgresAddress.isServerURL(db) {
                let link = try PGLink(address: try PostgresAddress.parse(db))
                guard try link.tryHoldingLock(named: name) else { throw StoreError.fileProblem("the \(name) lock is held") }
                self.link = link
            } else {
                descriptor = open(db + ".\(name)-lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
                guard descriptor >= 0, flock(descriptor, LOCK_EX) == 0 else { throw StoreError.fileProblem("cannot lock \(db).\(name)-lock") }
            }
        }

        public func release() {
            if descriptor >= 0 { close(descriptor); descriptor = -1 }
            // Unlocked by a statement before the close: it returns once the lock is free, where a
            // closed connection's lock goes only when its server process has exited (CI once saw the
            // run a test started next find it still held).
            try? link?.releaseLock(named: name)
            link?.close()
            link = nil
        }

        deinit { release() }
    }

    public static func holdRunLock(_ name: String, of db: String) throws -> HeldRunLock { try HeldRunLock(db: db, name: name) }
}
