import ClienteleTestSupport
import CustomerStore
import Foundation
import GRDB
import Testing

/// A write that finds the file held by another counter waits for it — past the 10 s after which
/// it used to fail with "database is locked" — says what it waits for, and completes.
@Suite(.serialized, .enabled(if: ShopFolder.isSQLite, "about the SQLite file itself: run in the file pass only")) struct WaitingForAnotherCounterTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-waiting")
        #expect(try ClienteleProcess.run(["add", "--given-name", "Ana", "--db", db]).status == 0)
    }

    /// Holds the file as the sqlite3 shell's `BEGIN EXCLUSIVE` does, for `seconds`, on a thread.
    func holdExclusively(for seconds: Double) throws -> Thread {
        let holder = try DatabaseQueue(path: db)
        let taken = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? holder.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                taken.signal()
                Thread.sleep(forTimeInterval: seconds)
                try db.execute(sql: "COMMIT")
            }
        }
        thread.start()
        taken.wait()
        return thread
    }

    @Test func anAddBehindAnExclusiveLockLongerThanTheOldTimeoutWaitsSaysSoAndCompletes() throws {
        let holder = try holdExclusively(for: 11)
        let outcome = try ClienteleProcess.run(["add", "--given-name", "Bruno", "--db", db])
        while holder.isExecuting { Thread.sleep(forTimeInterval: 0.05) }
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("locked"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("waiting for another counter"), "\(outcome.standardError)")
        let names = try ClienteleProcess.run(["find", "Bruno", "--db", db]).standardOutput
        #expect(names.contains("Bruno"), "\(names)")
    }

    @Test func aWaitBehindAnImportSaysWhichAndHowFar() throws {
        // What an import at another counter says while it holds the file (this process stands in for it).
        let activity = CounterActivityFile(databasePath: db)
        activity.say(.importing, fraction: 0.45)
        defer { activity.clear() }
        let holder = try holdExclusively(for: 1.5)
        let outcome = try ClienteleProcess.run(["add", "--given-name", "Chloé", "--db", db])
        while holder.isExecuting { Thread.sleep(forTimeInterval: 0.05) }
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("waiting for an import at another counter (45 % done)"), "\(outcome.standardError)")
    }
}
