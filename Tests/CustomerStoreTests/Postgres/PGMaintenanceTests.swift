import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import PostgresStore

/// PostgreSQL only: what `clientele check` finds on a server database (the schema the migrations
/// made, every document's content) and what `removeLeftovers` removes. SQLite's own checks of its
/// file are in `SQLite/`.
@Suite(.enabled(if: PostgresTestServer.isAvailable))
struct PGMaintenanceTests {
    let hashA = String(repeating: "a", count: 64), hashB = String(repeating: "b", count: 64), hashC = String(repeating: "c", count: 64)

    func customerWithDocument(_ temp: TemporaryPostgresStore, hash: String, bytes: Int) throws -> Int64 {
        let id = try temp.customers.create(Customer(givenName: "Ana"), now: Date()).id!
        try temp.store.link.execute("""
            INSERT INTO attachment (customer_id, file_name, file_type, byte_count, content_hash, created_at) VALUES (?, 'a.png', 'png', ?, ?, 0)
            """, [id, bytes, hash])
        return id
    }

    func chunk(_ temp: TemporaryPostgresStore, hash: String, position: Int, bytes: Int) throws {
        try temp.store.link.execute("INSERT INTO attachment_content_chunk (content_hash, position, bytes) VALUES (?, ?, ?)",
                                    [hash, position, PGBytes([UInt8](repeating: 7, count: bytes))])
    }

    @Test func theExpectedSchemaIsReadFromTheMigrations() {
        let expected = PGSchemaCheck.expectedObjects
        for object in [("table", "attachment_content_chunk"), ("table", "purged_merge"), ("index", "customer_search"),
                       ("index", "customer_by_postal_code"), ("index", "customer_without_street_by_postal_code"),
                       ("trigger", "customer_changed"), ("trigger", "purged_merge_changed"), ("function", "clientele_fold")] {
            #expect(expected.contains(PGSchemaCheck.Object(kind: object.0, name: object.1)), "\(object)")
        }
        #expect(!expected.contains { $0.name == "unaccent" || $0.name == "if" || $0.name == "exists" })
    }

    @Test func aSoundDatabasePassesAndEveryMissingObjectIsNamed() throws {
        let temp = try TemporaryPostgresStore()
        #expect(try temp.maintenance.integrityProblems(quick: false) == [])
        #expect(try temp.maintenance.integrityProblems(quick: true) == [])
        try temp.store.link.script("""
            DROP INDEX customer_by_email;
            DROP INDEX customer_search;
            DROP TRIGGER note_changed ON note;
            """)
        let problems = try temp.maintenance.integrityProblems(quick: true)
        #expect(problems == [
            "the index customer_by_email is missing (the schema expects it) — restore a backup",
            "the search index customer_search is missing: searching by name finds nobody — restore a backup",
            "the trigger note_changed is missing (the schema expects it) — restore a backup",
        ])
    }

    @Test func aDocumentWhoseContentIsMissingOrShortIsNamed() throws {
        let temp = try TemporaryPostgresStore()
        _ = try customerWithDocument(temp, hash: hashA, bytes: 10)
        let missing = try temp.maintenance.integrityProblems(quick: true)
        #expect(missing.count == 1 && missing[0].contains("has no content stored"), "\(missing)")
        try chunk(temp, hash: hashA, position: 0, bytes: 4)
        #expect(try temp.maintenance.integrityProblems(quick: true) == [], "quick: only that some content is there")
        let short = try temp.maintenance.integrityProblems(quick: false)
        #expect(short.count == 1 && short[0].contains("holds 4 bytes where 10 were stored"), "\(short)")
        try chunk(temp, hash: hashA, position: 2, bytes: 6)
        let gap = try temp.maintenance.integrityProblems(quick: false)
        #expect(gap.count == 1 && gap[0].contains("lacks parts"), "\(gap)")
        try temp.store.link.execute("UPDATE attachment_content_chunk SET position = 1 WHERE position = 2")
        #expect(try temp.maintenance.integrityProblems(quick: false) == [])
    }

    @Test func leftoversAreTheContentNothingNames() throws {
        let temp = try TemporaryPostgresStore()
        let ana = try customerWithDocument(temp, hash: hashB, bytes: 3)
        try chunk(temp, hash: hashA, position: 0, bytes: 3)  // a killed attach's
        try chunk(temp, hash: hashA, position: 1, bytes: 3)
        try chunk(temp, hash: hashB, position: 0, bytes: 3)  // a document's
        try chunk(temp, hash: hashC, position: 0, bytes: 3)  // a merge snapshot's
        try temp.store.link.execute("INSERT INTO merge_record (survivor_id, absorbed_id, created_at, snapshot) VALUES (?, 999, 0, ?)",
                                    [ana, "{\"droppedAttachments\":[{\"contentHash\":\"\(hashC)\"}]}"])
        #expect(try temp.maintenance.removeLeftovers() == 1)
        let left = try temp.store.link.query("SELECT DISTINCT content_hash FROM attachment_content_chunk ORDER BY 1").map { try $0.text(0) }
        #expect(left == [hashB, hashC])
        #expect(try temp.maintenance.removeLeftovers() == 0)
    }

    @Test func rowCountsNameEveryTableButTheMigrationsLogAndTheSearchWords() throws {
        let temp = try TemporaryPostgresStore()
        let counts = try temp.maintenance.rowCounts()
        let tables = Set(PGSchemaCheck.expectedObjects.filter { $0.kind == "table" }.map(\.name)).subtracting(PostgresMigrations.derivedTables)
        #expect(PostgresMigrations.derivedTables == ["customer_search_word"])
        #expect(Set(counts.keys) == tables)
        // A new directory holds only its settings (the region).
        #expect(Set(counts.filter { $0.value != 0 }.keys).isSubset(of: ["setting"]), "\(counts)")
    }
}
