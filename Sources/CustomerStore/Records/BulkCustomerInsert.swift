import Foundation
import GRDB
import GRDBSQLite
import CustomerCore

/// The customer insert for imports, demo data and benchmarks: many rows per statement, bound
/// through SQLite's C API on GRDB's own connection (inside GRDB's transaction). Why: FTS5 writes
/// out its pending index at every statement's savepoint, so one INSERT per row made a new tiny
/// index segment per customer — 115 µs a row; 500 rows a statement share one: 19 µs a row.
///
/// A statement's texts are first copied end to end into one buffer, `texts`, and bound from it
/// without a copy (`SQLITE_STATIC`). Why: a text bound as `SQLITE_TRANSIENT` is copied into a
/// buffer SQLite allocates, and freed again at the next bind — 25 mallocs and frees a row, each
/// under SQLite's memory-statistics mutex: 6 % of a million-row import's CPU, all on the one
/// thread that writes.
final class BulkCustomerInsert {
    /// 500 × 27 parameters stays far below SQLite's 32,766.
    static let rowsPerStatement = 500
    private let connection: OpaquePointer
    private var statements: [Int: OpaquePointer] = [:]
    /// The UTF-8 of every text of the statement being run, one after another.
    private var texts: [UInt8] = []
    /// Where each text parameter's bytes are in `texts` (nil: NULL), in parameter order.
    private var textRanges: [Range<Int>?] = []

    init(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw StoreError.fileProblem("the database connection is closed") }
        self.connection = connection
    }

    deinit { for statement in statements.values { sqlite3_finalize(statement) } }

    private func statement(rows: Int) throws -> OpaquePointer {
        if let statement = statements[rows] { return statement }
        let values = Customer.insertSQL.components(separatedBy: "VALUES")
        let placeholders = values[1].trimmingCharacters(in: .whitespacesAndNewlines)
        let sql = values[0] + "VALUES " + Array(repeating: placeholders, count: rows).joined(separator: ", ")
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        statements[rows] = statement
        return statement
    }

    /// Inserts validated customers in order; returns their new ids (consecutive within a statement).
    func insert(_ customers: [Customer], derived: [DerivedCustomerColumns]) throws -> [CustomerID] {
        var ids: [CustomerID] = []
        ids.reserveCapacity(customers.count)
        var start = 0
        while start < customers.count {
            let count = min(Self.rowsPerStatement, customers.count - start)
            let statement = try statement(rows: count)
            sqlite3_reset(statement)
            texts.removeAll(keepingCapacity: true)
            textRanges.removeAll(keepingCapacity: true)
            for offset in 0..<count { collectTexts(customers[start + offset], derived[start + offset]) }
            let code = texts.withUnsafeBufferPointer { buffer -> Int32 in
                var index: Int32 = 0
                var text = 0
                for offset in 0..<count {
                    bind(customers[start + offset], textsFrom: buffer, at: &text, to: statement, index: &index)
                }
                assert(text == textRanges.count, "every collected text is bound once")
                let code = sqlite3_step(statement)
                // The bound pointers are into `texts`, which the next statement overwrites.
                sqlite3_clear_bindings(statement)
                return code
            }
            guard code == SQLITE_DONE else {
                let message = String(cString: sqlite3_errmsg(connection))
                sqlite3_reset(statement)
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
            }
            let last = sqlite3_last_insert_rowid(connection)
            ids += ((last - Int64(count) + 1)...last).map { $0 }
            start += count
        }
        return ids
    }

    /// Appends a row’s 23 texts to `texts`, in the order `bind` binds them.
    private func collectTexts(_ customer: Customer, _ derived: DerivedCustomerColumns) {
        func text(_ value: String?) {
            guard let value else { textRanges.append(nil); return }
            let start = texts.count
            texts.append(contentsOf: value.utf8)
            textRanges.append(start..<texts.count)
        }
        text(customer.givenName); text(customer.familyName); text(customer.nickname); text(customer.companyName)
        text(customer.emailAddress); text(derived.normalizedEmail)
        text(customer.phoneNumber); text(customer.phoneE164); text(derived.phoneReversed)
        text(customer.address.line1); text(customer.address.line2); text(customer.address.locality); text(customer.address.region)
        text(customer.address.postalCode); text(customer.address.country)
        text(derived.birthday); text(customer.referenceID); text(customer.memo)
        text(customer.emailSubscription.rawValue); text(customer.status.rawValue); text(customer.creationSource.rawValue)
        text(derived.sortKey)
        text(derived.addressKey)
    }

    /// The same 27 values, in the same order, as `Customer.storedValues()`: the texts from
    /// `buffer` (collected by `collectTexts`, starting at `text`), the numbers from `customer`.
    private func bind(_ customer: Customer, textsFrom buffer: UnsafeBufferPointer<UInt8>, at text: inout Int,
                      to statement: OpaquePointer, index: inout Int32) {
        let bytes = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
        // SQLITE_STATIC: SQLite reads the bytes where they are, until the bindings are cleared.
        let empty: StaticString = ""
        func nextText() {
            index += 1
            defer { text += 1 }
            guard let range = textRanges[text] else { sqlite3_bind_null(statement, index); return }
            // An empty text still needs a valid pointer, or SQLite would bind NULL.
            let start = range.isEmpty || bytes == nil ? UnsafeRawPointer(empty.utf8Start).assumingMemoryBound(to: CChar.self) : bytes! + range.lowerBound
            sqlite3_bind_text(statement, index, start, Int32(range.count), nil)
        }
        func integer(_ value: Int64) { index += 1; sqlite3_bind_int64(statement, index, value) }
        for _ in 0..<21 { nextText() }
        integer(StoredTime.encode(customer.createdAt)); integer(StoredTime.encode(customer.updatedAt))
        integer(StoredTime.encode(customer.lastActivityAt ?? customer.createdAt)); integer(Int64(max(1, customer.version)))
        nextText()
        nextText()
    }
}
