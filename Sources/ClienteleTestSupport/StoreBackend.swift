import Foundation
import CustomerCore
import CustomerStore
import PostgresStore

/// A backend the store's contract tests run against: each contract test takes one as its argument
/// (`@Test(arguments: StoreBackend.all)`), so a new backend adds a case here and every contract
/// test runs once more for it: SQLite, and PostgreSQL when a test server is given
/// (`PostgresTestServer`; without one the PostgreSQL half is reported as not run, never passed).
public enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    /// A real SQLite file in a fresh temporary folder (`TemporaryStore`).
    case sqlite
    /// A fresh database on the test server (`TemporaryPostgresStore`).
    case postgres

    /// Every backend the contract is checked against here: PostgreSQL only when a server is given.
    public static let all: [StoreBackend] = PostgresTestServer.isAvailable ? [.sqlite, .postgres] : [.sqlite]

    public var description: String { rawValue }

    /// An empty store of this backend; what it stored goes when the store is released.
    public func makeStore(region: String = "US") throws -> any ClienteleStoring {
        switch self {
        case .sqlite: try TemporaryStore(region: region)
        case .postgres: try TemporaryPostgresStore(region: region)
        }
    }

    /// Another connection to the data `store` holds, as a second counter in the shop opens it.
    /// `store` must come from this backend's `makeStore`.
    public func secondCounter(to store: any ClienteleStoring) throws -> any ClienteleStoring {
        switch self {
        case .sqlite:
            guard let temporary = store as? TemporaryStore else { throw NotThisBackend(backend: self) }
            return try temporary.secondCounter()
        case .postgres:
            guard let temporary = store as? TemporaryPostgresStore else { throw NotThisBackend(backend: self) }
            return try temporary.secondCounter()
        }
    }

    /// `secondCounter(to:)` was given a store another backend made.
    public struct NotThisBackend: Error, CustomStringConvertible {
        public let backend: StoreBackend
        public var description: String { "the store was not made by the \(backend) backend" }
    }
}
