import GRDB
import CustomerCore

/// The database connection every repository uses, with GRDB's `read`/`write` shapes: each error
/// that leaves it has been through `SQLiteFailure`, so that a read-only file, a damaged page or a
/// full disk reach the interface's status line and the command line's stderr in words, whichever of
/// the hundred-odd statements met it — no repository has to remember to translate. Once damage has
/// been met (`DamageLatch`), writes are refused before they start.
struct StoreConnection: Sendable {
    let queue: DatabaseQueue
    /// The file's path, named in the messages.
    let path: String
    let damage: DamageLatch

    init(queue: DatabaseQueue, path: String, damaged: Bool) {
        self.queue = queue
        self.path = path
        damage = DamageLatch(damaged: damaged)
    }

    func read<T>(_ value: (Database) throws -> T) throws -> T {
        do { return try queue.read(value) } catch { throw explained(error) }
    }

    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try refuseIfDamaged()
        do { return try queue.write(updates) } catch { throw explained(error) }
    }

    func writeWithoutTransaction<T>(_ updates: (Database) throws -> T) throws -> T {
        try refuseIfDamaged()
        do { return try queue.writeWithoutTransaction(updates) } catch { throw explained(error) }
    }

    func backup(to destination: DatabaseQueue) throws {
        do { try queue.backup(to: destination) } catch { throw explained(error) }
    }

    func refuseIfDamaged() throws {
        if damage.isDamaged { throw StoreError.damaged(path: path) }
    }

    /// The error in words; damage, the first time, is latched and marked beside the file.
    func explained(_ error: any Error) -> any Error {
        let explained = SQLiteFailure.explained(error, path: path, damaged: damage.isDamaged)
        if case StoreError.damaged = explained { damage.set(path: path) }
        return explained
    }
}
