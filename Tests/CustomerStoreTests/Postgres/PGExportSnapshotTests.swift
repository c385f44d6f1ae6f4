import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import PostgresStore

/// PostgreSQL only: an export reads one snapshot through one cursor, on a connection of its own
/// (`PGDirectoryExporter`). Another counter renaming profiles while a long export is under way
/// changes nothing in the file: every profile once, as it was when the export began.
@Suite(.enabled(if: PostgresTestServer.isAvailable))
struct PGExportSnapshotTests {
    @Test func profilesRenamedWhileAnExportRunsAreWrittenOnceAsTheyWere() throws {
        let temp = try TemporaryPostgresStore()
        let total = 5_000
        // "Aa0000"…: name order is the order of the numbers, so the first profiles are the first exported.
        _ = try temp.customers.insertBatch((0..<total).map { index in
            Customer(givenName: "Ana", familyName: "Aa" + String(format: "%04d", index), emailAddress: "ana\(index)@example.com",
                     memo: String(repeating: "notes ", count: 40))
        })
        let pipe = Pipe()
        let finished = ThreadFlag()
        let failure = ErrorBox()
        let exporter = temp.exports
        Thread.detachNewThread {
            defer { try? pipe.fileHandleForWriting.close(); finished.set() }
            do { _ = try exporter.export(format: .json, filter: DirectoryFilter(), groupName: nil, now: Date(), to: pipe.fileHandleForWriting) }
            catch { failure.error = error }
        }
        // The export writes a megabyte at a time, about 2,000 profiles: once its first write has
        // begun (the pipe holds 64 KB), it is part-way through the directory, blocked until read.
        var head = try pipe.fileHandleForReading.read(upToCount: 4_096) ?? Data()
        #expect(!finished.isSet, "the export was done before its first megabyte was read")
        // Another counter moves the first 500 profiles, already exported, to the end of name order.
        let other = try temp.secondCounter()
        for profile in try other.customers.page(sort: .name, limit: 500).rows {
            var moved = try #require(try other.customers.customer(id: profile.id))
            moved.familyName = "Zz" + moved.familyName
            _ = try other.customers.update(moved)
        }
        head += try pipe.fileHandleForReading.readToEnd() ?? Data()
        while !finished.isSet { usleep(1_000) }
        #expect(failure.error == nil, "\(String(describing: failure.error))")
        let objects = try #require(try JSONSerialization.jsonObject(with: head) as? [[String: Any]])
        let ids = objects.compactMap { $0["id"] as? Int }
        #expect(ids.count == total, "\(ids.count) profiles written for \(total)")
        #expect(Set(ids).count == ids.count, "a profile written twice")
        #expect(!objects.contains { ($0["familyName"] as? String)?.hasPrefix("Zz") == true }, "a rename made after the export began is in it")
        // The renames did happen, and the next export sees them.
        #expect(try temp.customers.search("zzaa0000").rows.count == 1)
    }
}
