import CustomerCore
import Foundation
import PostgresNIO

/// What other counters change, heard through LISTEN/NOTIFY: every table's statement trigger calls
/// `pg_notify('clientele_changed', '')`, which the server delivers when (and only if) the change
/// commits. The watch listens on a connection of its own, so that its store's statements never wait
/// behind it, and ignores notices its own store's connection sent (no reload after one's own save).
///
/// Waits: on PostgreSQL a read never waits for a writer (MVCC), and a write waits only for another
/// transaction holding the same rows — there is no whole-database lock to report, so `waits` hears
/// nothing from this backend.
///
/// It starts listening at its first look, not when the store opens: a command of the command line,
/// which never looks, opens no second connection.
public final class PGCounterWatch: CounterWatch, @unchecked Sendable {
    public let waits = CounterWaitReporter()
    private let address: PostgresAddress
    /// The pid of the store's own connection, whose notices are this counter's own commits.
    private let ownPID: @Sendable () -> Int32?
    private let linkProblem: @Sendable () -> StoreError?
    private let lock = NSLock()
    private var changed = false
    private var connection: PostgresConnection?
    private var reconnecting = false
    private var started = false

    init(address: PostgresAddress, ownPID: @escaping @Sendable () -> Int32?, problem: @escaping @Sendable () -> StoreError?) {
        self.address = address
        self.ownPID = ownPID
        self.linkProblem = problem
    }

    deinit { _ = try? connection?.close().wait() }

    /// The store's connection's outage: the server went away and the link is retrying.
    public var problem: StoreError? { linkProblem() }

    public func changedSinceLastLook() -> Bool {
        lock.lock()
        let firstLook = !started
        started = true
        lock.unlock()
        // The first look listens there and then (the interface looks once as it starts).
        if firstLook { try? listen() }
        lock.lock()
        defer { lock.unlock() }
        if connection == nil || connection?.isClosed == true {
            // Not listening (the server went away): say "look again" — the look itself will find the
            // server gone or back — and listen again off the caller's thread.
            startReconnecting()
            return true
        }
        let answer = changed
        changed = false
        return answer
    }

    private func startReconnecting() {
        guard !reconnecting else { return }
        reconnecting = true
        Thread.detachNewThread { [weak self] in
            try? self?.listen()
            guard let self else { return }
            self.lock.lock()
            self.reconnecting = false
            self.lock.unlock()
        }
    }

    private func listen() throws {
        var logger = Logger(label: "clientele.postgres.watch")
        logger.logLevel = .critical
        let opened = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(),
                                                     configuration: try PGLink.configuration(for: address, connectTimeout: .seconds(5)),
                                                     id: 2, logger: logger).wait()
        opened.addListener(channel: "clientele_changed") { [weak self] _, notice in
            guard let self else { return }
            if notice.backendPID == self.ownPID() { return }
            self.lock.lock()
            self.changed = true
            self.lock.unlock()
        }
        _ = try opened.simpleQuery("LISTEN clientele_changed").wait()
        lock.lock()
        // The one it replaces is closed below (postgres-nio asserts a connection is closed before it goes).
        let replaced = connection
        connection = opened
        // Whatever happened while not listening went unheard: look once.
        changed = true
        lock.unlock()
        _ = try? replaced?.close().wait()
    }
}
