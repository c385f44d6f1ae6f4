import Foundation

/// `<database>.counters`: every process with the file open holds a shared `flock` on it for as long
/// as its store lives, so that an import can tell whether it is alone with the file (`isAlone`).
/// `flock` locks belong to an open file description, never to SQLite's own POSIX locks on the
/// database (this is another file: opening and closing it cannot drop them), and the kernel lets
/// go when the process ends, however it ends. A folder where the file cannot be made (read-only)
/// means nobody can be known to be absent: `isAlone` says false.
public final class CounterPresence: @unchecked Sendable {
    public let path: String
    private let descriptor: Int32
    private let lock = NSLock()

    /// Registers this store's presence (a shared lock, taken without waiting: an import checking
    /// that it is alone holds the exclusive lock only for that instant).
    /// `mayCreate` false (a store that may not write beside the file): the presence file is used
    /// only when it is already there.
    public init(databasePath: String, mayCreate: Bool) {
        path = databasePath + ".counters"
        descriptor = mayCreate ? open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) : open(path, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 { Self.takeShared(descriptor) }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether no other store — another process, or another store of this one — has the file open
    /// now. Looked at by converting this store's shared lock to an exclusive one without waiting,
    /// then back. Someone who opens the file a moment later is not seen: what they do then waits
    /// for the import (and is told so by `CounterActivityFile`), it is never wrong.
    public func isAlone() -> Bool {
        guard descriptor >= 0 else { return false }
        return lock.withLock {
            let alone = flock(descriptor, LOCK_EX | LOCK_NB) == 0
            Self.takeShared(descriptor)
            return alone
        }
    }

    /// `LOCK_SH`, retried a few times over 50 ms: another store's `isAlone` holds the exclusive lock
    /// for an instant, and a store that fails to register is only unseen, never wrong.
    private static func takeShared(_ descriptor: Int32) {
        for _ in 0..<50 {
            if flock(descriptor, LOCK_SH | LOCK_NB) == 0 { return }
            usleep(1_000)
        }
    }
}
