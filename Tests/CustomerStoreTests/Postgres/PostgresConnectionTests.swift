import ClienteleTestSupport
import CustomerCore
import Foundation
@testable import PostgresStore
import Testing

/// A real server (`CLIENTELE_TEST_POSTGRES`): logins refused and accepted, TLS, a server out of reach,
/// a connection killed mid-session (nothing half-written; the store says so and comes back by itself),
/// and the schema's refusals.
@Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.notRunReason)))
struct PostgresConnectionTests {
    /// The cluster's password user (scripts/postgres-cluster).
    func passwordUser(_ password: String?, tls: PostgresAddress.TLSMode = .disable) -> PostgresAddress {
        var address = PostgresTestServer.address!
        address.user = "clientele_pw"
        address.password = password
        address.tls = tls
        return address
    }

    @Test func aWrongPasswordIsARefusedLoginInWordsAndTheRightOneGetsIn() throws {
        #expect(throws: StoreError.self) { try PGLink(address: passwordUser("wrong")) }
        do {
            _ = try PGLink(address: passwordUser("wrong"))
        } catch let StoreError.authenticationFailed(server, _) {
            #expect(server == "postgres://clientele_pw@\(PostgresTestServer.address!.host):\(PostgresTestServer.address!.port)/postgres")
        }
        do {
            _ = try PGLink(address: passwordUser(nil))
            Issue.record("no password was accepted")
        } catch let error as StoreError {
            guard case .authenticationFailed = error else { Issue.record("\(error)"); return }
            #expect(!error.description.contains("secret"))
        }
        let link = try PGLink(address: passwordUser("secret word"))
        #expect(try link.int("SELECT 1") == 1)
    }

    @Test func sslmodeRequireTalksTLS() throws {
        let link = try PGLink(address: passwordUser("secret word", tls: .require))
        #expect(try link.one("SELECT CASE WHEN ssl THEN 1 ELSE 0 END FROM pg_stat_ssl WHERE pid = pg_backend_pid()")?.int(0) == 1)
        let plain = try PGLink(address: passwordUser("secret word", tls: .disable))
        #expect(try plain.one("SELECT CASE WHEN ssl THEN 1 ELSE 0 END FROM pg_stat_ssl WHERE pid = pg_backend_pid()")?.int(0) == 0)
    }

    @Test func aServerNobodyAnswersIsUnreachableInWords() throws {
        var address = PostgresTestServer.address!
        address.port = 1
        do {
            _ = try PGLink(address: address)
            Issue.record("port 1 answered")
        } catch let StoreError.serverUnreachable(server, reason) {
            #expect(server.hasSuffix(":1/postgres"))
            #expect(reason == "connection refused")
        }
    }

    @Test func aConnectionKilledMidTransactionLeavesNothingAndTheStoreComesBackByItself() throws {
        let temporary = try TemporaryPostgresStore()
        let store = temporary.store
        let admin = try PGLink(address: PostgresTestServer.address!)
        let pid = try #require(store.link.backendPID)
        #expect(throws: StoreError.connectionLost(server: store.link.address.description)) {
            try store.link.write { db in
                _ = try PGCustomerRepository.insert(db, Customer(givenName: "Half", familyName: "Written", createdAt: Date(), updatedAt: Date(), version: 1))
                try admin.execute("SELECT pg_terminate_backend(?::int)", [Int(pid)])
                _ = try db.int("SELECT count(*) FROM customer")
            }
        }
        #expect(store.counters.problem == StoreError.connectionLost(server: store.link.address.description), "the interface says offline")
        #expect(throws: StoreError.self, "meanwhile every statement fails at once") { try store.customers.count(filter: DirectoryFilter()) }
        let deadline = Date().addingTimeInterval(10)
        while store.counters.problem != nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(store.counters.problem == nil, "reconnected within \(PGLink.retryInterval) s and a bit")
        #expect(try store.customers.count(filter: DirectoryFilter()) == 0, "the killed transaction's profile is not there")
        #expect(try store.customers.create(Customer(givenName: "Whole")).id != nil)
    }

    /// An import's COPY runs as async work on a thread of its own while the caller waits: a server
    /// that goes away before or during it must end the wait with the same clear error as any
    /// statement — never leave the caller waiting — and nothing of it may stay.
    @Test(.timeLimit(.minutes(1)), arguments: [false, true])
    func aConnectionKilledAroundACopyFailsInWordsAndLeavesNothing(duringTheCopy: Bool) throws {
        let temporary = try TemporaryPostgresStore()
        let store = temporary.store
        let admin = try PGLink(address: PostgresTestServer.address!)
        let pid = try #require(store.link.backendPID)
        try store.link.script("CREATE TABLE copy_probe (t text)")
        var rows = PGCopyText(capacity: 1 << 24)
        for index in 0..<(duringTheCopy ? 1_000_000 : 10) { rows.append("row \(index)\twith a tab"); rows.endRow() }
        let lost = StoreError.connectionLost(server: store.link.address.description)
        #expect(throws: lost) {
            try store.link.write { db in
                if duringTheCopy {
                    Thread.detachNewThread {
                        Thread.sleep(forTimeInterval: 0.05)
                        _ = try? admin.execute("SELECT pg_terminate_backend(?::int)", [Int(pid)])
                    }
                } else {
                    try admin.execute("SELECT pg_terminate_backend(?::int)", [Int(pid)])
                }
                try db.copy(into: "copy_probe", columns: ["t"], rows: rows.buffer)
            }
        }
        #expect(throws: lost, "meanwhile statements fail at once (and the link starts reconnecting)") { try store.link.int("SELECT 1") }
        let deadline = Date().addingTimeInterval(10)
        while store.counters.problem != nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try store.link.int("SELECT count(*) FROM copy_probe") == 0, "nothing of the killed copy is there")
    }

    @Test func anotherCountersCommitIsHeardAndOnesOwnIsNot() throws {
        let temporary = try TemporaryPostgresStore()
        let other = try temporary.secondCounter()
        let watch = temporary.store.counters
        func heard(within seconds: TimeInterval) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if watch.changedSinceLastLook() { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }
        _ = heard(within: 0.5)  // the first look after listening
        _ = try temporary.store.customers.create(Customer(givenName: "Own"))
        #expect(!heard(within: 0.5), "this counter's own save is not a change elsewhere")
        let started = Date()
        _ = try other.customers.create(Customer(givenName: "Elsewhere"))
        #expect(heard(within: 2), "another counter's save is heard")
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(!watch.changedSinceLastLook(), "heard once")
    }

    /// The run lock of `reminders --notify` on a server: held against every other connection until
    /// let go, and free at once when it is, while the holder's connection is still open.
    @Test func anAdvisoryLockLetGoIsFreeAtOnce() throws {
        let temporary = try TemporaryPostgresStore()
        let holder = try PGLink(address: temporary.address), other = try PGLink(address: temporary.address)
        for round in 1...3 {
            #expect(try holder.tryHoldingLock(named: "notify"))
            #expect(try !other.tryHoldingLock(named: "notify"), "held: round \(round)")
            try holder.releaseLock(named: "notify")
            #expect(try other.tryHoldingLock(named: "notify"), "let go: round \(round)")
            try other.releaseLock(named: "notify")
        }
    }

    @Test func aDatabaseOfAnotherProgramAndANewerSchemaAreRefusedUntouched() throws {
        let foreign = try PostgresTestServer.createDatabase()
        defer { PostgresTestServer.dropDatabase(foreign.database) }
        try PGLink(address: foreign).script("CREATE TABLE invoices (id int)")
        #expect(throws: StoreError.self) { try PostgresClienteleStore.open(foreign, region: "US", mayCreate: true) }
        #expect(try PGLink(address: foreign).int("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 1, "nothing created")

        let empty = try PostgresTestServer.createDatabase()
        defer { PostgresTestServer.dropDatabase(empty.database) }
        #expect(throws: StoreError.noDatabase(path: empty.description), "a command that only reads starts no directory") {
            try PostgresClienteleStore.open(empty, region: "US", mayCreate: false)
        }

        let temporary = try TemporaryPostgresStore()
        try temporary.store.link.execute("INSERT INTO clientele_migration (name, applied_at) VALUES ('v99 from the future', 0)")
        do {
            _ = try PostgresClienteleStore.open(temporary.address, region: "US", mayCreate: true)
            Issue.record("a newer schema was opened")
        } catch let StoreError.newerSchema(_, found, _) {
            #expect(found == "v99 from the future")
        }
    }
}
