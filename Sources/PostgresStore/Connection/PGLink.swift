import CustomerCore
import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// One connection to the shop's server: a counter's. Every statement of its store goes through here,
/// one at a time (a lock held for a whole transaction), synchronously — the interface and the command
/// line call the store from their own threads, never from Swift concurrency's pool, so blocking on
/// postgres-nio's futures costs a thread that is waiting anyway.
///
/// Statements are written with `?` placeholders, as the SQLite store's are; they become `$1, $2…`
/// here. A lost connection is reopened by the next statement outside a transaction; the failure
/// itself reaches the caller as `StoreError.connectionLost` (the server rolled the transaction back).
public final class PGLink: @unchecked Sendable {
    public let address: PostgresAddress
    /// Held for a statement, or for a whole `write`/`snapshot`: another thread's statements wait.
    private let lock = NSRecursiveLock()
    private var connection: PostgresConnection?
    private var transactionDepth = 0
    private var numbered: [String: String] = [:]
    private let logger: Logger
    /// The server process of this connection (NOTIFY names its sender: a counter ignores its own).
    public private(set) var backendPID: Int32?
    /// Set while the server cannot be reached (a connect failed, or the connection was lost): statements
    /// then fail at once with it, rather than each wait for a connect, and a thread of the link's own
    /// tries again every `retryInterval` until the server answers (`problem` nil again).
    private var outage: StoreError? {
        get { outageLock.withLock { outageValue } }
        set { outageLock.withLock { outageValue = newValue } }
    }
    /// Its own lock, so that the interface's look at `problem` never waits behind a long transaction.
    private let outageLock = NSLock()
    private var outageValue: StoreError?
    private var retrying = false
    /// How long the link waits between attempts to reach a server that went away.
    public static let retryInterval: TimeInterval = 2

    public init(address: PostgresAddress) throws {
        self.address = address
        var logger = Logger(label: "clientele.postgres")
        logger.logLevel = .critical
        self.logger = logger
        lock.lock()
        defer { lock.unlock() }
        _ = try openConnection()
    }

    deinit {
        _ = try? connection?.close().wait()
    }

    /// Closes the connection; the next statement opens another.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        dropConnection()
    }

    /// Forgets the connection, closing it first: postgres-nio requires a connection to be closed
    /// before it goes (it asserts so), and one the server has refused to go on with may still be open.
    private func dropConnection() {
        _ = try? connection?.close().wait()
        connection = nil
    }

    // MARK: Statements

    /// The rows `sql` selects.
    @discardableResult
    public func query(_ sql: String, _ binds: [any PGBindable] = []) throws -> [PGRow] {
        try run(sql, binds).rows.map(PGRow.init)
    }

    /// The first row, or nil.
    public func one(_ sql: String, _ binds: [any PGBindable] = []) throws -> PGRow? {
        try query(sql, binds).first
    }

    /// The first column of the first row as an integer (a count, an id), or nil when no row or NULL.
    public func int(_ sql: String, _ binds: [any PGBindable] = []) throws -> Int64? {
        guard let row = try one(sql, binds) else { return nil }
        return try row.optionalInt(0)
    }

    /// Runs a statement that changes rows; how many it changed (inserted, updated or deleted).
    @discardableResult
    public func execute(_ sql: String, _ binds: [any PGBindable] = []) throws -> Int {
        try run(sql, binds).metadata.rows ?? 0
    }

    /// Several statements without parameters (a migration's DDL), one after another: postgres-nio
    /// speaks only the extended protocol, which takes one statement at a time.
    public func script(_ sql: String) throws {
        try locked {
            for statement in Self.statements(of: sql) { _ = try run(statement, []) }
        }
    }

    /// Each row as it arrives, without holding the whole result (an export, a copy): `handle` runs on
    /// the connection's thread, in order.
    public func forEachRow(_ sql: String, _ binds: [any PGBindable] = [], _ handle: @escaping @Sendable (PGRow) throws -> Void) throws {
        try locked {
            let connection = try usableConnection()
            do {
                _ = try connection.query(try Self.query(numberedSQL(sql), binds), logger: logger) { row in try handle(PGRow(row)) }.wait()
            } catch { throw translate(error, connecting: false) }
        }
    }

    /// `COPY table (columns) FROM STDIN` with `rows` in COPY's text format (`PGCopyText`), inside the
    /// caller's transaction like any statement. The async copy runs on a thread of its own
    /// (`PGCopyExecutor`) while this one waits.
    ///
    /// postgres-nio hands the COPY to its channel without a promise: on a channel that closes between
    /// our check (`usableConnection`) and that hand-over — the server ending the connection just then —
    /// nothing ever resumes the copy, and the caller waited for ever (seen once in CI, in
    /// `aConnectionKilledAroundACopyFailsInWordsAndLeavesNothing`). So the wait also watches the
    /// connection: closed for `copyGraceAfterClose` with no outcome, the copy is given up as the lost
    /// connection it is.
    public func copy(into table: String, columns: [String], rows: ByteBuffer) throws {
        try locked {
            let connection = try usableConnection()
            let outcome = PGAwaitedOutcome()
            let logger = self.logger
            Task(executorPreference: PGCopyExecutor.shared) {
                do {
                    try await connection.copyFrom(table: table, columns: columns, format: .text(.init()), logger: logger) { writer in
                        try await writer.write(rows)
                    }
                    outcome.finish(.success(()))
                } catch {
                    outcome.finish(.failure(error))
                }
            }
            guard let result = outcome.wait(givingUpAfter: Self.copyGraceAfterClose, once: { connection.isClosed }) else {
                throw connectionWentAway()
            }
            do { try result.get() } catch { throw translate(error, connecting: false) }
        }
    }

    /// How long a copy's outcome is awaited once its connection is seen closed (its own error, when it
    /// comes, comes within milliseconds).
    static let copyGraceAfterClose: TimeInterval = 2

    /// The connection is gone: dropped, the outage recorded (the interface says offline, the link
    /// retries), and the error every caller gets.
    private func connectionWentAway() -> StoreError {
        dropConnection()
        let lost = StoreError.connectionLost(server: address.description)
        outage = lost
        return lost
    }

    // MARK: Locks between processes

    /// Takes the server's advisory lock named `name` for as long as this connection lives (the server
    /// lets go when it ends); false when another connection — on any computer — holds it.
    public func tryHoldingLock(named name: String) throws -> Bool {
        try int("SELECT CASE WHEN pg_try_advisory_lock(?) THEN 1 ELSE 0 END", [Self.lockKey(name)]) == 1
    }

    /// Lets go of the advisory lock `name` now, before the connection ends: a closed connection's
    /// server process lets go only when it has exited, a moment after the client closed, so a run
    /// started right after a close could still find the lock held.
    public func releaseLock(named name: String) throws {
        _ = try int("SELECT CASE WHEN pg_advisory_unlock(?) THEN 1 ELSE 0 END", [Self.lockKey(name)])
    }

    /// A fixed key per name, the same on every counter ("clientele:" + name, hashed).
    static func lockKey(_ name: String) -> Int64 {
        Int64(("clientele:" + name).utf8.reduce(5381) { ($0 &* 33) &+ Int($1) } & 0x7FFF_FFFF)
    }

    // MARK: Transactions

    /// `body` in one transaction (READ COMMITTED, the server's default): committed when it returns,
    /// rolled back when it throws. A `write` inside a `write` joins it.
    public func write<T>(_ body: (PGLink) throws -> T) throws -> T {
        try transaction("BEGIN", body)
    }

    /// `body`'s reads from one snapshot of the data (REPEATABLE READ, READ ONLY): counts and rows that
    /// agree with each other while other counters write.
    public func snapshot<T>(_ body: (PGLink) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Reads outside a transaction: the lock only, so that `body`'s statements run back to back.
    public func read<T>(_ body: (PGLink) throws -> T) throws -> T {
        try locked { try body(self) }
    }

    /// `body` inside a savepoint of the current transaction: when it throws, only its own statements
    /// are undone and the transaction goes on (PostgreSQL otherwise refuses every later statement of a
    /// transaction once one has failed).
    public func savepoint<T>(_ body: (PGLink) throws -> T) throws -> T {
        try locked {
            precondition(transactionDepth > 0, "a savepoint outside a transaction")
            try execute("SAVEPOINT clientele_step")
            do {
                let value = try body(self)
                try execute("RELEASE SAVEPOINT clientele_step")
                return value
            } catch {
                _ = try? execute("ROLLBACK TO SAVEPOINT clientele_step")
                throw error
            }
        }
    }

    public var isInTransaction: Bool { locked { transactionDepth > 0 } }

    /// What keeps the server out of reach, or nil when it answers (as far as the last statement knew).
    public var problem: StoreError? { outage }

    private func transaction<T>(_ begin: String, _ body: (PGLink) throws -> T) throws -> T {
        try locked {
            if transactionDepth > 0 { return try body(self) }
            try execute(begin)
            transactionDepth = 1
            defer { transactionDepth = 0 }
            let value: T
            do {
                value = try body(self)
            } catch {
                if connection != nil { _ = try? run("ROLLBACK", []) }
                throw error
            }
            try execute("COMMIT")
            return value
        }
    }

    // MARK: The connection

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func run(_ sql: String, _ binds: [any PGBindable]) throws -> PostgresQueryResult {
        try locked {
            let connection = try usableConnection()
            do {
                return try connection.query(try Self.query(numberedSQL(sql), binds), logger: logger).wait()
            } catch {
                throw translate(error, connecting: false)
            }
        }
    }

    private func usableConnection() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        // Lost inside a transaction: the server has rolled it back; the caller hears so, and the
        // transaction's later statements must not run on a new connection as if nothing happened.
        if transactionDepth > 0 {
            // Closed under the transaction (the server went away): out of reach from now on.
            if connection != nil { _ = connectionWentAway() }
            throw StoreError.connectionLost(server: address.description)
        }
        // Closed since the last statement: the server went away between two statements.
        if connection != nil { _ = connectionWentAway() }
        if let outage {
            startRetrying()
            throw outage
        }
        return try openConnection()
    }

    /// Reconnects off the callers' threads, every `retryInterval`, until the server answers.
    private func startRetrying() {
        guard !retrying else { return }
        retrying = true
        Thread.detachNewThread { [weak self] in
            while true {
                Thread.sleep(forTimeInterval: Self.retryInterval)
                guard let self else { return }
                let opened = try? self.connect()
                self.lock.lock()
                if let opened {
                    self.connection = opened.connection
                    self.backendPID = opened.pid
                    self.outage = nil
                    self.retrying = false
                    self.lock.unlock()
                    return
                }
                self.lock.unlock()
            }
        }
    }

    private func openConnection() throws -> PostgresConnection {
        dropConnection()
        backendPID = nil
        do {
            let opened = try connect()
            connection = opened.connection
            backendPID = opened.pid
            outage = nil
            return opened.connection
        } catch {
            let translated = translate(error, connecting: true)
            // Out of reach — the network's answer, not the server's (a refused login, a missing database):
            // later statements fail at once while a retry goes on in the background.
            if (error as? PSQLError)?.code != .server, case StoreError.serverUnreachable = translated {
                outage = translated as? StoreError
            }
            throw translated
        }
    }

    /// A new connection and its server process id, or the error postgres-nio gave.
    private func connect() throws -> (connection: PostgresConnection, pid: Int32?) {
        let opened = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(),
                                                     configuration: try Self.configuration(for: address, connectTimeout: .seconds(5)),
                                                     id: 1, logger: logger).wait()
        let pid = try? opened.query("SELECT pg_backend_pid()", logger: logger).wait().rows.first?.decode(Int32.self)
        return (opened, pid)
    }

    /// How postgres-nio reaches `address`: its host, user, password and TLS mode. libpq's `require`
    /// encrypts without checking the certificate against a CA; so do `require` and `prefer` here.
    static func configuration(for address: PostgresAddress, connectTimeout: TimeAmount) throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch address.tls {
        case .disable: tls = .disable
        case .prefer, .require:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: configuration)
            tls = address.tls == .require ? .require(context) : .prefer(context)
        }
        var configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                             password: address.password, database: address.database, tls: tls)
        configuration.options.connectTimeout = connectTimeout
        return configuration
    }

    /// postgres-nio's errors as the store's: the server's refusals keep their SQLSTATE
    /// (`PGServerError`), a login refused or a server out of reach become sentences.
    private func translate(_ error: any Error, connecting: Bool) -> any Error {
        if error is StoreError || error is PGServerError { return error }
        let server = address.description
        guard let failure = error as? PSQLError else {
            if connecting { return StoreError.serverUnreachable(server: server, reason: Self.reason(error)) }
            return error
        }
        if failure.code == .server, let state = failure.serverInfo?[.sqlState] {
            let message = failure.serverInfo?[.message] ?? "refused"
            switch state {
            case "28P01", "28000":
                return StoreError.authenticationFailed(server: server, reason: message)
            case "3D000":
                return StoreError.serverUnreachable(server: server, reason: "it has no database named “\(address.database)” (create it first: createdb \(address.database))")
            case "57P01", "57P02", "57P03":
                dropConnection()
                let lost = connecting ? StoreError.serverUnreachable(server: server, reason: message) : StoreError.connectionLost(server: server)
                if !connecting { outage = lost }
                return lost
            default:
                return PGServerError(sqlState: state, message: message, detail: failure.serverInfo?[.detail],
                                     constraint: failure.serverInfo?[.constraintName])
            }
        }
        switch failure.code {
        case .authMechanismRequiresPassword:
            return StoreError.authenticationFailed(server: server, reason: "the server asks for a password and none was given")
        case .unsupportedAuthMechanism, .saslError:
            return StoreError.authenticationFailed(server: server, reason: "the login failed (\(failure.code))")
        case .sslUnsupported:
            return StoreError.serverUnreachable(server: server, reason: "sslmode=require, and the server does not offer TLS")
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            if connecting {
                dropConnection()
                return StoreError.serverUnreachable(server: server, reason: failure.underlying.map(Self.reason) ?? "the connection failed")
            }
            return connectionWentAway()
        default:
            return connecting ? StoreError.serverUnreachable(server: server, reason: "\(failure.code)") : error
        }
    }

    /// An underlying network error in a few words ("connection refused"), never a dump of NIO's types.
    private static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("refused") { return "connection refused" }
        if text.localizedCaseInsensitiveContains("timeout") || text.localizedCaseInsensitiveContains("timed out") { return "no answer (timed out)" }
        if text.localizedCaseInsensitiveContains("resolve") || text.localizedCaseInsensitiveContains("lookup")
            || text.localizedCaseInsensitiveContains("name or service") { return "no such host" }
        if text.localizedCaseInsensitiveContains("unreachable") { return "network unreachable" }
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }

    // MARK: Placeholders

    private func numberedSQL(_ sql: String) -> String {
        if let done = numbered[sql] { return done }
        let done = Self.numberPlaceholders(sql)
        if numbered.count < 4_096 { numbered[sql] = done }
        return done
    }

    /// `?` → `$1, $2…`, leaving quoted text ('…', "…") alone.
    static func numberPlaceholders(_ sql: String) -> String {
        var result = ""
        result.reserveCapacity(sql.utf8.count + 16)
        var index = 0
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                result.append(character)
            } else if character == "?" {
                index += 1
                result += "$\(index)"
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// `sql` cut at its semicolons, leaving alone those in quotes, `$$` bodies and `--` comments.
    static func statements(of sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var quote: Character?
        var inDollarBody = false
        var inComment = false
        var previous: Character = " "
        for character in sql {
            current.append(character)
            if inComment {
                if character == "\n" { inComment = false }
            } else if inDollarBody {
                if character == "$" && previous == "$" { inDollarBody = false; previous = " "; continue }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-" && previous == "-" {
                inComment = true
            } else if character == "$" && previous == "$" {
                inDollarBody = true
                previous = " "
                continue
            } else if character == ";" {
                let statement = current.dropLast().trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty, !statement.split(separator: "\n").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }) {
                    statements.append(statement)
                }
                current = ""
            }
            previous = character
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty, !rest.split(separator: "\n").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }) { statements.append(rest) }
        return statements
    }

    private static func query(_ sql: String, _ binds: [any PGBindable]) throws -> PostgresQuery {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds { try bind.append(to: &bindings) }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}
