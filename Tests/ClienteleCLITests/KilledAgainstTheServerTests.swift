import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
import CustomerStore
import SampleCustomers

/// Faults survived on a shop's server (issue 17, point 6, with issue 16's kills): the real
/// `clientele` binary killed with SIGKILL at seeded random moments of an import, a merge-all and a
/// document attach against the test server. The killed counter's connection drops, and the server
/// rolls its open transaction back; after each kill `clientele check` says ok, the operation is whole
/// or absent, and another counter writes at once (nothing the killed one held stays locked). The
/// file's own kills (`KilledOperationsTests`) run in the file pass.
@Suite(.serialized, .enabled(if: !ShopFolder.isSQLite, "about a counter killed against a server: run in the PostgreSQL pass"))
struct KilledAgainstTheServerTests {
    let runs = KillAtRandomMoment.runs()

    /// A new database on the test server with the schema made, as a shop's first start leaves it.
    func freshDatabase() throws -> String {
        let db = try ShopFolder.make("clientele-killed-server").db
        try ShopFolder.createDatabase(db)
        return db
    }

    /// `clientele check` says ok, and a second counter's write goes through at once: a lock the
    /// killed counter still held would make this `add` wait, then fail on its lock timeout.
    func expectServerWholeAndFree(_ db: String, _ moment: CustomStringConvertible) throws {
        let check = try ClienteleProcess.run(["check", "--db", db])
        #expect(check.status == 0 && check.standardOutput == "ok\n", "\(moment): check said \(check.standardOutput) \(check.standardError)")
        let started = Date()
        let add = try ClienteleProcess.run(["add", "--given-name", "Next", "--family-name", "Counter", "--db", db])
        #expect(add.status == 0, "\(moment): a second counter's add: \(add.standardError)")
        #expect(Date().timeIntervalSince(started) < 20, "\(moment): a second counter's add waited \(Date().timeIntervalSince(started)) s")
    }

    @Test func anImportKilledAtRandomMomentsIsWholeOrAbsentWithItsGroup() throws {
        var killer = KillAtRandomMoment()
        let folder = try ShopFolder.make("clientele-killed-server-files").directory
        let csv = folder.appendingPathComponent("customers.csv").path
        let expected = 6_000
        try CustomerListFile.write(CustomerListOptions(rows: expected, layout: .square, seed: 17), to: csv)
        let measured = try KillAtRandomMoment.measure(["import", csv, "--new-group", "Measured", "--db", try freshDatabase()])
        #expect(measured.outcome.status == 0, "\(measured.outcome.standardError)")

        var whole = 0, absent = 0
        for run in 0..<runs {
            let db = try freshDatabase(), group = "Killed import \(FolderName.random(6))"
            let moment = try killer.kill(["import", csv, "--new-group", group, "--db", db], run: run, within: measured.seconds)
            // Counted before the check's own profile is added.
            let server = try ShopFolder.Reader(db)
            let customers = try server.integer("SELECT count(*) FROM customer")
            let groups = try server.integer("SELECT count(*) FROM customer_group WHERE name = ?", [group])
            let members = try server.integer("SELECT count(*) FROM group_member JOIN customer_group ON customer_group.id = group_id WHERE name = ?", [group])
            let outsiders = try server.integer("SELECT count(*) FROM customer WHERE id NOT IN (SELECT customer_id FROM group_member)")
            let words = try server.integer("SELECT count(DISTINCT customer_id) FROM customer_search_word")
            if customers == 0 {
                absent += 1
                #expect(groups == 0, "\(moment): no customer imported, yet the group “\(group)” exists")
            } else {
                whole += 1
                #expect(customers == expected, "\(moment): \(customers) of the file's \(expected) rows are stored")
                #expect(groups == 1 && members == customers && outsiders == 0,
                        "\(moment): \(customers) customers stored; group “\(group)” found \(groups) times with \(members) members, \(outsiders) outside it")
            }
            #expect(words == customers, "\(moment): \(words) profiles have search words, of \(customers)")
            try expectServerWholeAndFree(db, moment)
        }
        #expect(whole + absent == runs, "\(killer)")
    }

    @Test func aMergeAllKilledAtRandomMomentsLeavesEveryPairMergedOrIntact() throws {
        var killer = KillAtRandomMoment()
        let pairs = 150
        /// `pairs` exact pairs (one email in two cases), each profile with one note; their ids in pair order.
        func pairedDatabase() throws -> (db: String, ids: [CustomerID]) {
            let db = try freshDatabase()
            var people: [Customer] = []
            for index in 0..<pairs {
                people.append(Customer(givenName: "Ana", familyName: "García", emailAddress: "client\(index)@example.com", referenceID: "P\(index)A"))
                people.append(Customer(givenName: "Ana", familyName: "García", emailAddress: "Client\(index)@Example.com", referenceID: "P\(index)B"))
            }
            let ids = try ShopFolder.openStore(db).customers.insertBatch(people)
            try ShopFolder.runSQL("""
                INSERT INTO note (customer_id, body, is_pinned, created_at, updated_at)
                SELECT id, 'note of customer ' || id, 0, 1700000000000, 1700000000000 FROM customer
                """, in: db)
            return (db, ids)
        }
        let arguments = ["duplicates", "--merge-all", "--yes", "--region", "US"]
        let timed = try pairedDatabase()
        let measured = try KillAtRandomMoment.measure(arguments + ["--db", timed.db])
        #expect(measured.outcome.status == 0, "\(measured.outcome.standardError)")
        #expect(try ShopFolder.integer("SELECT count(*) FROM merge_record", in: timed.db) == pairs)

        for run in 0..<runs {
            let (db, ids) = try pairedDatabase()
            let moment = try killer.kill(arguments + ["--db", db], run: run, within: measured.seconds)
            let server = try ShopFolder.Reader(db)
            var merged = 0, intact = 0, broken: [String] = []
            for index in 0..<pairs {
                let survivor = ids[2 * index], absorbed = ids[2 * index + 1]
                let state = [try server.integer("SELECT count(*) FROM customer WHERE id = ?", [survivor]),
                             try server.integer("SELECT count(*) FROM customer WHERE id = ?", [absorbed]),
                             try server.integer("SELECT count(*) FROM note WHERE customer_id = ?", [survivor]),
                             try server.integer("SELECT count(*) FROM note WHERE customer_id = ?", [absorbed]),
                             try server.integer("SELECT count(*) FROM merge_record WHERE survivor_id = ? AND absorbed_id = ?", [survivor, absorbed])]
                if state == [1, 1, 1, 1, 0] { intact += 1 } else if state == [1, 0, 2, 0, 1] { merged += 1 } else {
                    broken.append("pair \(index) (\(survivor), \(absorbed)): exists \(state[0])/\(state[1]), notes \(state[2])/\(state[3]), records \(state[4])")
                }
            }
            let records = try server.integer("SELECT count(*) FROM merge_record")
            #expect(broken.isEmpty, "\(moment): \(broken.count) pairs half merged: \(broken.prefix(5))")
            #expect(merged + intact == pairs, "\(moment)")
            #expect(records == merged, "\(moment): \(records) merge records for \(merged) merged pairs")
            try expectServerWholeAndFree(db, moment)
        }
    }

    @Test func anAttachKilledAtRandomMomentsLeavesTheDocumentWholeOrAbsentAndNoChunkBehind() throws {
        var killer = KillAtRandomMoment()
        let db = try freshDatabase()
        let customerID = try ShopFolder.openStore(db).customers.create(Customer(givenName: "María", familyName: "López")).id!
        let folder = try ShopFolder.make("clientele-killed-server-scans").directory
        // A different 16 MB PNG-headed file each time, so that each writes new content.
        var scans = ScanFiles(in: folder, seed: killer.seed)
        let first = try scans.write("measured")
        let measured = try KillAtRandomMoment.measure(["documents", "add", String(customerID), first.path, "--db", db])
        #expect(measured.outcome.status == 0, "\(measured.outcome.standardError)")

        for run in 0..<runs {
            let file = try scans.write(FolderName.random(8))
            let moment = try killer.kill(["documents", "add", String(customerID), file.path, "--db", db], run: run, within: measured.seconds)
            let server = try ShopFolder.Reader(db)
            let rows = try server.integer("SELECT count(*) FROM attachment WHERE content_hash = ?", [file.hash])
            let stored = try server.integer("SELECT coalesce(sum(length(bytes)), 0)::bigint FROM attachment_content_chunk WHERE content_hash = ?", [file.hash])
            // Chunks under a key no document has: an upload's temporary key that outlived its transaction.
            let strays = try server.integer("""
                SELECT count(*) FROM attachment_content_chunk c WHERE NOT EXISTS (SELECT 1 FROM attachment a WHERE a.content_hash = c.content_hash)
                """)
            #expect(rows <= 1, "\(moment): \(rows) rows for one attach")
            #expect(stored == (rows == 1 ? file.bytes : 0), "\(moment): \(rows) document rows with \(stored) of \(file.bytes) bytes stored")
            #expect(strays == 0, "\(moment): \(strays) chunks belong to no document")
            try expectServerWholeAndFree(db, moment)
            try FileManager.default.removeItem(atPath: file.path)
        }
    }
}
