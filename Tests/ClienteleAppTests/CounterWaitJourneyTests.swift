import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import GRDB
import Testing
import TerminalCore
@testable import ClienteleApp

/// A save that finds the file held by another counter: the status line says so while it waits
/// (drawn while the loop is blocked in the save), then the save completes with nothing lost.
@Suite(.serialized) struct CounterWaitJourneyTests {
    @Test func aSaveBehindAnotherCountersWriteShowsThatItWaitsAndThenSaves() throws {
        var id: CustomerID = 0
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in id = try store.customers.create(Fixtures.maria()).id! }
        app.type("555-0134")
        app.press(.enter)
        app.press(.control("e"))
        #expect(app.screen.contains("Edit María Núñez"))
        app.press(.tab)  // to the family name
        app.type("z")

        // Another counter holds the file for a second and a half, saying it imports.
        CounterActivityFile(databasePath: app.temporary.path).say(.importing, fraction: 0.3)
        defer { CounterActivityFile(databasePath: app.temporary.path).clear() }
        let holder = try DatabaseQueue(path: app.temporary.path)
        let taken = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? holder.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                taken.signal()
                Thread.sleep(forTimeInterval: 1.5)
                try db.execute(sql: "COMMIT")
            }
        }
        thread.start()
        taken.wait()
        #expect(!app.terminal.frames.contains { $0.lines().joined().contains("Waiting for") })
        app.press(.control("s"))
        // The memory terminal keeps its last 8 frames: the wait's (one every 0.25 s) and the save's.
        let during = app.terminal.frames.map { $0.lines().joined(separator: "\n") }
        #expect(during.contains { $0.contains("Waiting for an import at another counter (30 %)") }, "\(during.last ?? "")")
        #expect(!app.screen.contains("Waiting for"), "the wait's words go once the save is through")
        #expect(try app.store.customers.customer(id: id)?.familyName.hasSuffix("z") == true)
    }
}
