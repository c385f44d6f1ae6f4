import CustomerCore
import Foundation

/// Profiles on PostgreSQL: `CustomerRepository`'s contract. An update names the version it was
/// loaded at (`WHERE id = ? AND version = ?`): under READ COMMITTED a second save of the same row
/// waits for the first to commit, then finds the version moved and is a conflict, never an overwrite.
public struct PGCustomerRepository: DirectoryStore {
    let link: PGLink
    public let validator: CustomerValidator

    init(link: PGLink, region: String) {
        self.link = link
        self.validator = CustomerValidator(region: region)
    }

    public func save(_ customer: Customer, customValues: [Int64: CustomFieldValue?], isNew: Bool, now: Date) throws -> Customer {
        isNew ? try create(customer, customValues: customValues, now: now) : try update(customer, customValues: customValues, now: now)
    }

    public func create(_ draft: Customer, customValues: [Int64: CustomFieldValue?], now exactNow: Date) throws -> Customer {
        let now = StoredTime.rounded(exactNow)
        var customer = try validated(draft)
        customer.createdAt = now
        customer.updatedAt = now
        customer.lastActivityAt = customer.lastActivityAt ?? now
        customer.version = 1
        return try link.write { db in
            let id = try Self.insert(db, customer)
            customer.id = id
            try PGCustomValues.set(db, customValues, customerID: id)
            return customer
        }
    }

    public func update(_ edited: Customer, customValues: [Int64: CustomFieldValue?], now exactNow: Date) throws -> Customer {
        let now = StoredTime.rounded(exactNow)
        guard let id = edited.id else { throw StoreError.notFound(what: "customer", id: 0) }
        var customer = try validated(edited)
        customer.updatedAt = now
        customer.version = edited.version + 1
        return try link.write { db in
            let changed = try db.execute(PGCustomerRow.updateSQL, PGCustomerRow.storedValues(customer) + [id, edited.version])
            if changed == 0 {
                guard let current = try Self.fetchCustomer(db, id: id) else { throw StoreError.notFound(what: "customer", id: id) }
                throw StoreError.conflict(current: current)
            }
            try Self.syncLoyaltyPhone(db, customerID: id, e164: customer.phoneE164)
            try PGCustomValues.set(db, customValues, customerID: id)
            return customer
        }
    }

    public func delete(id: CustomerID) throws {
        try link.write { db in
            if try db.execute("DELETE FROM customer WHERE id = ?", [id]) == 0 { throw StoreError.notFound(what: "customer", id: id) }
        }
    }

    @discardableResult
    public func insertBatch(_ customers: [Customer]) throws -> [CustomerID] {
        try link.write { db in try PGBulkCustomerInsert.insert(db, customers) }
    }

    public func customer(id: CustomerID) throws -> Customer? {
        try Self.fetchCustomer(link, id: id)
    }

    public func customers(ids: [CustomerID]) throws -> [Customer] {
        guard !ids.isEmpty else { return [] }
        let found = try Self.fetchCustomers(link, ids: ids)
        return ids.compactMap { found[$0] }
    }

    public func customers(phoneE164 e164: String) throws -> [Customer] {
        try link.query("SELECT \(PGCustomerRow.selectColumns) FROM customer WHERE phone_e164 = ? ORDER BY id", [e164]).map(PGCustomerRow.customer)
    }

    public func customers(referenceID: String) throws -> [Customer] {
        try link.query("SELECT \(PGCustomerRow.selectColumns) FROM customer WHERE reference_id = ? AND reference_id <> '' ORDER BY id",
                       [referenceID]).map(PGCustomerRow.customer)
    }

    public func count(filter: DirectoryFilter, now: Date) throws -> Int {
        try link.read { db in try PGDirectorySQL.count(db, filter: filter, now: now) }
    }

    public func search(_ text: String, filter: DirectoryFilter, limit: Int, now: Date) throws -> SearchResult {
        let query = SearchQuery.interpret(text, phoneParser: validator.phoneParser)
        return try link.read { db in try PGDirectorySQL.search(db, query: query, filter: filter, limit: limit, now: now) }
    }

    public func page(sort: DirectorySort, filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> DirectoryPage {
        try link.read { db in try PGDirectorySQL.page(db, sort: sort, filter: filter, after: cursor, limit: limit, now: now) }
    }

    public func customers(filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> (customers: [Customer], next: DirectoryCursor?) {
        try link.read { db in try PGDirectorySQL.customers(db, filter: filter, after: cursor, limit: limit, now: now) }
    }

    // MARK: Shared with the other repositories

    func validated(_ draft: Customer) throws -> Customer {
        switch validator.validated(draft) {
        case .success(let customer): return customer
        case .failure(let failure): throw StoreError.invalid(failure)
        }
    }

    /// Inserts one validated profile; its new id.
    static func insert(_ db: PGLink, _ customer: Customer) throws -> CustomerID {
        guard let id = try db.int(PGCustomerRow.insertSQL, PGCustomerRow.storedValues(customer)) else {
            throw StoreError.fileProblem("the server returned no id for a new profile")
        }
        return id
    }

    static func fetchCustomer(_ db: PGLink, id: CustomerID) throws -> Customer? {
        try db.one("SELECT \(PGCustomerRow.selectColumns) FROM customer WHERE id = ?", [id]).map(PGCustomerRow.customer)
    }

    /// The profiles with these ids, by id (missing ids are absent): one statement, the ids as an array.
    static func fetchCustomers(_ db: PGLink, ids: [CustomerID]) throws -> [CustomerID: Customer] {
        var found: [CustomerID: Customer] = [:]
        for customer in try db.query("SELECT \(PGCustomerRow.selectColumns) FROM customer WHERE id = ANY(?)", [PGArray(ids)]).map(PGCustomerRow.customer) {
            found[customer.id!] = customer
        }
        return found
    }

    /// "Changing the customer's phone number updates the loyalty phone" (PRODUCT §9).
    static func syncLoyaltyPhone(_ db: PGLink, customerID: CustomerID, e164: String?) throws {
        guard let e164 else { return }
        try db.execute("UPDATE loyalty_account SET phone_e164 = ? WHERE customer_id = ?", [e164, customerID])
    }

    /// Records that something happened on the profile, for the "last activity" sort.
    static func touchActivity(_ db: PGLink, customerID: CustomerID, at date: Date) throws {
        try db.execute("UPDATE customer SET last_activity_at = greatest(last_activity_at, ?) WHERE id = ?", [StoredTime.encode(date), customerID])
    }
}
