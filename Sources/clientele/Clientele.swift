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
            Exit codes: 0 success, 1 nothing found, 3 invalid data (nothing stored), 4 database problem, 64 bad usage.
            """,
        subcommands: [OpenInterface.self, Demo.self, Find.self, Add.self, Import.self, Export.self, Duplicates.self, Merge.self, Check.self],
        defaultSubcommand: OpenInterface.self
    )
}

/// Options every command shares: which database, which phone region.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", discussion: "Default: $CLIENTELE_DB, else $XDG_DATA_HOME/clientele/clientele.sqlite.", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The shop's country for phone numbers written without a country code (e.g. US, ES, FR, MX).", valueName: "CC"))
    var region: String?

    func validate() throws {
        if let region, region.count != 2 || !region.allSatisfy(\.isLetter) {
            throw ValidationError("--region takes a two-letter country code such as US, ES, FR or MX, not “\(region)”")
        }
    }
}

/// Exit codes meant for scripts.
enum ExitStatus {
    static let notFound = ExitCode(1)
    static let invalidData = ExitCode(3)
    static let databaseProblem = ExitCode(4)
}
