import CustomerCore
import Foundation

/// Brings a server database to this build's schema: the migrations not yet recorded in
/// `clientele_migration`, all in one transaction, under an advisory lock so that two counters
/// starting at once never both migrate.
enum PostgresSchema {
    /// Why a database cannot be used as is; the store opener turns these into messages and exit codes.
    enum Refusal: Error {
        case noDirectory
    }

    /// An arbitrary, fixed key for `pg_advisory_xact_lock`: "clientele" in ASCII, as a number.
    static let migrationLock: Int64 = 0x636C69656E74

    static var knownNames: [String] { PostgresMigrations.all.map(\.name) }

    /// Applies what is missing. `mayCreate` false: a database with no Clientele schema yet is refused
    /// (a command that only reads never starts a directory), as is one of another program's.
    static func migrate(_ link: PGLink, mayCreate: Bool) throws {
        // An up-to-date directory (every open but the first after an upgrade) is read once and left
        // alone: no transaction, no lock taken, one round trip.
        if try isUpToDate(link) { return }
        try link.write { db in
            try db.execute("SELECT pg_advisory_xact_lock(?)", [migrationLock])
            let hasTable = try db.int("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'clientele_migration'") ?? 0
            if hasTable == 0 {
                let otherTables = try db.int("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") ?? 0
                if otherTables > 0 {
                    throw StoreError.fileProblem("\(link.address) holds tables of another program (and no Clientele directory); nothing was changed — give Clientele a database of its own")
                }
                guard mayCreate else { throw Refusal.noDirectory }
                try db.script("CREATE TABLE clientele_migration (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)")
            }
            let applied = Set(try db.query("SELECT name FROM clientele_migration").map { try $0.text(0) })
            let known = Set(knownNames)
            if let unknown = applied.subtracting(known).sorted().last {
                throw StoreError.newerSchema(path: link.address.description, found: unknown, known: knownNames.last ?? "")
            }
            for migration in PostgresMigrations.all where !applied.contains(migration.name) {
                if !migration.sql.isEmpty { try db.script(migration.sql) }
                try db.execute("INSERT INTO clientele_migration (name, applied_at) VALUES (?, ?)", [migration.name, StoredTime.encode(Date())])
            }
        }
    }

    /// True when every known migration, and no other, is recorded (false too when there is no record yet).
    static func isUpToDate(_ link: PGLink) throws -> Bool {
        guard try link.int("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'clientele_migration'") == 1 else {
            return false
        }
        return Set(try link.query("SELECT name FROM clientele_migration").map { try $0.text(0) }) == Set(knownNames)
    }
}
