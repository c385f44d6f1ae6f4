import Foundation
import GRDB
import CustomerCore

/// Another counter's commits, seen through `PRAGMA data_version` on a connection of its own:
/// the value changes whenever any other connection (this process's main one included) committed.
/// A look costs one pragma, a few microseconds, so the interface can look twice a second; it
/// never waits for a lock (the connection fails at once when the file is held, and that is
/// answered "changed": someone is writing).
public final class SQLiteCounterWatch: CounterWatch, @unchecked Sendable {
    /// A local file is always reachable (its own failures are each operation's).
    public var problem: StoreError? { nil }

    public let waits: CounterWaitReporter
    private let path: String?
    private let lock = NSLock()
    private var connection: DatabaseQueue?
    private var lastVersion: Int64?

    init(path: String?, waits: CounterWaitReporter) {
        self.path = path
        self.waits = waits
    }

    public func changedSinceLastLook() -> Bool {
        guard let path else { return false }
        lock.lock(); defer { lock.unlock() }
        do {
            if connection == nil {
                var config = Configuration()
                config.readonly = true
                config.busyMode = .immediateError
                config.label = "Clientele counter watch"
                connection = try DatabaseQueue(path: path, configuration: config)
            }
            let version = try connection!.read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
            defer { lastVersion = version }
            return lastVersion != nil && lastVersion != version
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            return true
        } catch {
            // Not a lock: a file this watch cannot read. Nothing is known to have changed, and the
            // interface must not reload everything twice a second because of it.
            return false
        }
    }
}
