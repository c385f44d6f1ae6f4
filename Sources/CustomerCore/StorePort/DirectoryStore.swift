import Foundation

/// Profiles: create, read, update with optimistic versioning, delete, list and search — what the
/// directory pane, the customer form, `clientele find` and `clientele add` need of a store.
public protocol DirectoryStore: Sendable {
    /// The rules a save is checked against (the shop's region reads phone numbers), for a caller
    /// that reports every problem before it saves (`clientele add`).
    var validator: CustomerValidator { get }

    /// The form's save: the profile and its custom values (nil clears one) in one transaction. A
    /// stale version throws `StoreError.conflict` with what is stored now, and writes nothing.
    func save(_ customer: Customer, customValues: [Int64: CustomFieldValue?], isNew: Bool, now: Date) throws -> Customer
    /// A new profile (validated; `StoreError.invalid` otherwise) with its id and version 1.
    func create(_ draft: Customer, customValues: [Int64: CustomFieldValue?], now: Date) throws -> Customer
    /// Changes to a profile loaded at `edited.version`; `StoreError.conflict` if saved since.
    func update(_ edited: Customer, customValues: [Int64: CustomFieldValue?], now: Date) throws -> Customer
    /// Deletes the profile and everything on its card.
    func delete(id: CustomerID) throws
    /// Already-validated profiles in one transaction (imports, demo data, benchmarks); their ids in order.
    @discardableResult
    func insertBatch(_ customers: [Customer]) throws -> [CustomerID]

    func customer(id: CustomerID) throws -> Customer?
    /// Whole profiles for these ids, in the order given (missing ids skipped).
    func customers(ids: [CustomerID]) throws -> [Customer]
    /// Profiles whose E.164 phone is exactly `e164`.
    func customers(phoneE164 e164: String) throws -> [Customer]
    /// Profiles whose reference ID is exactly `referenceID`.
    func customers(referenceID: String) throws -> [Customer]
    /// How many profiles the filter lets through (`now` measures "due" and "overdue").
    func count(filter: DirectoryFilter, now: Date) throws -> Int
    /// Search as you type: up to `limit` rows in name order; `truncated` when more matched.
    func search(_ text: String, filter: DirectoryFilter, limit: Int, now: Date) throws -> SearchResult
    /// One page in `sort` order after `cursor` (keyset pagination: never the whole directory in memory).
    func page(sort: DirectorySort, filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> DirectoryPage
    /// Up to `limit` whole profiles in name order after `cursor`, and the next batch's cursor (nil
    /// after the last): how an export walks the directory.
    func customers(filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> (customers: [Customer], next: DirectoryCursor?)
}

/// The everyday defaults: now is now, no filter, the interface's page and search sizes.
extension DirectoryStore {
    public func save(_ customer: Customer, customValues: [Int64: CustomFieldValue?], isNew: Bool) throws -> Customer {
        try save(customer, customValues: customValues, isNew: isNew, now: Date())
    }

    public func create(_ draft: Customer, customValues: [Int64: CustomFieldValue?] = [:]) throws -> Customer {
        try create(draft, customValues: customValues, now: Date())
    }

    public func update(_ edited: Customer, customValues: [Int64: CustomFieldValue?] = [:]) throws -> Customer {
        try update(edited, customValues: customValues, now: Date())
    }

    public func create(_ draft: Customer, now: Date) throws -> Customer {
        try create(draft, customValues: [:], now: now)
    }

    public func update(_ edited: Customer, now: Date) throws -> Customer {
        try update(edited, customValues: [:], now: now)
    }

    public func count(filter: DirectoryFilter = DirectoryFilter()) throws -> Int {
        try count(filter: filter, now: Date())
    }

    public func search(_ text: String, filter: DirectoryFilter = DirectoryFilter(), limit: Int = 500) throws -> SearchResult {
        try search(text, filter: filter, limit: limit, now: Date())
    }

    public func page(sort: DirectorySort, filter: DirectoryFilter = DirectoryFilter(), after cursor: DirectoryCursor? = nil,
                     limit: Int = 100) throws -> DirectoryPage {
        try page(sort: sort, filter: filter, after: cursor, limit: limit, now: Date())
    }

    public func customers(filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int) throws -> (customers: [Customer], next: DirectoryCursor?) {
        try customers(filter: filter, after: cursor, limit: limit, now: Date())
    }
}
