import GRDB
import CustomerCore

/// SQLite's result codes that mean something to the person at the counter, as the port's
/// `StoreError` (never "SQLite error 8: attempt to write a readonly database"). Every other error
/// is left as it is: a constraint or a conflict is the repositories' to explain.
enum SQLiteFailure {
    /// `error` in words when SQLite's code says the file is read-only, damaged, not a database or
    /// out of room; nil otherwise. `damaged`: the file was opened read-only because it looked
    /// damaged, so a refused write is that damage, not a permission.
    static func storeError(for error: any Error, path: String, damaged: Bool) -> StoreError? {
        guard let failure = error as? DatabaseError else { return nil }
        switch failure.resultCode {
        case .SQLITE_READONLY:
            return damaged ? .damaged(path: path) : .readOnly(path: path)
        case .SQLITE_CORRUPT:
            return .damaged(path: path)
        case .SQLITE_NOTADB:
            return .notADatabase(path: path)
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_IOERR:
            // A write or a sync the kernel refused: out of space, or past a file-size limit (EFBIG,
            // which SQLite reports as IOERR_WRITE rather than FULL). Other I/O errors stay as they are.
            let writes: [ResultCode] = [.SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE, .SQLITE_IOERR_DIR_FSYNC]
            return writes.contains(failure.extendedResultCode) ? .diskFull(path: path) : nil
        default:
            return nil
        }
    }

    /// `error` translated when it can be, else itself.
    static func explained(_ error: any Error, path: String, damaged: Bool) -> any Error {
        storeError(for: error, path: path, damaged: damaged) ?? error
    }
}
