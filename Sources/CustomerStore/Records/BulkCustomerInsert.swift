import Foundation
import GRDB
import GRDBSQLite
import CustomerCore

/// The customer insert for imports, demo data and benchmarks: many rows per statement, bound
/// through SQLite's C API on GRDB's own connection (inside GRDB's transaction). Why: FTS5 writes
/// out its pending index at every statement's savepoint, so one INSERT per row made a new tiny
/// index segment per customer — 115 µs a row; 500 rows a statement share one: 19 µs a row.
final class BulkCustomerInsert {
    /// 500 × 27 parameters stays far below SQLite's 32,766.
    static let rowsPerStatement = 500
    private let connection: OpaquePointer
    private var statements: [Int: OpaquePointer] = [:]

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
            var index: Int32 = 0
            for offset in 0..<count {
                bind(customers[start + offset], derived[start + offset], to: statement, index: &index)
            }
            let code = sqlite3_step(statement)
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

    /// The same 27 values, in the same order, as `Customer.storedValues()`.
    private func bind(_ customer: Customer, _ derived: DerivedCustomerColumns, to statement: OpaquePointer, index: inout Int32) {
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        // The UTF-8 bytes in place, with their length: passing a String as a C string copies a short
        // one (most cells) to the heap first. SQLite copies the bytes into the statement's own
        // buffers, which it reuses from row to row.
        func text(_ value: String) {
            index += 1
            let bound = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard let start = bytes.baseAddress, !bytes.isEmpty else { return false }
                sqlite3_bind_text(statement, index, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(bytes.count), transient)
                return true
            }
            if bound != true { sqlite3_bind_text(statement, index, value, -1, transient) }
        }
        func optionalText(_ value: String?) { if let value { text(value) } else { index += 1; sqlite3_bind_null(statement, index) } }
        func integer(_ value: Int64) { index += 1; sqlite3_bind_int64(statement, index, value) }
        text(customer.givenName); text(customer.familyName); text(customer.nickname); text(customer.companyName)
        text(customer.emailAddress); optionalText(derived.normalizedEmail)
        text(customer.phoneNumber); optionalText(customer.phoneE164); optionalText(derived.phoneReversed)
        text(customer.address.line1); text(customer.address.line2); text(customer.address.locality); text(customer.address.region)
        text(customer.address.postalCode); text(customer.address.country)
        optionalText(derived.birthday); text(customer.referenceID); text(customer.memo)
        text(customer.emailSubscription.rawValue); text(customer.status.rawValue); text(customer.creationSource.rawValue)
        integer(StoredTime.encode(customer.createdAt)); integer(StoredTime.encode(customer.updatedAt))
        integer(StoredTime.encode(customer.lastActivityAt ?? customer.createdAt)); integer(Int64(max(1, customer.version)))
        text(derived.sortKey)
        text(derived.addressKey)
    }
}
