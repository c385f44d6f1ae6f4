import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// Opens the store the options point at, turning failures into a message and exit code 4. The
/// one place the command line chooses a backend: the commands hold `any ClienteleStoring`.
enum StoreOpener {
    /// The store every subcommand talks to, through the port.
    static func open(_ options: StoreOptions) throws -> any ClienteleStoring {
        try openSQLite(options)
    }

    /// The SQLite backend (the only one today).
    static func openSQLite(_ options: StoreOptions) throws -> ClienteleStore {
        let path = StoreLocation.databasePath(option: options.db)
        // CLIENTELE_DB is not seen by StoreOptions.validate: the same refusal here, before anything is created.
        if let refusal = DatabaseAddress.refusal(path) {
            Stderr.print("clientele: \(refusal)")
            throw ExitCode.validationFailure
        }
        do {
            let waits = CounterWaitReporter()
            CounterWaitNotice.install(on: waits)
            let database = try AppDatabase(path: path, waits: waits)
            let stored = try SettingsRepository(database: database).value(.region)
            return ClienteleStore(database: database, region: StoreLocation.region(option: options.region, stored: stored))
        } catch {
            Stderr.print("clientele: cannot open the database at \(path): \(error)")
            throw ExitStatus.databaseProblem
        }
    }
}

/// Writes to standard error (Swift 6 forbids touching the C `stderr` global directly). Every
/// message is for a person and may echo data (a name, a file name, a refused value): sanitised.
enum Stderr {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((HumanText.clean(message) + "\n").utf8))
    }
}
