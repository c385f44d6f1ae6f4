import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// SQLite-specific: what opening a file writes to it (issue 16, points 2 and 4). An up-to-date file
/// in the right journal mode is opened without a single statement that changes it, so opening never
/// needs the lock another counter's import holds; a file in the wrong mode is switched; a newer
/// Clientele's file is refused before its journal mode is touched.
@Suite(.serialized) struct OpeningFileTests {
    /// The statements one connection ran, as SQLite traced them.
    final class Statements: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    func tracedQueue(_ path: String, into statements: Statements) throws -> DatabaseQueue {
        var config = Configuration()
        config.prepareDatabase { db in db.trace { statements.append($0.expandedDescription) } }
        return try DatabaseQueue(path: path, configuration: config)
    }

    func shopFile() throws -> (TemporaryStore, String) {
        let temporary = try TemporaryStore()
        return (temporary, temporary.directory.appendingPathComponent("shop.sqlite").path)
    }

    @Test func anUpToDateFileInTheRightModeIsOpenedWithoutSettingAnything() throws {
        let (temporary, path) = try shopFile()
        _ = try AppDatabase(path: path)
        let statements = Statements()
        let queue = try tracedQueue(path, into: statements)
        try AppDatabase.settle(queue, path: path, journalMode: .rollback, readOnly: false)
        let written = statements.all.filter { $0.uppercased().contains("JOURNAL_MODE =") || $0.uppercased().hasPrefix("CREATE") || $0.uppercased().hasPrefix("INSERT") }
        #expect(written.isEmpty, "\(statements.all)")
        #expect(statements.all.contains { $0.uppercased() == "PRAGMA JOURNAL_MODE" }, "the mode is read: \(statements.all)")
        _ = temporary
    }

    @Test func aFileInTheWrongModeIsSwitchedToThePolicysMode() throws {
        let (temporary, path) = try shopFile()
        _ = try AppDatabase(path: path)
        let wal = try DatabaseQueue(path: path)
        try wal.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try wal.close()
        let queue = try DatabaseQueue(path: path)
        try AppDatabase.settle(queue, path: path, journalMode: .rollback, readOnly: false)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
        _ = temporary
    }

    @Test func aNewerClientelesFileKeepsItsJournalMode() throws {
        let (temporary, path) = try shopFile()
        _ = try AppDatabase(path: path)
        let newer = try DatabaseQueue(path: path)
        try newer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES('v99 from the future')")
        }
        try newer.close()
        #expect(throws: StoreError.newerSchema(path: path, found: "v99 from the future", known: AppDatabase.migrator.migrations.last!)) {
            _ = try AppDatabase(path: path)
        }
        let after = try DatabaseQueue(path: path)
        #expect(try after.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal", "left as the newer version set it")
        _ = temporary
    }

    @Test func theSchemaCheckKnowsEveryObjectTheMigrationsCreate() throws {
        let expected = try SchemaCheck.expectedObjects()
        #expect(expected.contains(SchemaCheck.Object(type: "trigger", name: "customer_search_insert")))
        #expect(expected.contains(SchemaCheck.Object(type: "table", name: "customer_search")))
        #expect(expected.contains(SchemaCheck.Object(type: "index", name: "customer_by_email")))
        let database = try AppDatabase()
        #expect(try database.integrityProblems().isEmpty)
    }

    /// What each access does with a file marked damaged: a command that writes is refused; the
    /// interface and a reading command open it read-only, and a save there says it is damaged.
    @Test func aFileMarkedDamagedOpensReadOnlyForTheInterfaceAndIsRefusedForAWrite() throws {
        let (temporary, path) = try shopFile()
        let store = ClienteleStore(database: try AppDatabase(path: path), region: "US")
        _ = try store.customers.create(Fixtures.maria())
        DamageMark.record(path: path)

        #expect(throws: StoreError.damaged(path: path)) { _ = try AppDatabase(path: path, access: .writes) }
        for access in [StoreAccess.browses, .reads] {
            let opened = try AppDatabase(path: path, access: access)
            #expect(opened.readOnlyReason == .damaged)
            let reopened = ClienteleStore(database: opened, region: "US")
            #expect(try reopened.customers.count() == 1, "reads answer")
            #expect(throws: StoreError.damaged(path: path)) { _ = try reopened.customers.create(Fixtures.jose()) }
        }
        _ = temporary
    }
}
