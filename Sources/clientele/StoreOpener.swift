import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation
import PostgresStore

/// Opens the store the options point at, turning failures into a message and exit code 4. The
/// one place the command line chooses a backend: the commands hold `any ClienteleStoring`.
enum StoreOpener {
    /// The store every subcommand talks to, through the port; `command.storeAccess` says whether a
    /// missing file may be created and a damaged one read.
    static func open(_ options: StoreOptions, for command: some StoreCommand) throws -> any ClienteleStoring {
        let location = StoreLocation.databasePath(option: options.db)
        if PostgresAddress.isServerURL(location) { return try openPostgres(location, options, access: command.storeAccess) }
        return try openSQLite(options, access: command.storeAccess)
    }

    /// Where the options point, for a message: the file's path, or the server as
    /// `postgres://user@host:port/db` (never its password).
    static func placeName(_ options: StoreOptions) -> String {
        let location = StoreLocation.databasePath(option: options.db)
        guard PostgresAddress.isServerURL(location) else { return location }
        return (try? PostgresAddress.parse(location).description) ?? "the database server"
    }

    /// A shop's shared server (`--db postgres://…`, or `CLIENTELE_DB` set to one). Messages name the
    /// server as `postgres://user@host:port/db`, never with its password.
    static func openPostgres(_ url: String, _ options: StoreOptions, access: StoreAccess) throws -> PostgresClienteleStore {
        let address: PostgresAddress
        do { address = try PostgresAddress.parse(url) } catch {
            Stderr.print("clientele: \(error)")
            throw ExitCode.validationFailure
        }
        do {
            return try PostgresClienteleStore.open(address, mayCreate: access.createsMissingFile) { stored in
                StoreLocation.region(option: options.region, stored: stored)
            }
        } catch let error as StoreError {
            Stderr.print("clientele: \(error)")
            throw ExitStatus.databaseProblem
        } catch {
            Stderr.print("clientele: cannot open the database at \(address): \(error)")
            throw ExitStatus.databaseProblem
        }
    }

    /// The local file.
    static func openSQLite(_ options: StoreOptions, access: StoreAccess) throws -> ClienteleStore {
        let path = StoreLocation.databasePath(option: options.db)
        // CLIENTELE_DB is not seen by StoreOptions.validate: the same refusal here, before anything is created.
        if let refusal = DatabaseAddress.refusal(path) {
            Stderr.print("clientele: \(refusal)")
            throw ExitCode.validationFailure
        }
        do {
            let waits = CounterWaitReporter()
            CounterWaitNotice.install(on: waits)
            let database = try AppDatabase(path: path, access: access, waits: waits)
            if database.readOnlyReason == .damaged {
                // A command that only reads still answers from what is sound, and says why it cannot write.
                Stderr.print("clientele: warning: \(StoreError.damaged(path: path))")
            }
            let stored = try SettingsRepository(database: database).value(.region)
            var store = ClienteleStore(database: database, region: StoreLocation.region(option: options.region, stored: stored))
            // A command is the only user of its connection: alone with the file, an import may keep it to itself.
            store.importsWholeWhenAlone = true
            return store
        } catch let error as StoreError {
            // Already a sentence naming the file (not a database, damaged, read-only, a newer schema…).
            Stderr.print("clientele: \(error)")
            throw ExitStatus.databaseProblem
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
