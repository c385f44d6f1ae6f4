import ArgumentParser
import Foundation

/// The `clientele` command: bare, it opens the interface; subcommands serve scripts.
@main
struct Clientele: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clientele",
        abstract: "A keyboard-first customer directory for the shop counter.",
        discussion: """
            With no subcommand, opens the full-screen directory on the default database.
            Exit codes: 0 all done, 2 done with some rows or items refused (named on stderr), 3 invalid data (nothing stored),
            1 nothing found, 64 bad usage, 4 database problem.
            """,
        subcommands: [OpenInterface.self, Demo.self, Find.self, Add.self, Import.self, Export.self, Duplicates.self, Merge.self, Check.self,
                      Notes.self, Reminders.self, Documents.self, Settings.self, Cards.self, Loyalty.self,
                      Bookings.self, Payments.self, Send.self, Outbox.self, Conversations.self, Erase.self, Query.self, Fields.self, Backup.self, Groups.self, MigrateTo.self],
        defaultSubcommand: OpenInterface.self
    )

    /// An unknown first word is refused (exit 64) before the default subcommand can swallow it.
    /// Parsing and running are done here rather than by `main(_:)` so that the parser's own
    /// messages, which echo what was typed ("Unexpected argument '…'", a ValidationError naming a
    /// value), reach stderr through `Stderr.print` and its sanitiser like every other message.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let refusal = UnknownSubcommand.refusal(arguments, known: configuration.subcommands.map { $0._commandName }) {
            Stderr.print(refusal)
            exit(withError: ExitCode.validationFailure)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }  // --help: the parser's text, for stdout as before
            } else if !message.isEmpty {
                Stderr.print(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Options every command shares: which database, which phone region.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database: a file, or a shop's PostgreSQL server as postgres://user@host[:port]/database[?sslmode=require].", discussion: "Default: $CLIENTELE_DB, else $XDG_DATA_HOME/clientele/clientele.sqlite. A server's password comes from the URL, PGPASSWORD or ~/.pgpass and is never printed.", valueName: "path-or-url"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The shop's country for phone numbers written without a country code (e.g. US, ES, FR, MX).", valueName: "CC"))
    var region: String?

    func validate() throws {
        // Lower case is read as upper case ("es" is ES), as StoreLocation.region does.
        if let region, !RegionCodes.supported.contains(region.uppercased()) {
            throw ValidationError(RegionCodes.refusal(region))
        }
        if let db, let refusal = DatabaseAddress.refusal(db) { throw ValidationError(refusal) }
    }
}

/// Exit codes meant for scripts (the README's list).
enum ExitStatus {
    static let notFound = ExitCode(1)
    /// Done, but some rows or items were refused and named (an import's rejected rows, a skipped cluster).
    static let partlyDone = ExitCode(2)
    static let invalidData = ExitCode(3)
    static let databaseProblem = ExitCode(4)
}
