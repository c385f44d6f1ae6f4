import Foundation
import GRDB
import Testing
import ClienteleTestSupport
import SampleCustomers
@testable import CustomerCore
@testable import CustomerStore

/// SQLite's file, not a contract: an import alone with the file (what the command line allows,
/// `importsWholeWhenAlone`) is one transaction with the indexes built after its rows; beside
/// another counter it still writes in slices (`SlicedImportTests`).
@Suite(.serialized) struct WholeImportTests {
    let temp: TemporaryStore
    init() throws { temp = try TemporaryStore(region: "US") }

    var schema: [String] {
        get throws {
            try temp.store.database.writer.read { db in
                try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE tbl_name = 'customer' AND sql IS NOT NULL ORDER BY name")
            }
        }
    }

    /// Profiles another connection of this test sees (not a store: it does not count as a counter).
    func countSeenFromOutside() -> Int? {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .immediateError
        guard let outside = try? DatabaseQueue(path: temp.path, configuration: configuration) else { return nil }
        return try? outside.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") }
    }

    func importFile(rows: Int, into store: ClienteleStore, seen: inout [Int?]) throws -> ImportSummary {
        let path = try SampleListFile.write(CustomerListOptions(rows: rows, layout: .square), in: temp.directory)
        let runner = ImportRunner(store: store)
        let (plan, reader) = try runner.plan(path: path)
        var observed: [Int?] = []
        let summary = try runner.run(plan, reader: reader, dryRun: false) { _, _ in
            observed.append(countSeenFromOutside())
            return true
        }
        seen = observed
        return summary
    }

    @Test func aLargeImportAloneIsOneTransactionAndPutsBackEveryIndexAndTheTrigger() throws {
        var store = temp.store
        store.importsWholeWhenAlone = true
        let before = try schema
        _ = try store.customers.create(Customer(givenName: "Maria", familyName: "López"))
        var seen: [Int?] = []
        let summary = try importFile(rows: 60_000, into: store, seen: &seen)
        #expect(summary.imported == 60_000)
        // From outside, during the import: the profile before it, or the file locked — never some of its rows.
        #expect(seen.count > 3 && seen.allSatisfy { $0 == nil || $0 == 1 }, "\(seen)")
        #expect(try schema == before)
        #expect(try store.database.integrityProblems(quick: true).isEmpty)
        let reference = try #require(try store.customers.customers(referenceID: "R0059999").first)
        #expect(try store.customers.search(reference.familyName + " " + reference.givenName).rows.contains { $0.id == reference.id })
        let added = try store.customers.create(Customer(givenName: "Zoë", familyName: "Ünal"))
        #expect(try store.customers.search("unal").rows.contains { $0.id == added.id }, "the search trigger is back")
        #expect(summary.possibleDuplicates > 0)
    }

    @Test func aCancelledImportAloneLeavesTheFileAsItWas() throws {
        var store = temp.store
        store.importsWholeWhenAlone = true
        let before = try schema
        let path = try SampleListFile.write(CustomerListOptions(rows: 60_000, layout: .square), in: temp.directory)
        let runner = ImportRunner(store: store)
        let (plan, reader) = try runner.plan(path: path)
        var calls = 0
        #expect(throws: ImportCancelled.self) {
            try runner.run(plan, reader: reader, dryRun: false) { _, _ in calls += 1; return calls < 5 }
        }
        #expect(try store.customers.count() == 0)
        #expect(try schema == before)
        let added = try store.customers.create(Customer(givenName: "Zoë", familyName: "Ünal"))
        #expect(try store.customers.search("unal").rows.map(\.id) == [added.id])
    }

    @Test func besideAnotherCounterTheImportStillWritesInSlices() throws {
        var store = temp.store
        store.importsWholeWhenAlone = true
        let other = try temp.secondCounter()  // another store with the file open
        #expect(store.database.presence?.isAlone() == false)
        var seen: [Int?] = []
        _ = try importFile(rows: 10_000, into: store, seen: &seen)
        #expect(seen.contains { ($0 ?? 0) > 0 }, "slices committed while the import went on: \(seen)")
        #expect(try other.customers.count() == 10_000)
    }

    @Test func theInterfaceNeverTakesTheFileToItself() throws {
        // The store the interface opens (`importsWholeWhenAlone` false) slices even when alone.
        #expect(temp.store.importsWholeWhenAlone == false)
        #expect(temp.store.database.presence?.isAlone() == true)
        var seen: [Int?] = []
        _ = try importFile(rows: 10_000, into: temp.store, seen: &seen)
        #expect(seen.contains { ($0 ?? 0) > 0 }, "\(seen)")
    }
}
