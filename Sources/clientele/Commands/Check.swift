import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele check`: SQLite's integrity check plus foreign keys.
struct Check: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the database's integrity; prints ok or the problems (exit 4).")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Run the faster quick_check instead of the full integrity_check.")
    var quick = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let problems: [String]
        do {
            problems = try opened.maintenance.integrityProblems(quick: quick)
            let removed = try opened.maintenance.removeLeftovers()
            if removed > 0 { Stderr.print("removed \(removed) temporary document file\(removed == 1 ? "" : "s") left by an interrupted attach") }
        } catch {
            Stderr.print("clientele check: \(error)")
            throw ExitStatus.databaseProblem
        }
        if problems.isEmpty {
            print("ok")
        } else {
            problems.forEach { say($0) }
            throw ExitStatus.databaseProblem
        }
    }
}
