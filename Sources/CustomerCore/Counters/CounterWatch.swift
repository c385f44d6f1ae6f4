import Foundation

/// How one counter learns that another changed the shared directory, and hears about waiting
/// for one (part of the port: SQLite answers with `PRAGMA data_version`, a server would notify).
public protocol CounterWatch: Sendable {
    /// Whether anything was committed (by any connection) since the last call. Never waits: when
    /// the database is held this very moment the answer is true (look again, it is changing).
    func changedSinceLastLook() -> Bool
    /// Where waits for another counter are reported.
    var waits: CounterWaitReporter { get }
    /// Why the shared data cannot be reached right now (a server that went away), or nil. Never
    /// waits: the backend's last knowledge. A local file is always reachable.
    var problem: StoreError? { get }
}
