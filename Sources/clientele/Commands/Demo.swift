import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele demo`: realistic customers to explore every part of the card.
struct Demo: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Fill the database with realistic demo customers.")

    @OptionGroup var store: StoreOptions

    @Option(help: "How many customers to add.")
    var count: Int = 200

    @Option(help: "Seed for the generator (the same seed gives the same customers).")
    var seed: UInt64 = 42

    func validate() throws {
        guard (1...2_000_000).contains(count) else { throw ValidationError("--count must be between 1 and 2,000,000") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        do {
            let summary = try opened.demo.load(count: count, seed: seed)
            say("Added \(summary.customers) demo customers (\(summary.notes) notes, \(summary.bookings) bookings, \(summary.payments) payments, \(summary.messages) messages, \(summary.documents) documents, \(summary.cards) cards, \(summary.loyaltyMembers) loyalty members) to \(StoreOpener.placeName(store)).")
        } catch {
            Stderr.print("clientele demo: \(error)")
            throw ExitStatus.databaseProblem
        }
    }
}
