import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only; owned by the lead): a server directory's backup.
enum PGBackup {
    static func write(_ store: PostgresClienteleStore, to path: String) throws -> BackupSummary { throw PGUnported(part: "PGBackup") }
}
