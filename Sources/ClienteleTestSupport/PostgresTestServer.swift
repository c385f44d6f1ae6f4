import Foundation
import CustomerCore
import PostgresStore

/// The PostgreSQL server the tests run against: `CLIENTELE_TEST_POSTGRES`, an address with the right to
/// create databases (`scripts/test` starts a throwaway cluster and sets it; see the README). Without
/// it the PostgreSQL half of the suite is not run, and says so (`PostgresRequirementTests`); with
/// `CLIENTELE_REQUIRE_POSTGRES=1` (CI) that is a failure.
public enum PostgresTestServer {
    /// The server's address, with `postgres` as its database (where new databases are made from).
    public static let address: PostgresAddress? = {
        guard let text = ProcessInfo.processInfo.environment["CLIENTELE_TEST_POSTGRES"], !text.isEmpty else { return nil }
        return try? PostgresAddress.parse(text)
    }()

    public static var isAvailable: Bool { address != nil }
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CLIENTELE_REQUIRE_POSTGRES"] == "1" }

    /// What the suite says when the PostgreSQL half does not run.
    public static let notRunReason = "PostgreSQL part NOT RUN: no server (CLIENTELE_TEST_POSTGRES unset; `scripts/test` starts one when PostgreSQL is installed)"

    /// A new, empty database on the server; its address (same user, same port).
    public static func createDatabase() throws -> PostgresAddress {
        guard let server = address else { throw NoServer() }
        let admin = try PGLink(address: server)
        let name = "clientele_test_\(FolderName.random().lowercased().filter { $0.isLetter || $0.isNumber })"
        try admin.script("CREATE DATABASE \(name)")
        var created = server
        created.database = name
        return created
    }

    /// Drops a database made by `createDatabase`, closing whatever connections are still in it.
    public static func dropDatabase(_ database: String) {
        guard let server = address, let admin = try? PGLink(address: server) else { return }
        try? admin.script("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
    }

    public struct NoServer: Error, CustomStringConvertible {
        public var description: String { PostgresTestServer.notRunReason }
    }
}

/// A Clientele directory in a fresh database of the test server, dropped when the value is released:
/// the PostgreSQL backend under test, as `TemporaryStore` is SQLite's.
public final class TemporaryPostgresStore: @unchecked Sendable {
    public let address: PostgresAddress
    public let store: PostgresClienteleStore

    public init(region: String = "US") throws {
        address = try PostgresTestServer.createDatabase()
        do {
            store = try PostgresClienteleStore.open(address, region: region, mayCreate: true)
            try store.settings.set(.region, to: region)
        } catch {
            PostgresTestServer.dropDatabase(address.database)
            throw error
        }
    }

    deinit {
        store.link.close()
        PostgresTestServer.dropDatabase(address.database)
    }

    /// Another counter: its own connections to the same database.
    public func secondCounter() throws -> PostgresClienteleStore {
        try PostgresClienteleStore.open(address, region: store.region, mayCreate: false)
    }
}

extension TemporaryPostgresStore: ClienteleStoring {
    public var region: String { store.region }
    public var customers: PGCustomerRepository { store.customers }
    public var customerCards: PGCardRepository { store.customerCards }
    public var notes: PGNoteRepository { store.notes }
    public var attachments: PGAttachmentRepository { store.attachments }
    public var groups: PGGroupRepository { store.groups }
    public var customFields: PGCustomFieldRepository { store.customFields }
    public var cardsOnFile: PGSavedCardRepository { store.cardsOnFile }
    public var loyalty: PGLoyaltyRepository { store.loyalty }
    public var bookings: PGBookingRepository { store.bookings }
    public var payments: PGPaymentRepository { store.payments }
    public var conversations: PGConversationRepository { store.conversations }
    public var settings: PGSettingsRepository { store.settings }
    public var duplicates: PGDuplicateRepository { store.duplicates }
    public var merges: PGMergeRepository { store.merges }
    public var imports: PGImportRunner { store.imports }
    public var exports: PGDirectoryExporter { store.exports }
    public var demo: PGDemoLoader { store.demo }
    public var maintenance: PGMaintenanceRepository { store.maintenance }
    public var erasure: PGErasureRepository { store.erasure }
    public var counters: PGCounterWatch { store.counters }
}
