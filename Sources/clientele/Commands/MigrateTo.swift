import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation
import PostgresStore

/// `clientele migrate-to postgres://…`: the local directory (the --db file) copied whole into an
/// empty PostgreSQL database, for a business moving to a shared server.
struct MigrateTo: StoreCommand {
    /// The file is only read: a mistyped --db is refused, never created.
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(
        commandName: "migrate-to",
        abstract: "Copy the local directory (every table and every document) into an empty PostgreSQL database.",
        discussion: """
            Reads the --db file (one consistent state of it, while other counters may still work on it) and writes \
            everything into the server database of URL — postgres://user[:password]@host[:port]/database[?sslmode=require] — \
            in one transaction: interrupted or refused, the server holds nothing of it. The password comes from the URL, \
            PGPASSWORD or ~/.pgpass and is never printed. The database must exist and be empty (createdb NAME); its schema is \
            made first. Afterwards every counter opens the directory with --db URL (or CLIENTELE_DB=URL). The file is left as \
            it was. Exit 3 when the server's database already holds data (nothing copied), 4 on a database, server or file problem.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The empty server database to copy into.", valueName: "postgres-url"))
    var url: String

    @Flag(help: "Print the result as JSON: server, customers, documents, bytes, rows (by table), seconds.")
    var json = false

    func validate() throws {
        guard PostgresAddress.isServerURL(url) else { throw ValidationError("migrate-to takes a postgres:// URL (was “\(url)”)") }
        if let db = store.db, PostgresAddress.isServerURL(db) {
            throw ValidationError("migrate-to copies a local file: --db must be the file's path, not a server")
        }
        if let environment = ProcessInfo.processInfo.environment["CLIENTELE_DB"], store.db == nil, PostgresAddress.isServerURL(environment) {
            throw ValidationError("migrate-to copies a local file: CLIENTELE_DB names a server; give the file with --db")
        }
    }

    func run() throws {
        let file = try StoreOpener.openSQLite(store, access: storeAccess)
        let address: PostgresAddress
        do { address = try PostgresAddress.parse(url) } catch {
            Stderr.print("clientele migrate-to: \(error)")
            throw ExitCode.validationFailure
        }
        let summary = try CardWork.run("migrate-to") {
            let server = try PostgresClienteleStore.open(address, region: file.region, mayCreate: true)
            return try PGDirectoryMigration.copy(from: SQLiteDirectoryFile(database: file.database), to: server)
        }
        if json {
            var rows: [String: Int] = [:]
            for (table, count) in summary.rows { rows[table] = count }
            let object: [String: Any] = ["server": address.description, "customers": summary.customers, "documents": summary.documents,
                                         "bytes": summary.bytes, "rows": rows, "seconds": (summary.seconds * 1000).rounded() / 1000]
            print(try JSONOutput.string(jsonObject: object, options: [.sortedKeys]))
        } else {
            let total = summary.rows.reduce(0) { $0 + $1.count }
            say("Copied \(counted(summary.customers, "customer", "customers")) (\(counted(total, "row", "rows")) in \(summary.rows.count) tables)"
                + " and \(counted(summary.documents, "document", "documents")) (\(counted(Int(summary.bytes), "byte", "bytes")))"
                + " to \(address) in \(String(format: "%.2f", summary.seconds)) s. Open it with --db \(address) (or CLIENTELE_DB).")
        }
    }
}
