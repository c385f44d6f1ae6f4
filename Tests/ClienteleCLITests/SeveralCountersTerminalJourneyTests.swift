import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing

/// Two counters on one file, in a real terminal: what one commits shows at the other within a
/// second or so, without a keypress — the list, the header's count, the open card — and an
/// open form learns that its profile was saved elsewhere before its own save is refused.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable)) struct SeveralCountersTerminalJourneyTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-tmux-counters")
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        let outcome = try ClienteleProcess.run(arguments + ["--db", db])
        #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
        return outcome
    }

    @Test func anAddAtAnotherCounterShowsInTheListAndTheHeaderWithoutAKeypress() throws {
        try run(["add", "--given-name", "María", "--family-name", "Núñez", "--phone", "+1 (415) 555-0134"])
        try run(["add", "--given-name", "Ana", "--family-name", "Ruiz", "--phone", "+1 415 555 0100"])
        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 110, height: 30)
        let opened = try terminal.waitFor("2 customers")
        #expect(opened.contains("2 customers"), "\(opened)")

        try run(["add", "--given-name", "Zoé", "--family-name", "Laurent", "--phone", "+1 415 555 0177"])
        let live = try terminal.waitUntil(timeout: 5) { $0.contains("3 customers") && $0.contains("Zoé Laurent") }
        #expect(live.contains("3 customers") && live.contains("Zoé Laurent"), "no keypress was sent: \(live)")
    }

    @Test func aFormOpenWhileAnotherCounterSavesTheProfileSaysSoBeforeItsSave() throws {
        try run(["add", "--given-name", "María", "--family-name", "Núñez", "--phone", "+1 (415) 555-0134"])
        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 110, height: 34)
        _ = try terminal.waitFor("1 customer")
        try terminal.send("Enter")
        _ = try terminal.waitFor("1 Main")
        try terminal.send("C-e")
        let form = try terminal.waitFor("Edit María Núñez")
        #expect(form.contains("Edit María Núñez"), "\(form)")

        // The other counter is this test: it saves a memo on María while the form is open.
        let other = try ShopFolder.openStore(db)
        var maria = try #require(try other.customers.customer(id: 1))
        maria.memo = "Prefers mornings"
        _ = try other.customers.save(maria, customValues: [:], isNew: false)

        let told = try terminal.waitFor("Prefers mornings", timeout: 5)
        #expect(told.contains("Changed at another counter") && told.contains("Prefers mornings"), "\(told)")
    }
}
