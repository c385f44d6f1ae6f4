import Foundation
import GRDB
import CustomerCore

/// Profiles: create, read, update with optimistic versioning, delete, look up and list.
public struct CustomerRepository: DirectoryStore {
    let database: AppDatabase
    public let validator: CustomerValidator

    public init(database: AppDatabase, region: String) {
        self.database = database
        self.validator = CustomerValidator(region: region)
    }

    // MARK: Writing

    /// The form's save: the profile and its custom values (nil clears one) in one write transaction.
    /// An update checks the version before writing anything, so a conflict writes neither the
    /// profile nor a value, and a change to custom values alone moves the version too.
    public func save(_ customer: Customer, customValues: [Int64: CustomFieldValue?], isNew: Bool, now: Date = Date()) throws -> Customer {
        isNew ? try create(customer, customValues: customValues, now: now) : try update(customer, customValues: customValues, now: now)
    }

    /// Validates and stores a new profile (and its custom values); returns it with its id and version 1.
    public func create(_ draft: Customer, customValues: [Int64: CustomFieldValue?] = [:], now exactNow: Date = Date()) throws -> Customer {
        let now = StoredTime.rounded(exactNow)  // what is returned equals what is read back
        var customer = try validated(draft)
        customer.createdAt = now
        customer.updatedAt = now
        customer.lastActivityAt = customer.lastActivityAt ?? now
        customer.version = 1
        return try database.writer.write { db in
            try db.execute(sql: Customer.insertSQL, arguments: StatementArguments(customer.storedValues()))
            customer.id = db.lastInsertedRowID
            try Self.setCustomValues(db, customValues, customerID: db.lastInsertedRowID)
            return customer
        }
    }

    /// Saves changes to a profile (and its custom values) loaded at `edited.version`. If someone
    /// saved it since, throws `StoreError.conflict` with what is stored now; nothing is overwritten.
    public func update(_ edited: Customer, customValues: [Int64: CustomFieldValue?] = [:], now exactNow: Date = Date()) throws -> Customer {
        let now = StoredTime.rounded(exactNow)
        guard let id = edited.id else { throw StoreError.notFound(what: "customer", id: 0) }
        var customer = try validated(edited)
        customer.updatedAt = now
        customer.version = edited.version + 1
        return try database.writer.write { db in
            try db.execute(sql: Customer.updateSQL,
                           arguments: StatementArguments(customer.storedValues() + [id, edited.version]))
            if db.changesCount == 0 {
                guard let current = try Self.fetchCustomer(db, id: id) else {
                    throw StoreError.notFound(what: "customer", id: id)
                }
                throw StoreError.conflict(current: current)
            }
            try Self.syncLoyaltyPhone(db, customerID: id, e164: customer.phoneE164)
            try Self.setCustomValues(db, customValues, customerID: id)
            return customer
        }
    }

    /// A field deleted at another counter while the form was open is skipped rather than failing the save.
    static func setCustomValues(_ db: Database, _ values: [Int64: CustomFieldValue?], customerID: CustomerID) throws {
        for (fieldID, value) in values {
            try CustomFieldRepository.setStoredValue(db, value?.storageText, fieldID: fieldID, customerID: customerID)
        }
    }

    /// Deletes a profile and, by cascade, everything on its card.
    public func delete(id: CustomerID) throws {
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM customer WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw StoreError.notFound(what: "customer", id: id) }
        }
    }

    /// Inserts already-validated profiles in one transaction, reusing one prepared statement:
    /// the path for imports, demo data and benchmarks. Returns the new ids in order.
    @discardableResult
    public func insertBatch(_ customers: [Customer]) throws -> [CustomerID] {
        return try database.writer.write { db in
            try Self.insertBatch(db, customers: customers)
        }
    }

    static func insertBatch(_ db: Database, customers: [Customer]) throws -> [CustomerID] {
        try BulkCustomerInsert(db).insert(customers, derived: customers.map(DerivedCustomerColumns.init))
    }

    // MARK: Reading

    public func customer(id: CustomerID) throws -> Customer? {
        try database.writer.read { db in try Self.fetchCustomer(db, id: id) }
    }

    public func count(filter: DirectoryFilter = DirectoryFilter(), now: Date = Date()) throws -> Int {
        try database.writer.read { db in
            try DirectorySQL.count(db, filter: filter, now: now)
        }
    }

    /// Profiles whose E.164 phone is exactly `e164`.
    public func customers(phoneE164 e164: String) throws -> [Customer] {
        try database.writer.read { db in
            try Customer.fetchAll(db, sql: "SELECT \(Customer.selectColumns) FROM customer WHERE phone_e164 = ? ORDER BY id", arguments: [e164])
        }
    }

    /// Profiles whose reference ID is exactly `referenceID`.
    public func customers(referenceID: String) throws -> [Customer] {
        try database.writer.read { db in
            try Customer.fetchAll(db, sql: "SELECT \(Customer.selectColumns) FROM customer WHERE reference_id = ? AND reference_id <> '' ORDER BY id",
                                  arguments: [referenceID])
        }
    }

    /// Search as you type: up to `limit` matching rows, ordered by name. `truncated` tells that
    /// more matched than were looked at (the person should keep typing).
    public func search(_ text: String, filter: DirectoryFilter = DirectoryFilter(), limit: Int = 500,
                       now: Date = Date()) throws -> SearchResult {
        let query = SearchQuery.interpret(text, phoneParser: validator.phoneParser)
        return try database.writer.read { db in
            try DirectorySQL.search(db, query: query, filter: filter, limit: limit, now: now)
        }
    }

    /// One page of the directory in `sort` order, starting after `cursor` (keyset pagination).
    public func page(sort: DirectorySort, filter: DirectoryFilter = DirectoryFilter(), after cursor: DirectoryCursor? = nil,
                     limit: Int = 100, now: Date = Date()) throws -> DirectoryPage {
        try database.writer.read { db in
            try DirectorySQL.page(db, sort: sort, filter: filter, after: cursor, limit: limit, now: now)
        }
    }

    /// Full profiles for a set of ids, in the order given (missing ids skipped).
    /// Up to `limit` whole profiles the filter lets through, in name order after `cursor`; the
    /// cursor of the next batch, nil after the last.
    public func customers(filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date = Date()) throws -> (customers: [Customer], next: DirectoryCursor?) {
        try database.writer.read { db in try DirectorySQL.customers(db, filter: filter, after: cursor, limit: limit, now: now) }
    }

    public func customers(ids: [CustomerID]) throws -> [Customer] {
        guard !ids.isEmpty else { return [] }
        return try database.writer.read { db in
            let found = try Self.fetchCustomers(db, ids: ids)
            return ids.compactMap { found[$0] }
        }
    }

    /// The profiles with these ids, by id (a query per 500 ids; missing ids are absent).
    static func fetchCustomers(_ db: Database, ids: [CustomerID]) throws -> [CustomerID: Customer] {
        var found: [CustomerID: Customer] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let marks = chunk.map { _ in "?" }.joined(separator: ",")
            for customer in try Customer.fetchAll(db, sql: "SELECT \(Customer.selectColumns) FROM customer WHERE id IN (\(marks))",
                                                  arguments: StatementArguments(chunk)) {
                found[customer.id!] = customer
            }
        }
        return found
    }

    // MARK: Helpers

    func validated(_ draft: Customer) throws -> Customer {
        switch validator.validated(draft) {
        case .success(let customer): return customer
        case .failure(let failure): throw StoreError.invalid(failure)
        }
    }


    static func fetchCustomer(_ db: Database, id: CustomerID) throws -> Customer? {
        try Row.fetchOne(db, sql: "SELECT \(Customer.selectColumns) FROM customer WHERE id = ?", arguments: [id])
            .map(Customer.init(row:))
    }

    /// "Changing the customer's phone number updates the loyalty phone" (PRODUCT §9).
    static func syncLoyaltyPhone(_ db: Database, customerID: CustomerID, e164: String?) throws {
        guard let e164 else { return }
        try db.execute(sql: "UPDATE loyalty_account SET phone_e164 = ? WHERE customer_id = ?", arguments: [e164, customerID])
    }

    /// Records that something happened on the profile, for the "last activity" sort.
    static func touchActivity(_ db: Database, customerID: CustomerID, at date: Date) throws {
        try db.execute(sql: "UPDATE customer SET last_activity_at = max(coalesce(last_activity_at, 0), ?) WHERE id = ?",
                       arguments: [StoredTime.encode(date), customerID])
    }
}

