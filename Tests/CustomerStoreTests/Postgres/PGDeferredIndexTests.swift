import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import PostgresStore

/// PostgreSQL only: an import into an empty directory drops the customer table's indexes and builds
/// them after its rows (`PGDeferredIndexes`), inside its one transaction; into a directory with
/// profiles it keeps them, so that other counters are never shut out.
@Suite(.enabled(if: PostgresTestServer.isAvailable))
struct PGDeferredIndexTests {
    func indexes(_ temp: TemporaryPostgresStore) throws -> [String] {
        try temp.store.link.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'customer' ORDER BY indexname").map { try $0.text(0) }
    }

    func file(_ temp: TemporaryPostgresStore, rows: Int, name: String) throws -> String {
        var text = "First Name,Last Name,Email Address,Phone Number\n"
        for index in 0..<rows { text += "Ana\(index),Núñez\(index % 7),ana\(index % (rows - 5))@example.com,+1 415 555 \(String(format: "%04d", index % 10_000))\n" }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Whether another connection sees the import holding the table exclusively.
    func tableIsLockedExclusively(by temp: TemporaryPostgresStore) throws -> Bool {
        let other = try PGLink(address: temp.address)
        defer { other.close() }
        return try other.int("""
            SELECT count(*) FROM pg_locks WHERE relation = 'customer'::regclass AND mode = 'AccessExclusiveLock' AND granted
            """) == 1
    }

    @Test func anImportIntoAnEmptyDirectoryBuildsEveryIndexAgainAfterItsRows() throws {
        let temp = try TemporaryPostgresStore()
        let before = try indexes(temp)
        #expect(before.count == 14, "\(before)")
        let path = try file(temp, rows: ImportProcedure.rowsPerChunk * 2, name: "empty")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (plan, reader) = try temp.imports.plan(path: path, group: ImportGroupChoice.none)
        var lockedDuringTheImport = false
        let summary = try temp.imports.run(plan, reader: reader, dryRun: false, now: Date()) { _, _ in
            lockedDuringTheImport = lockedDuringTheImport || ((try? tableIsLockedExclusively(by: temp)) ?? false)
            return true
        }
        #expect(lockedDuringTheImport, "an empty directory's import holds the table while its indexes are away")
        #expect(summary.imported == ImportProcedure.rowsPerChunk * 2)
        #expect(summary.possibleDuplicates > 0, "the duplicate count reads the rebuilt email index")
        #expect(try indexes(temp) == before)
        #expect(try temp.customers.search("+1 415 555 0007").rows.count >= 1)
        #expect(try temp.customers.search("ana12").rows.contains { $0.displayName.hasPrefix("Ana12") })
        #expect(try temp.maintenance.integrityProblems(quick: true) == [])
        // Vacuumed once committed: every page of the new rows all-visible, for index-only scans.
        for table in ["customer", "customer_search_word"] {
            let row = try #require(try temp.store.link.one("SELECT relpages::bigint, relallvisible::bigint FROM pg_class WHERE relname = ?", [table]))
            let pages = try row.int(0), visible = try row.int(1)
            #expect(pages > 0 && visible == pages, "\(table): \(visible) of \(pages) pages all-visible")
        }
    }

    @Test func aCancelledImportIntoAnEmptyDirectoryLeavesItsIndexes() throws {
        let temp = try TemporaryPostgresStore()
        let before = try indexes(temp)
        let path = try file(temp, rows: ImportProcedure.rowsPerChunk * 3, name: "cancel")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (plan, reader) = try temp.imports.plan(path: path, group: ImportGroupChoice.none)
        #expect(throws: ImportCancelled.self) {
            try temp.imports.run(plan, reader: reader, dryRun: false, now: Date()) { _, _ in false }
        }
        #expect(try indexes(temp) == before)
        #expect(try temp.customers.count() == 0)
        let added = try temp.customers.create(Customer(givenName: "Zoë", familyName: "Ünal"), now: Date())
        #expect(try temp.customers.search("unal").rows.map(\.id) == [added.id])
    }

    @Test func anImportBesideProfilesKeepsTheIndexesAndLetsOtherCountersRead() throws {
        let temp = try TemporaryPostgresStore()
        _ = try temp.customers.create(Customer(givenName: "Maria", familyName: "López"), now: Date())
        let path = try file(temp, rows: ImportProcedure.rowsPerChunk * 2, name: "beside")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let other = try temp.secondCounter()
        let (plan, reader) = try temp.imports.plan(path: path, group: ImportGroupChoice.none)
        var locked = false, othersFound: [Int] = []
        _ = try temp.imports.run(plan, reader: reader, dryRun: false, now: Date()) { _, _ in
            locked = locked || ((try? tableIsLockedExclusively(by: temp)) ?? false)
            othersFound.append((try? other.customers.search("lopez").rows.count) ?? -1)
            return true
        }
        #expect(!locked)
        #expect(!othersFound.isEmpty && othersFound.allSatisfy { $0 == 1 }, "\(othersFound)")
        #expect(try temp.customers.count() == 1 + ImportProcedure.rowsPerChunk * 2)
    }
}
