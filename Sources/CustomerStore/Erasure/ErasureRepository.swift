import Foundation
import GRDB
import CustomerCore

/// Erasure on a privacy request, on SQLite: every row `CustomerOwnedTables` registers for the
/// customer, the profile itself, the document files nobody else refers to, and their words in the
/// search index. `secure_delete` (AppDatabase) zeroes what is deleted, so nothing lingers in the file.
public struct ErasureRepository: ErasureStore {
    let database: AppDatabase
    /// Whose folder holds the document content files.
    let attachments: AttachmentRepository

    public init(database: AppDatabase, attachments: AttachmentRepository) {
        self.database = database
        self.attachments = attachments
    }

    public func erasureSummary(for id: CustomerID) throws -> ErasureSummary? {
        try database.writer.read { db in try Self.summary(db, id: id) }
    }

    @discardableResult
    public func erase(id: CustomerID) throws -> ErasureSummary {
        let summary = try database.writer.write { db in
            guard let summary = try Self.summary(db, id: id) else { throw StoreError.notFound(what: "customer", id: id) }
            let unshared = try Self.unsharedContent(db, id: id)
            // Reversed: a loyalty account's entries before the account, payments before their bookings.
            for entry in CustomerOwnedTables.all.reversed() {
                try db.execute(sql: "DELETE FROM \(entry.table) WHERE \(entry.erasure.rows)", arguments: ["id": id])
            }
            try db.execute(sql: "DELETE FROM customer WHERE id = ?", arguments: [id])
            // The search index keeps external content: its delete trigger only adds a tombstone, and the
            // words stay in the older segments until they are merged. Merging them all rewrites the index
            // without those words (its old pages zeroed by secure_delete).
            try db.execute(sql: "INSERT INTO customer_search(customer_search) VALUES ('optimize')")
            // As a document's delete does: decided and removed inside the transaction, so that an attach
            // of the same bytes at another counter either sees the row gone and writes its file again, or waits.
            for hash in unshared { attachments.files.removeIfUnreferenced(hash: hash, stillReferenced: false) }
            return summary
        }
        // A WAL file would still hold the pages as they were before; checkpointed and truncated, it holds none.
        if database.journalMode == .wal {
            try database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        return summary
    }

    /// The counts, read from the registry's own predicates: what `erase` deletes is what was counted.
    static func summary(_ db: Database, id: CustomerID) throws -> ErasureSummary? {
        guard let customer = try CustomerRepository.fetchCustomer(db, id: id) else { return nil }
        var summary = ErasureSummary(customerID: id, customerName: customer.displayName)
        for entry in CustomerOwnedTables.all {
            summary[entry.erasure.part] += try Int.fetchOne(db, sql: "SELECT count(*) FROM \(entry.table) WHERE \(entry.erasure.rows)",
                                                            arguments: ["id": id]) ?? 0
        }
        summary[.documentFiles] = try unsharedContent(db, id: id).count
        return summary
    }

    /// The content files that go with the customer: their documents' and those a merge into them left
    /// out (kept in its snapshot for undo), unless another profile's document — or a merge record that
    /// stays — refers to the same content.
    static func unsharedContent(_ db: Database, id: CustomerID) throws -> [String] {
        var hashes = Set(try String.fetchAll(db, sql: "SELECT content_hash FROM attachment WHERE customer_id = ?", arguments: [id]))
        let snapshots = try String.fetchAll(db, sql: "SELECT snapshot FROM merge_record WHERE survivor_id = :id OR absorbed_id = :id",
                                            arguments: ["id": id])
        for json in snapshots {
            hashes.formUnion(try JSONDecoder().decode(MergeSnapshot.self, from: Data(json.utf8)).droppedAttachments.map(\.contentHash))
        }
        return try hashes.sorted().filter { hash in
            let elsewhere = try Bool.fetchOne(db, sql: "SELECT 1 FROM attachment WHERE content_hash = ? AND customer_id <> ? LIMIT 1",
                                              arguments: [hash, id]) ?? false
            let keptHistory = try Bool.fetchOne(db, sql: """
                SELECT 1 FROM merge_record WHERE survivor_id <> :id AND absorbed_id <> :id AND instr(snapshot, :hash) > 0 LIMIT 1
                """, arguments: ["id": id, "hash": hash]) ?? false
            return !elsewhere && !keptHistory
        }
    }
}
