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

    /// SQLite's name for `mode`, as `PRAGMA journal_mode` answers it.
    static func pragmaValue(_ mode: Mode) -> String? {
        switch mode {
        case .wal: "wal"
        case .rollback: "delete"
        case .memory: nil
        }
    }

    /// Reads the file's journal mode and sets `mode` only when it differs: a read needs no lock, so
    /// opening a file that already has the right mode never waits on, or fails against, another
    /// counter's long write (issue 16, point 2).
    static func apply(_ mode: Mode, to db: Database) throws {
        guard let wanted = pragmaValue(mode) else { return }
        let current = try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased()
        guard current != wanted else { return }
        try db.execute(sql: "PRAGMA journal_mode = \(wanted.uppercased())")
    }
}
