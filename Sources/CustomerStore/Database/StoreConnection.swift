import GRDB

/// The database connection every repository uses, with GRDB's `read`/`write` shapes: each error
/// that leaves it has been through `SQLiteFailure`, so that a read-only file, a damaged page or a
/// full disk reach the interface's status line and the command line's stderr in words, whichever of
/// the hundred-odd statements met it — no repository has to remember to translate.
struct StoreConnection: Sendable {
    let queue: DatabaseQueue
    /// The file's path, named in the messages.
    let path: String
    /// Opened read-only because the file looked damaged (`DatabaseFile.looksTruncated`).
    let damaged: Bool

    func read<T>(_ value: (Database) throws -> T) throws -> T {
        do { return try queue.read(value) } catch { throw SQLiteFailure.explained(error, path: path, damaged: damaged) }
    }

    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do { return try queue.write(updates) } catch { throw SQLiteFailure.explained(error, path: path, damaged: damaged) }
    }

    func writeWithoutTransaction<T>(_ updates: (Database) throws -> T) throws -> T {
        do { return try queue.writeWithoutTransaction(updates) } catch { throw SQLiteFailure.explained(error, path: path, damaged: damaged) }
    }

    func backup(to destination: DatabaseQueue) throws {
        do { try queue.backup(to: destination) } catch { throw SQLiteFailure.explained(error, path: path, damaged: damaged) }
    }
}
