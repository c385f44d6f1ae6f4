import ClienteleTestSupport
import Foundation
import Testing

/// The built binary in a real terminal (tmux), as a person uses it.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable)) struct TerminalJourneyTests {
    let directory: URL
    let db: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("shop.sqlite").path
    }

    func seeded() throws -> String {
        let add = try ClienteleProcess.run(["add", "--db", db, "--given-name", "María", "--family-name", "Núñez", "--phone", "+1 (415) 555-0134",
                                            "--email", "maria@example.com"])
        #expect(add.status == 0, "\(add.standardError)")
        try ClienteleProcess.run(["add", "--db", db, "--given-name", "山田", "--family-name", "太郎", "--phone", "+1 510 555 0199"])
        return db
    }

    @Test func lookupByPhoneOpensTheCard() throws {
        let terminal = try TmuxSession(arguments: ["--db", try seeded(), "--region", "US"])
        try terminal.waitFor("2 customers")
        try terminal.type("555 0134")
        let results = try terminal.waitUntil { $0.contains("Search 555 0134") && $0.contains("(415) 555-0134") && !$0.contains("山田") }
        #expect(results.contains("María Núñez"))
        #expect(!results.contains("山田"))
        try terminal.send("Enter")
        let card = try terminal.waitFor("1 Main")
        #expect(card.contains("María Núñez"))
        #expect(card.contains("maria@example.com"))
        try terminal.send("q")
        try terminal.send("q")
        #expect(try terminal.waitFor("[exited 0]").contains("[exited 0]"))
    }

    @Test func createACustomerInTheForm() throws {
        let terminal = try TmuxSession(arguments: ["--db", try seeded()])
        try terminal.waitFor("2 customers")
        try terminal.send("n")
        try terminal.waitFor("New customer")
        try terminal.type("Zoë")
        try terminal.send("Tab")
        try terminal.type("Ünal")
        try terminal.send("Tab", "Tab", "Tab")
        try terminal.type("415 555 0100")
        try terminal.send("C-s")
        let saved = try terminal.waitFor("Added Zoë Ünal")
        #expect(saved.contains("Zoë Ünal"))
        try terminal.send("C-c")
        try terminal.waitFor("[exited 0]")
        let find = try ClienteleProcess.run(["find", "unal", "--db", db, "--json"])
        #expect(find.standardOutput.contains("+14155550100"))
    }

    @Test func tabsSwitchWithNumbersAndBrackets() throws {
        let demo = try ClienteleProcess.run(["demo", "--count", "40", "--db", db])
        #expect(demo.status == 0)
        let terminal = try TmuxSession(arguments: ["--db", db], width: 100, height: 30)
        try terminal.waitFor("40 customers")
        try terminal.send("Enter")
        try terminal.waitFor("Status")
        try terminal.send("2")
        #expect(try terminal.waitFor("Profile").contains("Reference ID"))
        try terminal.send("]")
        let bookings = try terminal.waitFor("Upcoming", timeout: 3)
        #expect(bookings.contains("Upcoming") || bookings.contains("No bookings yet."))
        try terminal.send("6")
        let conversations = try terminal.screen()
        #expect(conversations.contains("6 Conversations"))
        try terminal.send("C-c")
    }

    @Test func theScreenFollowsAResize() throws {
        let terminal = try TmuxSession(arguments: ["--db", try seeded()], width: 80, height: 24)
        try terminal.waitFor("2 customers")
        try terminal.send("Enter")
        try terminal.waitFor("1 Main")
        #expect(!(try terminal.screen()).contains("Customers"))   // narrow: the card alone
        try terminal.resize(width: 140, height: 30)
        let wide = try terminal.waitFor("Customers")
        #expect(wide.contains("1 Main"))                            // wide: list and card side by side
        #expect(wide.split(separator: "\n").contains { $0.count > 100 })
        try terminal.send("C-c")
    }

    @Test func theTerminalIsRestoredWhenClienteleIsKilled() throws {
        let terminal = try TmuxSession(arguments: ["--db", try seeded()])
        try terminal.waitFor("2 customers")
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        kill.arguments = ["-TERM", "-f", "clientele --db \(db)"]
        try kill.run()
        kill.waitUntilExit()
        let after = try terminal.waitFor("[exited")
        #expect(after.contains("[exited 143]"))                     // died of SIGTERM…
        #expect(!after.contains("┌─ Customers"))                    // …and curses gave the screen back
    }
}

extension TerminalJourneyTests {
    @Test func theImportWizardInARealTerminal() throws {
        let csv = directory.appendingPathComponent("square.csv").path
        try Data("Reference ID,First Name,Last Name,Email Address,Phone Number\r\nR1,Zoë,Ünal,zoe@example.com,(415) 555-0111\r\nR2,Wei,Li,wei@example.com,+1 415 555 0112\r\n".utf8)
            .write(to: URL(fileURLWithPath: csv))
        let terminal = try TmuxSession(arguments: ["--db", db], width: 100, height: 30)
        try terminal.waitFor("Welcome to Clientele")
        try terminal.send("i")
        try terminal.waitFor("Import · 1 of 4")
        try terminal.send("C-u")
        try terminal.type(csv)
        try terminal.send("Enter")
        #expect(try terminal.waitFor("Import · 2 of 4").contains("Reference ID"))
        try terminal.send("Enter")
        try terminal.waitFor("Import · 3 of 4")
        try terminal.send("Enter")
        let summary = try terminal.waitFor("Import · summary")
        #expect(summary.contains("Imported 2 customers"))
        try terminal.send("Enter")
        let list = try terminal.waitFor("Zoë Ünal")
        #expect(list.contains("Wei Li"))
        try terminal.send("C-c")
    }
}

extension TerminalJourneyTests {
    @Test func reviewingDuplicatesAndMergingThem() throws {
        for (given, phone) in [("Ana", "+1 415 555 0101"), ("Anna", "+1 415 555 0177")] {
            let add = try ClienteleProcess.run(["add", "--db", db, "--given-name", given, "--family-name", "García", "--phone", phone,
                                                "--email", "ana@example.com"])
            #expect(add.status == 0, "\(add.standardError)")
        }
        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 100, height: 30)
        #expect(try terminal.waitFor("1 possible duplicate — press D to review").contains("2 customers"))
        try terminal.send("D")
        let review = try terminal.waitUntil { $0.contains("Duplicate suggestions") && $0.contains("Why: same email: ana@example.com") }
        #expect(review.contains("Ana García") && review.contains("Anna García"))
        try terminal.send("m")
        #expect(try terminal.waitFor("Merge review").contains("which keeps its id"))
        try terminal.send("C-s")
        let merged = try terminal.waitUntil { $0.contains("Merged Anna García") && $0.contains("No duplicate suggestions") }
        #expect(merged.contains("1 customer"))
        try terminal.send("Escape")
        #expect(try terminal.waitFor("Merged from: Anna García").contains("u to undo"))
        try terminal.send("C-c")
        try terminal.waitFor("[exited 0]")
        let find = try ClienteleProcess.run(["find", "ana@example.com", "--db", db, "--json"])
        #expect(find.standardOutput.contains("+14155550177") || find.standardOutput.contains("+14155550101"))
    }
}
