import Foundation
import GRDB
import CustomerCore

/// A directory file's tables as rows of `StoredValue`s, read or written whole: the SQLite side of
/// `clientele migrate-to` (read) and of a server's backup (written). Columns are read from the file's
/// own schema, so the copy follows the migrations.
public struct SQLiteDirectoryFile: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Everything `body` reads comes from one committed state of the file (one read transaction).
    public func read<T>(_ body: (Reader) throws -> T) throws -> T {
        try database.writer.read { db in try body(Reader(db: db)) }
    }

    /// Everything `body` writes is one transaction: all of it or none.
    public func write<T>(_ body: (Writer) throws -> T) throws -> T {
        try database.writer.write { db in try body(Writer(db: db)) }
    }

    /// Raw SQL on the file (tests writing what another program might have).
    public func runSQL(_ sql: String) throws {
        try database.writer.write { db in try db.execute(sql: sql) }
    }

    /// Where the file's documents are (`attachments/` beside it).
    public var documents: AttachmentFileStore? { database.attachmentsDirectory.map(AttachmentFileStore.init(root:)) }

    public struct Reader {
        let db: Database

        /// The table's columns in the file's schema, in order.
        public func table(_ name: String) throws -> StoredTable {
            let columns = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [name]).map { $0["name"] as String }
            guard !columns.isEmpty else { throw StoreError.fileProblem("the file has no table \(name)") }
            return StoredTable(name: name, columns: columns)
        }

        /// The table's rows in batches of at most `size`, by rowid (never the whole table in memory).
        public func forEachBatch(of table: StoredTable, size: Int, _ body: ([[StoredValue]]) throws -> Void) throws {
            let quoted = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
            let rows = try Row.fetchCursor(db, sql: "SELECT \(quoted) FROM \(table.name)")
            var batch: [[StoredValue]] = []
            batch.reserveCapacity(size)
            while let row = try rows.next() {
                var values: [StoredValue] = []
                values.reserveCapacity(table.columns.count)
                for index in 0..<table.columns.count {
                    switch (row[index] as DatabaseValue).storage {
                    case .null: values.append(.null)
                    case .int64(let integer): values.append(.integer(integer))
                    case .string(let text): values.append(.text(text))
                    case .double, .blob:
                        // The schema stores integers and text only: anything else is not a value it wrote.
                        throw StoreError.fileProblem("\(table.name).\(table.columns[index]) holds a value Clientele never stores (a number with a fraction or bytes); check the file with `clientele check`")
                    }
                }
                batch.append(values)
                if batch.count == size {
                    try body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try body(batch) }
        }

        public func count(_ table: String) throws -> Int {
            try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        }

        /// Imports under way at another counter (their rows are not the directory's yet).
        public func unfinishedImports() throws -> Int {
            try Int.fetchOne(db, sql: "SELECT count(*) FROM import_run") ?? 0
        }

        /// Every content file the data refers to, with its size: its documents' and those its
        /// merge records keep for undo.
        public func referencedFiles() throws -> [String: Int64] {
            try DatabaseBackup.referencedFiles(db)
        }
    }

    public struct Writer {
        let db: Database

        /// Inserts rows as they are (ids included); the search index follows through its triggers.
        public func insert(_ rows: [[StoredValue]], into table: StoredTable) throws {
            let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ",")
            let statement = try db.cachedStatement(sql: "INSERT INTO \(table.name) (\(table.columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(marks))")
            for row in rows {
                try statement.execute(arguments: StatementArguments(row.map { value -> DatabaseValueConvertible? in
                    switch value {
                    case .null: nil
                    case .integer(let integer): integer
                    case .text(let text): text
                    }
                }))
            }
        }
    }
}
