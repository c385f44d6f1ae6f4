import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Issue 16, point 4d in the interface: a save on a database that cannot be written says so in
/// words on the status line and keeps the form open with what was typed — the person can copy it
/// elsewhere or try again once the file is writable — instead of SQLite's "attempt to write a
/// readonly database".
@Suite(.serialized) struct ReadOnlyDatabaseJourneyTests {
    @Test func aSaveOnAReadOnlyDatabaseSaysSoAndKeepsTheDraft() throws {
        let app = try AppDriver(size: Size(width: 200, height: 30), prepare: { store in
            _ = try store.customers.create(Fixtures.maria())
        }, reopen: { temporary in
            // The file is made read-only after the shop's first start, then the interface opens it.
            try ReadOnlyFile.lock(temporary.path)
            return ClienteleStore(database: try AppDatabase(path: temporary.path, access: .writes), region: "US")
        })
        defer { ReadOnlyFile.unlock(app.temporary.path) }
        #expect(app.screen.contains("María Núñez"), "reads work")

        app.press(.control("n"))
        app.type("Zoë")
        app.press(.tab)
        app.type("Ünal")
        app.press(.control("s"))

        let form = try #require(app.state.modals.top(as: CustomerFormState.self), "the form stays open")
        #expect(form.fields.map(\.input.text).contains("Zoë"))
        #expect(form.fields.map(\.input.text).contains("Ünal"))
        #expect(!form.isSaving)
        #expect(app.screen.contains("is read-only"), "\(app.screen)")
        #expect(!app.screen.contains("SQLite error"))
        #expect(try app.temporary.store.customers.count() == 1, "nothing stored")
    }
}
