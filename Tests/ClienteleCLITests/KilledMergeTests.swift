import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import CustomerStore
import GRDB

/// A merge is one transaction: a `clientele duplicates --merge-all --yes` killed at any moment
/// leaves every pair either merged (one profile holding both notes, a merge record) or exactly
/// as it was — never a profile without its notes, never a deleted profile without its record.
@Suite(.serialized, .enabled(if: ShopFolder.isSQLite, "about the SQLite file itself: run in the file pass only")) struct KilledMergeTests {
    static let pairs = 3_000

    @Test func aProcessKilledMidMergeAllLeavesEveryPairWhollyMergedOrIntact() throws {
        let temporary = try TemporaryStore()
        // Thousands of exact pairs (one email in two cases), each profile with one note, written
        // in two transactions: filling through the repositories one row at a time would take minutes.
        let givenNames = ["Ana", "Luis", "Chloé", "Wei", "Noah", "Inès"], familyNames = ["García", "Moreau", "Kim", "Silva", "Roux"]
        var people: [Customer] = []
        for index in 0..<Self.pairs {
            let given = givenNames[index % givenNames.count], family = familyNames[index % familyNames.count]
            people.append(Customer(givenName: given, familyName: family, emailAddress: "client\(index)@example.com", referenceID: "P\(index)A"))
            people.append(Customer(givenName: given, familyName: family, emailAddress: "Client\(index)@Example.com", referenceID: "P\(index)B"))
        }
        let ids = try temporary.store.customers.insertBatch(people)
        try temporary.store.database.writer.write { db in
            let note = try db.makeStatement(sql: "INSERT INTO note (customer_id, body, is_pinned, created_at, updated_at) VALUES (?, ?, 0, ?, ?)")
            for id in ids { try note.execute(arguments: [id, "note of customer \(id)", 1_700_000_000_000, 1_700_000_000_000]) }
        }
        #expect(try temporary.store.duplicates.exactClusters().count == Self.pairs)

        // Killed once merges are being committed, after a few more went through.
        let killed = try ClienteleProcess.killMidway(["duplicates", "--merge-all", "--yes", "--db", temporary.path, "--region", "US"],
                                                     settle: 0.3) { try Self.mergeCount(temporary.store) > 0 }
        #expect(killed, "merge-all finished before it could be killed")

        // A fresh connection, as the next counter to open the file would see it.
        let fresh = try temporary.secondCounter()
        var merged = 0, intact = 0
        try fresh.database.writer.read { db in
            for index in 0..<Self.pairs {
                let survivor = ids[2 * index], absorbed = ids[2 * index + 1]
                func count(_ sql: String, _ arguments: StatementArguments) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: arguments) ?? -1 }
                let survivorExists = try count("SELECT count(*) FROM customer WHERE id = ?", [survivor])
                let absorbedExists = try count("SELECT count(*) FROM customer WHERE id = ?", [absorbed])
                let survivorNotes = try count("SELECT count(*) FROM note WHERE customer_id = ?", [survivor])
                let absorbedNotes = try count("SELECT count(*) FROM note WHERE customer_id = ?", [absorbed])
                let records = try count("SELECT count(*) FROM merge_record WHERE survivor_id = ? AND absorbed_id = ?", [survivor, absorbed])
                let state = [survivorExists, absorbedExists, survivorNotes, absorbedNotes, records]
                if state == [1, 1, 1, 1, 0] {
                    intact += 1
                } else if state == [1, 0, 2, 0, 1] {
                    merged += 1
                } else {
                    Issue.record("pair \(index) (customers \(survivor), \(absorbed)) is half merged: exists \(state[0])/\(state[1]), notes \(state[2])/\(state[3]), records \(state[4])")
                }
            }
        }
        #expect(merged > 0, "nothing was merged before the kill")
        #expect(intact > 0, "everything was merged before the kill")
        #expect(merged + intact == Self.pairs)
        #expect(try ClienteleProcess.run(["check", "--db", temporary.path]).standardOutput == "ok\n")

        // What was merged before the kill can still be undone.
        let first = try #require(try fresh.database.writer.read { db in try Int64.fetchOne(db, sql: "SELECT min(id) FROM merge_record") })
        let undo = try ClienteleProcess.run(["merge", "--undo", String(first), "--db", temporary.path])
        #expect(undo.status == 0, "\(undo.standardError)")
        #expect(try fresh.customers.customer(id: ids[1]) != nil)
    }

    static func mergeCount(_ store: ClienteleStore) throws -> Int {
        try store.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM merge_record") ?? 0 }
    }
}
