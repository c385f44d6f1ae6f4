import CustomerCore
import CustomerStore
import Foundation
import PostgresStore

/// A lock held until the process ends, so that one run of a sending command (`reminders --notify`)
/// at a time sends: a file lock (`flock`) beside a local database, or — for a shop's server, where the
/// other run may be on another computer — an advisory lock of the server's, held by this process's
/// connection (the server lets go when the connection ends).
enum RunLock {
    /// Takes the lock named `name` for the store the options point at; false when another run holds it.
    static func take(_ name: String, store: any ClienteleStoring, options: StoreOptions) -> Bool {
        if let server = store as? PostgresClienteleStore {
            return (try? server.link.tryHoldingLock(named: name)) == true
        }
        let path = StoreLocation.databasePath(option: options.db) + ".\(name)-lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        // Left open (not closed) on purpose: the lock lasts as long as the process.
        if descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            return false
        }
        return true
    }
}
