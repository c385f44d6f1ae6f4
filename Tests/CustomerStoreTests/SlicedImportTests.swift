import Foundation
import GRDB
import Testing
import ClienteleTestSupport
import SampleCustomers
@testable import CustomerCore
@testable import CustomerStore

/// An import writes in slices, all or nothing: another counter reads and saves between the
/// slices, and an import that does not finish — its process killed — is removed whole.
@Suite(.serialized) struct SlicedImportTests {
    let temp: TemporaryStore
    init() throws { temp = try TemporaryStore(region: "US") }

    func markerCount(_ store: ClienteleStore) throws -> Int {
        try store.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM import_run") ?? -1 }
    }

    @Test func anotherCounterSavesAndReadsBetweenTheSlicesOfALongImport() throws {
        let path = try SampleListFile.write(CustomerListOptions(rows: 20_000, layout: .square), in: temp.directory)
        let other = try temp.secondCounter()
        let importer = try temp.secondCounter()
        let done = ThreadFlag()
        let failure = ErrorBox()
        Thread.detachNewThread {
            defer { done.set() }
            do {
                let runner = ImportRunner(store: importer)
                let (plan, reader) = try runner.plan(path: path)
                _ = try runner.run(plan, reader: reader, dryRun: false)
            } catch { failure.error = error }
        }
        // Wait for the first slice, then save and look up while the import is under way.
        while try markerCount(other) == 0, !done.isSet { usleep(1_000) }
        var savedBetweenSlices = 0, saves = 0
        while !done.isSet {
            _ = try other.customers.create(Customer(givenName: "Walk-in", familyName: "Client\(saves)", referenceID: "W\(saves)"))
            saves += 1
            // Saved, then read, with part of the import in and part still to come: between two slices.
            let imported = try other.customers.count() - saves
            if imported > 0 && imported < 20_000 { savedBetweenSlices += 1 }
            usleep(20_000)  // a counter's pace, not a loop competing with the import for the lock
        }
        #expect(failure.error == nil, "\(String(describing: failure.error))")
        #expect(savedBetweenSlices > 0, "no save and lookup went in between the import's slices")
        #expect(try other.customers.count() == 20_000 + saves)  // nothing lost on either side
        #expect(try markerCount(other) == 0)
        #expect(try other.database.integrityProblems(quick: true).isEmpty)
    }

    @Test func anImportWhoseProcessIsGoneIsRemovedWholeAtTheNextOpenAndNothingElse() throws {
        let kept = try temp.store.customers.create(Fixtures.maria())
        // What a killed import leaves: its marker (of a process that has exited), two slices of
        // profiles, its group with them in it, and its new custom field with their values.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let started = Date(timeIntervalSince1970: 1_780_000_000)
        let imported = (0..<10).map { Customer(givenName: "Imported", familyName: "P\($0)", creationSource: .import, createdAt: started, updatedAt: started) }
        let ids = try temp.store.customers.insertBatch(imported)
        let group = try temp.store.groups.create(name: "List of today", now: started)
        try temp.store.database.writer.write { db in
            try db.execute(sql: "INSERT INTO import_run (process_id, started_at, updated_at) VALUES (?, ?, ?)",
                           arguments: [Int64(gone.processIdentifier), StoredTime.encode(started), Int64(Date().timeIntervalSince1970 * 1000)])
            let run = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO custom_field (label, kind, choices, position) VALUES ('Hair type', 'text', '[]', 1)")
            let field = db.lastInsertedRowID
            try InterruptedImports.recordCreated(db, run: run, groupID: group.id, fieldIDs: [field])
            try InterruptedImports.recordSlice(db, run: run, first: ids[0], last: ids[4], now: Date())
            try InterruptedImports.recordSlice(db, run: run, first: ids[5], last: ids[9], now: Date())
            for id in ids {
                try db.execute(sql: "INSERT INTO group_member (group_id, customer_id) VALUES (?, ?)", arguments: [group.id, id])
                try db.execute(sql: "INSERT INTO custom_field_value (customer_id, field_id, value) VALUES (?, ?, 'Curly')", arguments: [id, field])
            }
        }
        // A profile another counter added later, which reused an id inside the import's range.
        try temp.store.database.writer.write { db in
            try db.execute(sql: "DELETE FROM customer WHERE id = ?", arguments: [ids[9]])
        }
        let reused = try temp.store.customers.create(Customer(givenName: "Later", familyName: "Walk-in"))
        #expect(reused.id == ids[9])

        let next = try temp.secondCounter()  // the next counter to open the file
        #expect(try next.customers.count() == 2)
        #expect(try next.customers.customer(id: kept.id!) != nil)
        #expect(try next.customers.customer(id: ids[9])?.givenName == "Later")
        #expect(try next.groups.groups().isEmpty)
        #expect(try next.customFields.definitions().isEmpty)
        #expect(try markerCount(next) == 0)
        #expect(try next.customers.search("imported").rows.isEmpty)
        #expect(try next.database.integrityProblems().isEmpty)
    }

    @Test func anImportStillUnderWayIsLeftAloneByAnotherCounterOpening() throws {
        _ = try temp.store.database.writer.write { db in try InterruptedImports.begin(db, now: Date()) }
        // This very process is alive: a second counter opening the file must not take the import for dead.
        let other = try temp.secondCounter()
        #expect(try markerCount(other) == 1)
    }
}

/// An error carried out of a thread.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
