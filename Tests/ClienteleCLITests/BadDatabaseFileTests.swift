import Foundation
import GRDB
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import CustomerStore

/// Issue 16, point 4, through the built binary on real files: a file that is not a database, a
/// damaged one, a mistyped path, a read-only file or folder, a newer version's file, a dropped
/// search index and a full disk each get a sentence naming the file and exit 4 — never a crash, never
/// SQLite's own words — and nothing is written into the file.
@Suite(.serialized, .enabled(if: ShopFolder.isSQLite, "about the SQLite file itself: run in the file pass only")) struct BadDatabaseFileTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-badfile")
    }

    func run(_ arguments: [String], db path: String? = nil, launcher: [String] = []) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", path ?? db, "--region", "US"], launcher: launcher)
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// SQLite's own phrasing, which a person at the counter must never be shown.
    func expectWords(_ outcome: ClienteleProcess.Outcome, _ sourceLocation: SourceLocation = #_sourceLocation) {
        for raw in ["SQLite error", "NSCocoaErrorDomain", "while executing", "Fatal error"] {
            #expect(!outcome.standardError.contains(raw), "\(outcome.standardError)", sourceLocation: sourceLocation)
        }
    }

    /// A shop's file with `count` customers, through the binary's own store code.
    func makeShop(customers count: Int, memo: String = "") throws {
        let store = try ClienteleStore(database: AppDatabase(path: db), region: "US")
        for index in 0..<count {
            _ = try store.customers.create(Customer(givenName: "Person\(index)", familyName: "Shop", emailAddress: "p\(index)@example.com", memo: memo))
        }
    }

    func customerCount(_ path: String? = nil) throws -> Int {
        let queue = try DatabaseQueue(path: path ?? db, configuration: { var c = Configuration(); c.readonly = true; return c }())
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM customer") ?? -1 }
    }

    // MARK: a. not a database at all

    @Test(arguments: ["random", "text", "cut header", "empty"])
    func aFileThatIsNotADatabaseIsRefusedUntouched(_ kind: String) throws {
        let content: Data
        switch kind {
        case "random": content = Data((0..<8192).map { _ in UInt8.random(in: 0...255) })
        case "text": content = Data("First Name,Email\nAna,ana@example.com\n".utf8)
        case "cut header": content = Data("SQLite format".utf8)
        default: content = Data()
        }
        try content.write(to: URL(fileURLWithPath: db))
        for command in [["find", "ana"], ["add", "--given-name", "Ana"], ["check"], ["import", "/nonexistent.csv"]] {
            let outcome = try run(command)
            #expect(outcome.status == 4, "\(command): \(outcome.standardError)")
            #expect(outcome.standardError.contains("\(db) is not a Clientele database (not an SQLite file)"), "\(command): \(outcome.standardError)")
            expectWords(outcome)
        }
        #expect(try bytes(db) == content, "nothing written into it")
        #expect(!FileManager.default.fileExists(atPath: db + "-journal"))
    }

    @Test func anotherProgramsSQLiteFileIsRefusedUntouched() throws {
        let queue = try DatabaseQueue(path: db)
        try queue.write { try $0.execute(sql: "CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos(name) VALUES('cat')") }
        try queue.close()
        let before = try bytes(db)
        let outcome = try run(["add", "--given-name", "Ana"])
        #expect(outcome.status == 4)
        #expect(outcome.standardError.contains("is not a Clientele database"), "\(outcome.standardError)")
        #expect(try bytes(db) == before)
    }

    // MARK: b. damaged pages

    /// Overwrites the start of the customer table's root page — an interior b-tree page: its header,
    /// right-most child and cell pointers — as a bad sector or a stray write would, so that every
    /// statement that walks the table, an insert included, meets the damage.
    func damageCustomerPages(at offset: Int = 0) throws {
        let queue = try DatabaseQueue(path: db)
        let (root, pageSize) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'customer'")!, try Int.fetchOne(db, sql: "PRAGMA page_size")!)
        }
        try queue.close()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: db))
        try handle.seek(toOffset: UInt64((root - 1) * pageSize + (root == 1 ? 100 : 0) + offset))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 64))
        try handle.close()
    }

    @Test func aDamagedFileRefusesWritesWithAdviceAndCheckReportsIt() throws {
        try makeShop(customers: 400, memo: String(repeating: "a long memo ", count: 30))
        try damageCustomerPages()
        let before = try bytes(db)

        let add = try run(["add", "--given-name", "Zoë"])
        #expect(add.status == 4, "\(add.standardOutput) \(add.standardError)")
        #expect(add.standardError.contains("the database at \(db) is damaged"), "\(add.standardError)")
        #expect(add.standardError.contains("clientele backup"), "the advice: \(add.standardError)")
        expectWords(add)
        #expect(try bytes(db) == before, "nothing written")

        let check = try run(["check"])
        #expect(check.status == 4, "\(check.standardOutput) \(check.standardError)")
        #expect(!check.standardOutput.hasPrefix("ok"))
        expectWords(check)

        // A read answers, or says in words why it cannot.
        let find = try run(["find", "person1"])
        if find.status != 0 { #expect(find.standardError.contains("damaged"), "\(find.standardError)") }
        expectWords(find)
        #expect(try bytes(db) == before)
    }

    /// Damage an append does not walk through (the root page's cell pointers; its right-most child
    /// is intact): `add` alone would not meet it. Once `check` has found it, the file opens read-only
    /// with the advice for every command, until a backup is restored over it.
    @Test func onceCheckHasFoundDamageEveryWriteIsRefusedUntilABackupIsRestored() throws {
        try makeShop(customers: 400, memo: String(repeating: "a long memo ", count: 30))
        let backup = directory.appendingPathComponent("backup.sqlite").path
        #expect(try run(["backup", backup]).status == 0)
        try damageCustomerPages(at: 12)
        let before = try bytes(db)

        let check = try run(["check"])
        #expect(check.status == 4, "\(check.standardOutput)")
        let add = try run(["add", "--given-name", "Zoë"])
        #expect(add.status == 4, "\(add.standardOutput) \(add.standardError)")
        #expect(add.standardError.contains("the database at \(db) is damaged"), "\(add.standardError)")
        #expect(add.standardError.contains("restore your latest backup (made with `clientele backup`)"), "\(add.standardError)")
        let settings = try run(["settings", "show"])
        #expect(settings.status == 0, "a read answers: \(settings.standardError)")
        #expect(settings.standardError.contains("warning: the database at \(db) is damaged"), "\(settings.standardError)")
        #expect(try bytes(db) == before, "nothing written into it")

        // The backup restored over the damaged file (the same file rewritten, as `cp` does).
        try bytes(backup).write(to: URL(fileURLWithPath: db))
        let again = try run(["add", "--given-name", "Zoë"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try run(["check"]).standardOutput == "ok\n")
    }

    @Test func aFileCutShortOpensReadOnlyForReadsAndIsRefusedForWrites() throws {
        try makeShop(customers: 400, memo: String(repeating: "a long memo ", count: 30))
        let whole = try bytes(db)
        let cut = whole.prefix(whole.count - 4096 * 3 - 100)
        try cut.write(to: URL(fileURLWithPath: db))

        let add = try run(["add", "--given-name", "Zoë"])
        #expect(add.status == 4)
        #expect(add.standardError.contains("is damaged"), "\(add.standardError)")
        #expect(add.standardError.contains("restore your latest backup"), "\(add.standardError)")
        #expect(try bytes(db) == cut)

        // A read answers from what is sound with a warning, or — when what it needs is in the lost
        // part — says in words that the file is damaged.
        let find = try run(["find", "person1"])
        #expect(find.standardError.contains("the database at \(db) is damaged"), "\(find.standardError)")
        #expect(find.status == 0 || find.status == 4)
        expectWords(find)
        #expect(try bytes(db) == cut)
    }

    // MARK: c. a mistyped path

    static let readCommands: [[String]] = [
        ["find", "ana"], ["query", "ana"], ["export"], ["duplicates"], ["duplicates", "--ignored"], ["check"], ["conversations", "1"],
        ["outbox", "list"], ["groups", "list"], ["settings", "show"], ["notes", "list", "1"], ["payments", "list", "1"],
        ["bookings", "list", "1"], ["cards", "list", "1"], ["fields", "list"], ["reminders", "list"], ["loyalty", "show", "1"],
    ]

    @Test func aReadCommandOnAMistypedPathCreatesNothing() throws {
        let missingFolder = directory.appendingPathComponent("shpo")
        let path = missingFolder.appendingPathComponent("shop.sqlite").path
        for command in Self.readCommands + [["backup", directory.appendingPathComponent("copy.sqlite").path]] {
            let outcome = try run(command, db: path)
            #expect(outcome.status == 4, "\(command): \(outcome.standardOutput) \(outcome.standardError)")
            #expect(outcome.standardError.contains("no database at \(path)"), "\(command): \(outcome.standardError)")
            #expect(!FileManager.default.fileExists(atPath: missingFolder.path), "\(command) created the folder")
        }
        // Beside an existing folder too: no file appears.
        let beside = directory.appendingPathComponent("shpo.sqlite").path
        #expect(try run(["find", "ana"], db: beside).status == 4)
        #expect(!FileManager.default.fileExists(atPath: beside))
    }

    @Test func aWriteCommandStillStartsANewShopsDatabase() throws {
        let path = directory.appendingPathComponent("new-shop").appendingPathComponent("shop.sqlite").path
        let add = try run(["add", "--given-name", "Ana"], db: path)
        #expect(add.status == 0, "\(add.standardError)")
        #expect(try run(["find", "ana"], db: path).status == 0)
    }

    // MARK: d. read-only file and folder

    @Test(arguments: ["file", "folder"])
    func aReadOnlyDatabaseAnswersReadsAndRefusesWritesInWords(_ what: String) throws {
        try makeShop(customers: 3)
        let locked = what == "file" ? db : directory.path
        try ReadOnlyFile.lock(locked)
        defer { ReadOnlyFile.unlock(locked) }
        let before = try bytes(db)

        let find = try run(["find", "person1"])
        #expect(find.status == 0, "\(find.standardError)")
        #expect(find.standardOutput.contains("Person1"))
        #expect(try run(["check"]).status == 0)

        for command in [["add", "--given-name", "Ana"], ["groups", "create", "Regulars"], ["settings", "set", "shop-name", "Ana's"]] {
            let outcome = try run(command)
            #expect(outcome.status == 4, "\(command): \(outcome.standardError)")
            #expect(outcome.standardError.contains("the database at \(db) is read-only"), "\(command): \(outcome.standardError)")
            expectWords(outcome)
        }
        #expect(try bytes(db) == before)
    }

    // MARK: e. a newer version's file

    @Test func aFileFromANewerClienteleIsRefusedNamingBothVersions() throws {
        try makeShop(customers: 2)
        let queue = try DatabaseQueue(path: db)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES('v99 from the future')") }
        try queue.close()
        let before = try bytes(db)
        let known = try #require(AppDatabase.migrator.migrations.last)
        for command in [["find", "person1"], ["add", "--given-name", "Ana"], ["check"]] {
            let outcome = try run(command)
            #expect(outcome.status == 4, "\(command): \(outcome.standardError)")
            #expect(outcome.standardError.contains("was written by a newer Clientele (schema “v99 from the future”); this build knows up to “\(known)”"),
                    "\(command): \(outcome.standardError)")
            expectWords(outcome)
        }
        #expect(try bytes(db) == before)
    }

    // MARK: f. the search index and the schema's triggers and indexes

    @Test(arguments: zip(
        ["DROP TRIGGER customer_search_insert", "DROP TRIGGER customer_search_update", "DROP TABLE customer_search", "DROP INDEX customer_by_email"],
        ["customer_search_insert", "customer_search_update", "the search index customer_search is missing", "customer_by_email"]))
    func checkNamesWhatTheSchemaLacks(_ damage: String, _ named: String) throws {
        try makeShop(customers: 3)
        #expect(try run(["check"]).status == 0)
        let queue = try DatabaseQueue(path: db)
        try queue.write { try $0.execute(sql: damage) }
        try queue.close()
        let check = try run(["check"])
        #expect(check.status == 4, "\(damage): \(check.standardOutput)")
        #expect(check.standardOutput.contains(named), "\(damage): \(check.standardOutput) \(check.standardError)")
        expectWords(check)
    }

    @Test func checkFindsASearchIndexThatNoLongerMatchesTheCustomers() throws {
        try makeShop(customers: 3)
        let queue = try DatabaseQueue(path: db)
        // Profiles changed while the trigger was gone, then the trigger came back: nothing is missing, the index is stale.
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER customer_search_update")
            try db.execute(sql: "UPDATE customer SET given_name = 'Renamed' WHERE id = 1")
        }
        try queue.close()
        let fresh = try DatabaseQueue()
        try AppDatabase.migrator.migrate(fresh)
        let triggerSQL = try fresh.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'customer_search_update'")! }
        let again = try DatabaseQueue(path: db)
        try again.write { try $0.execute(sql: triggerSQL) }
        try again.close()
        let check = try run(["check"])
        #expect(check.status == 4, "\(check.standardOutput)")
        #expect(check.standardOutput.contains("the search index customer_search does not match the customers"), "\(check.standardOutput) \(check.standardError)")
    }

    // MARK: g. a full disk

    /// The binary under a file-size limit (`ulimit -f`, in KiB for bash): a write past it fails as on
    /// a full disk. SIGXFSZ is ignored so that the write fails with EFBIG instead of killing the process.
    func underSizeLimit(kibibytes: Int) -> [String] {
        ["/bin/bash", "-c", "trap '' XFSZ; ulimit -f \(kibibytes); exec \"$0\" \"$@\""]
    }

    @Test func aSaveOnAFullDiskSaysSoAndLeavesTheFileAsItWas() throws {
        try makeShop(customers: 5)
        let before = try bytes(db)
        let add = try run(["add", "--given-name", "Ana", "--memo", String(repeating: "m", count: 9_000)], launcher: underSizeLimit(kibibytes: before.count / 1024))
        #expect(add.status == 4, "\(add.standardOutput) \(add.standardError)")
        #expect(add.standardError.contains("no room left to write the database at \(db)"), "\(add.standardError)")
        expectWords(add)
        #expect(try run(["check"]).standardOutput == "ok\n")
        #expect(try customerCount() == 5)
    }

    @Test func anImportOnAFullDiskSaysSoAndStoresNothing() throws {
        try makeShop(customers: 5)
        let csv = directory.appendingPathComponent("many.csv")
        var lines = ["First Name,Last Name,Email Address,Notes"]
        for index in 0..<3000 { lines.append("Imported\(index),Person,imported\(index)@example.com,\(String(repeating: "n", count: 200))") }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: csv)
        let size = try bytes(db).count
        let outcome = try run(["import", csv.path, "--no-group"], launcher: underSizeLimit(kibibytes: size / 1024 + 64))
        #expect(outcome.status == 4, "\(outcome.standardOutput) \(outcome.standardError)")
        #expect(outcome.standardError.contains("no room left to write the database at \(db)"), "\(outcome.standardError)")
        expectWords(outcome)
        #expect(try run(["check"]).standardOutput == "ok\n")
        #expect(try customerCount() == 5)
    }

    // MARK: 2. journal mode: no lock needed to open

    /// Another counter holds a write transaction (the sqlite3 shell, as a second program would):
    /// `check` and `find` open the file and answer meanwhile, never "database is locked".
    @Test func checkAndFindAnswerWhileAnotherProgramHoldsAWriteTransaction() throws {
        try makeShop(customers: 3)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [db]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nUPDATE customer SET memo = 'held' WHERE id = 1;\nSELECT 1;\n".utf8))
        defer {
            input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
            try? input.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        Thread.sleep(forTimeInterval: 0.5)  // the shell has taken the lock
        let started = Date()
        let check = try run(["check"])
        let find = try run(["find", "person1"])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(find.status == 0, "\(find.standardError)")
        #expect(!(check.standardError + find.standardError).contains("locked"))
        #expect(Date().timeIntervalSince(started) < 8, "answered without waiting for the other counter")
    }
}
