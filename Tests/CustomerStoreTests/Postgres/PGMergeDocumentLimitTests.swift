import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import PostgresStore

/// PostgreSQL only, in SQL (no documents repository needed): the 100-document limit of a merge, the
/// documents left out kept for undo, and a purge removing the content only a purged snapshot kept
/// (`PGDocumentContent.removeIfUnreferenced`) while content another document names stays.
@Suite(.enabled(if: PostgresTestServer.isAvailable))
struct PGMergeDocumentLimitTests {
    let now = Date(timeIntervalSince1970: 1_760_000_000)

    func hash(_ index: Int) -> String { String(format: "%064x", index) }

    func document(_ db: PGLink, customer: Int64, index: Int, at time: Int64) throws {
        try db.execute("""
            INSERT INTO attachment (customer_id, file_name, file_type, byte_count, content_hash, created_at) VALUES (?, ?, 'png', 3, ?, ?)
            """, [customer, "d\(index).png", hash(index), time])
        try db.execute("INSERT INTO attachment_content_chunk (content_hash, position, bytes) VALUES (?, 0, ?) ON CONFLICT DO NOTHING",
                       [hash(index), PGBytes([1, 2, 3])])
    }

    /// Ana holds 100 documents, Anna two more (one of them the same bytes as Luis's), both older.
    func setUp(_ temp: TemporaryPostgresStore) throws -> (ana: Customer, anna: Customer) {
        let db = temp.store.link
        let ana = try temp.customers.create(Customer(givenName: "Ana"), now: now)
        let anna = try temp.customers.create(Customer(givenName: "Anna"), now: now)
        let luis = try temp.customers.create(Customer(givenName: "Luis"), now: now)
        for index in 0..<AttachmentRules.maximumFilesPerCustomer { try document(db, customer: ana.id!, index: index, at: 1_000 + Int64(index)) }
        try document(db, customer: anna.id!, index: 500, at: 10)
        try document(db, customer: anna.id!, index: 501, at: 11)
        try document(db, customer: luis.id!, index: 501, at: 12)
        return (ana, anna)
    }

    func plan(_ temp: TemporaryPostgresStore, _ a: Customer, _ b: Customer) throws -> MergePlan {
        MergePlan(survivor: CustomerCard(customer: a), absorbed: CustomerCard(customer: b))
    }

    @Test func pastTheLimitAMergeNeedsAChoiceAndTheNewestAreKeptUntilUndo() throws {
        let temp = try TemporaryPostgresStore()
        let db = temp.store.link
        let (ana, anna) = try setUp(temp)
        #expect(throws: MergeRefusal.documentsOverLimit(total: 102)) { try temp.merges.apply(try plan(temp, ana, anna), now: now) }
        #expect(try db.int("SELECT count(*) FROM attachment WHERE customer_id = ?", [anna.id!]) == 2, "nothing changed")
        var choice = try plan(temp, ana, anna)
        choice.attachmentOverflow = .keepNewest
        let record = try temp.merges.apply(choice, now: now)
        #expect(try db.int("SELECT count(*) FROM attachment WHERE customer_id = ?", [ana.id!]) == 100)
        #expect(try db.int("SELECT count(*) FROM attachment WHERE content_hash = ANY(?)", [PGArray([hash(500), hash(501)])]) == 1, "Luis's only")
        try temp.merges.undo(mergeID: record.id, now: now)
        #expect(try db.query("SELECT content_hash FROM attachment WHERE customer_id = ? ORDER BY 1", [anna.id!]).map { try $0.text(0) }
                == [hash(500), hash(501)])
        #expect(try temp.maintenance.integrityProblems(quick: false) == [])
    }

    @Test func aPurgeRemovesTheContentOnlyItsSnapshotKept() throws {
        let temp = try TemporaryPostgresStore()
        let db = temp.store.link
        let (ana, anna) = try setUp(temp)
        var choice = try plan(temp, ana, anna)
        choice.attachmentOverflow = .keepNewest
        try temp.merges.apply(choice, now: now)
        #expect(try temp.maintenance.removeLeftovers() == 0, "the snapshot keeps the content left out")
        let purge = try temp.merges.purgeHistory(olderThanDays: 1, now: now.addingTimeInterval(2 * 86_400))
        #expect(purge == MergePurge(records: 1, files: 1))
        #expect(try db.int("SELECT count(*) FROM attachment_content_chunk WHERE content_hash = ?", [hash(500)]) == 0)
        #expect(try db.int("SELECT count(*) FROM attachment_content_chunk WHERE content_hash = ?", [hash(501)]) == 1, "Luis's document names it")
        #expect(try temp.maintenance.integrityProblems(quick: false) == [])
    }
}
