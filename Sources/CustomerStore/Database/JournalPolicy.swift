import Foundation
import GRDB
import GRDBSQLite

/// Which journal mode is safe with the linked SQLite (DESIGN §3): versions 3.7.0–3.51.2 carry
/// the WAL-reset corruption bug that needs two connections writing or checkpointing at once —
/// exactly our several-counters case — so WAL only from 3.51.3; otherwise the rollback journal
/// with `synchronous=FULL`.
public enum JournalPolicy {
    public enum Mode: String, Sendable {
        case wal, rollback, memory
    }

    /// The first SQLite version with the WAL-reset fix, as SQLITE_VERSION_NUMBER.
    public static let firstSafeWALVersion: Int32 = 3_051_003

    /// SQLITE_VERSION_NUMBER of the library actually linked at run time.
    public static var linkedVersion: Int32 { sqlite3_libversion_number() }

    public static var linkedVersionText: String { String(cString: sqlite3_libversion()) }

    public static func mode(forSQLiteVersion version: Int32) -> Mode {
        version >= firstSafeWALVersion ? .wal : .rollback
    }
}
