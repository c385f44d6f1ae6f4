import ArgumentParser
import CustomerStore

/// A subcommand that opens the store says whether it only reads it (`storeAccess`): the one place
/// that decides whether a missing file is a mistyped `--db` (refused, nothing created) or a new
/// shop's database (created). `StoreOpener.open` takes the command itself, so a command cannot open
/// the store without saying which it is — there is no list of names to keep in step.
protocol StoreCommand: ParsableCommand {
    /// `.reads` never creates a file or a folder; `.writes` may (a first `add`, `import`, the interface).
    var storeAccess: StoreAccess { get }
}
