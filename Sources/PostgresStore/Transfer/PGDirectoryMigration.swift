import CustomerCore
import CustomerStore
import Crypto
import Foundation

/// `clientele migrate-to postgres://…`: a local directory file — every table, and every document's
/// bytes — copied into an empty server database in ONE transaction: interrupted, refused or failed
/// at any point, the server holds nothing of it. The file is only read (one read transaction, so
/// one committed state while other counters may still write to it).
public enum PGDirectoryMigration {
    public struct Summary: Sendable {
        /// Rows copied, by table, in copy order.
        public var rows: [(table: String, count: Int)] = []
        public var documents = 0
        public var bytes: Int64 = 0
        public var seconds = 0.0
        public var customers: Int { rows.first { $0.table == "customer" }?.count ?? 0 }
    }

    /// Copies `file` into `store`, whose database must hold no directory data yet. `progress` hears
    /// each table's name as it starts.
    public static func copy(from file: SQLiteDirectoryFile, to store: PostgresClienteleStore,
                            progress: (String) -> Void = { _ in }) throws -> Summary {
        let started = Date()
        var summary = Summary()
        try file.read { reader in
            if try reader.unfinishedImports() > 0 {
                throw StoreError.fileProblem("an import is under way at another counter on this file; let it finish, then migrate (nothing was copied)")
            }
            try store.link.write { db in
                for name in StoredTable.directoryTables where try db.int("SELECT count(*) FROM (SELECT 1 FROM \(name) LIMIT 1) s") ?? 0 > 0 {
                    throw StoreError.destinationNotEmpty(place: store.link.address.description, table: name)
                }
                for name in StoredTable.directoryTables {
                    progress(name)
                    let table = try reader.table(name)
                    let missing = Set(table.columns).subtracting(try PGTableCopy.table(db, name).columns)
                    guard missing.isEmpty else {
                        throw StoreError.fileProblem("the server's \(name) table has no column \(missing.sorted().joined(separator: ", ")); is this Clientele the same version as the file's? (nothing was copied)")
                    }
                    var count = 0
                    try reader.forEachBatch(of: table, size: 5_000) { rows in
                        try PGTableCopy.insert(db, rows, into: table)
                        count += rows.count
                    }
                    let stored = Int(try db.int("SELECT count(*) FROM \(name)") ?? 0)
                    guard stored == count else {
                        throw StoreError.fileProblem("the server holds \(stored) rows of \(name) after copying \(count) (nothing was copied)")
                    }
                    summary.rows.append((name, count))
                }
                for name in StoredTable.numberedTables.sorted() { try PGTableCopy.continueNumbering(db, table: name) }
                let files = try reader.referencedFiles()
                if !files.isEmpty {
                    progress("documents")
                    guard let documents = file.documents else { throw StoreError.fileProblem("the file's documents folder cannot be found (nothing was copied)") }
                    for (hash, byteCount) in files.sorted(by: { $0.key < $1.key }) {
                        try insertContent(db, hash: hash, byteCount: byteCount, from: documents.url(forHash: hash))
                        summary.documents += 1
                        summary.bytes += byteCount
                    }
                }
            }
        }
        PGBulkWriteVacuum.run(store.link)
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// A document's file into chunks, read 1 MiB at a time and checked against its name (SHA-256)
    /// and size: a file changed or cut short on disk fails the migration rather than arrive wrong.
    static func insertContent(_ db: PGLink, hash: String, byteCount: Int64, from url: URL) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw StoreError.fileProblem("the document file \(hash.prefix(12))… is missing from \(url.deletingLastPathComponent().path) (nothing was copied)")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var position: Int64 = 0
        var total: Int64 = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            try db.execute("INSERT INTO attachment_content_chunk (content_hash, position, bytes) VALUES (?, ?, ?)", [hash, position, PGBytes(chunk)])
            position += 1
            total += Int64(chunk.count)
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        guard digest == hash, total == byteCount else {
            throw StoreError.fileProblem("the document file \(hash.prefix(12))… does not hold the bytes it was stored with (\(total) bytes read, \(byteCount) expected); nothing was copied — run `clientele check` on the file")
        }
    }
}
