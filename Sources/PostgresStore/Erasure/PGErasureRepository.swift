import CustomerCore
import Foundation

/// Erasure on a privacy request, on PostgreSQL (`ErasureRepository`'s contract): every row
/// `PGErasedTables` names for the customer, the profile itself, and the document content nobody
/// else refers to — counted first from the same predicates, in one transaction with the profile
/// locked, so what `erase` removes is what its summary says. The search index is an expression
/// index over the row: the deleted row's words leave with it.
public struct PGErasureRepository: ErasureStore {
    let store: PostgresClienteleStore

    public func erasureSummary(for id: CustomerID) throws -> ErasureSummary? {
        try store.link.snapshot { db in try Self.summary(db, id: id) }
    }

    @discardableResult
    public func erase(id: CustomerID) throws -> ErasureSummary {
        try store.link.write { db in
            // Locked first: a merge or an edit at another counter waits, and the counts hold.
            guard try db.one("SELECT 1 FROM customer WHERE id = ? FOR UPDATE", [id]) != nil,
                  let summary = try Self.summary(db, id: id) else { throw StoreError.notFound(what: "customer", id: id) }
            let unshared = try Self.unsharedContent(db, id: id)
            for entry in PGErasedTables.all.reversed() {
                try db.execute("DELETE FROM \(entry.table) WHERE \(entry.rows)", [id])
            }
            try db.execute("DELETE FROM customer WHERE id = ?", [id])
            // As a document's delete does: decided inside the transaction, the content locked.
            for hash in unshared { try PGDocumentContent.removeIfUnreferenced(db, hash: hash) }
            return summary
        }
    }

    /// The counts, read from the registry's own predicates: what `erase` deletes is what was counted.
    static func summary(_ db: PGLink, id: CustomerID) throws -> ErasureSummary? {
        guard let customer = try PGCustomerRepository.fetchCustomer(db, id: id) else { return nil }
        var summary = ErasureSummary(customerID: id, customerName: customer.displayName)
        for entry in PGErasedTables.all {
            summary[entry.part] += Int(try db.int("SELECT count(*) FROM \(entry.table) WHERE \(entry.rows)", [id]) ?? 0)
        }
        summary[.documentFiles] = try unsharedContent(db, id: id).count
        return summary
    }

    /// The content that goes with the customer: their documents' and those a merge into them left
    /// out (kept in its snapshot for undo), unless another profile's document — or a merge record
    /// that stays — refers to the same content.
    static func unsharedContent(_ db: PGLink, id: CustomerID) throws -> [String] {
        var hashes = Set(try db.query("SELECT content_hash FROM attachment WHERE customer_id = ?", [id]).map { try $0.text(0) })
        for row in try db.query("SELECT snapshot FROM merge_record WHERE survivor_id = $1 OR absorbed_id = $1", [id]) {
            let snapshot = try JSONDecoder().decode(DroppedDocuments.self, from: Data(try row.text(0).utf8))
            hashes.formUnion(snapshot.droppedAttachments.map(\.contentHash))
        }
        return try hashes.sorted().filter { hash in
            let elsewhere = try db.one("SELECT 1 FROM attachment WHERE content_hash = ? AND customer_id <> ? LIMIT 1", [hash, id]) != nil
            let keptHistory = try db.one("""
                SELECT 1 FROM merge_record WHERE survivor_id <> ? AND absorbed_id <> ? AND strpos(snapshot, ?) > 0 LIMIT 1
                """, [id, id, hash]) != nil
            return !elsewhere && !keptHistory
        }
    }

    /// The part of a merge's snapshot (`MergeSnapshot`, the merge part's) that names the documents
    /// the merge left out: their content hashes only, whatever else (and however dated) it holds.
    struct DroppedDocuments: Decodable {
        struct Document: Decodable { var contentHash: String }
        var droppedAttachments: [Document]
    }
}
