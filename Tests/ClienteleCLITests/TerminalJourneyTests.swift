import ClienteleTestSupport
import Foundation
import Testing

/// The built binary in a real terminal (tmux), as a person uses it.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable)) struct TerminalJourneyTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-tmux")
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
        try terminal.send("Escape")
        try terminal.send("C-q")
        #expect(try terminal.waitFor("[exited 0]").contains("[exited 0]"))
    }

    /// Each of these used to run a command: `quentin` quit, `nunez` opened "New customer" with
    /// "unez", `elena` an edit, `sofia` a sort, `Daniel` the duplicate review (whose `i` then
    /// ignored a pair). Now each is a search, and the database is not touched (the file's bytes, or
    /// every table's rows on a server).
    @Test func typingAnyNameIsASearchAndChangesNothing() throws {
        for (given, family, phone) in [("Ana", "García", "+1 415 555 0101"), ("Anna", "García", "+1 415 555 0101"), ("Laura", "Díaz", "+1 415 555 0102")] {
            let add = try ClienteleProcess.run(["add", "--db", db, "--given-name", given, "--family-name", family, "--phone", phone])
            #expect(add.status == 0, "\(add.standardError)")
        }
        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 100, height: 30)
        try terminal.waitForAll("3 customers", "1 possible duplicate")
        let before = try ShopFolder.fingerprint(of: db)
        for name in ["quentin", "nunez", "elena", "sofia", "Daniel", "laura", "José"] {
            try terminal.type(name)
            let screen = try terminal.waitFor("Search \(name)")
            #expect(screen.contains("Search \(name)"), "\(name)\n\(screen)")
            #expect(!screen.contains("New customer") && !screen.contains("Edit ") && !screen.contains("Duplicate suggestions"), "\(name)\n\(screen)")
            try terminal.send("Escape")
            _ = try terminal.waitUntil { !$0.contains("Search \(name)") }
        }
        let running = try terminal.screen()
        #expect(!running.contains("[exited"), "\(running)")
        #expect(try ShopFolder.fingerprint(of: db) == before, "the database changed")
        try terminal.send("C-q")
        #expect(try terminal.waitFor("[exited 0]").contains("[exited 0]"))
    }

    @Test func createACustomerInTheForm() throws {
        let terminal = try TmuxSession(arguments: ["--db", try seeded()])
        try terminal.waitFor("2 customers")
        try terminal.send("C-n")
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

    /// Each tab of a profile with nothing on it yet shows a line no other tab shows: a switch is
    /// proven by its own tab's line appearing and every other tab's line being gone.
    static let tabMarkers = ["1": "No notes yet.", "2": "No memo.", "3": "No bookings yet.", "4": "No payments or amounts due.",
                             "5": "No documents.", "6": "No conversations yet."]

    func expectTab(_ tab: String, after key: String, in terminal: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try terminal.send(key)
        let marker = Self.tabMarkers[tab]!
        let others = Self.tabMarkers.filter { $0.key != tab }.map(\.value)
        let screen = try terminal.waitUntil { screen in screen.contains(marker) && !others.contains { screen.contains($0) } }
        #expect(screen.contains(marker), "after \(key): tab \(tab) should show “\(marker)”\n\(screen)", sourceLocation: sourceLocation)
        #expect(!others.contains { screen.contains($0) }, "after \(key): another tab's content is on screen\n\(screen)", sourceLocation: sourceLocation)
    }

    @Test func tabsSwitchWithNumbersAndBrackets() throws {
        let add = try ClienteleProcess.run(["add", "--db", db, "--given-name", "Zoë", "--family-name", "Ünal", "--phone", "+1 415 555 0111"])
        #expect(add.status == 0, "\(add.standardError)")
        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 100, height: 30)
        try terminal.waitFor("1 customer")
        try expectTab("1", after: "Enter", in: terminal)
        for tab in ["2", "3", "4", "5", "6", "1"] { try expectTab(tab, after: "M-\(tab)", in: terminal) }
        for (key, tab) in [("]", "2"), ("]", "3"), ("[", "2"), ("[", "1"), ("[", "6"), ("]", "1")] { try expectTab(tab, after: key, in: terminal) }
        try terminal.send("C-c")
        #expect(try terminal.waitFor("[exited").contains("[exited 0]"))
    }

    @Test func theScreenFollowsAResize() throws {
        let terminal = try TmuxSession(arguments: ["--db", try seeded()], width: 80, height: 24)
        try terminal.waitFor("2 customers")
        try terminal.send("Enter")
        try terminal.waitFor("1 Main")
        #expect(!(try terminal.screen()).contains("Customers"))   // narrow: the card alone
        try terminal.resize(width: 140, height: 30)
        // wide: list and card side by side, drawn across the new width (waited for together: the
        // pane can be captured between tmux's resize and the program's redraw)
        let wide = try terminal.waitUntil { screen in
            screen.contains("Customers") && screen.contains("1 Main") && screen.split(separator: "\n").contains { $0.count > 100 }
        }
        #expect(wide.contains("Customers") && wide.contains("1 Main"))
        #expect(wide.split(separator: "\n").contains { $0.count > 100 })
        try terminal.send("C-c")
    }

    @Test func theTerminalIsRestoredWhenClienteleIsKilled() throws {
        let terminal = try TmuxSession(arguments: ["--db", try seeded()])
        try terminal.waitFor("2 customers")
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        // A pattern: a server's URL holds `?` and `.`, which must match themselves.
        kill.arguments = ["-TERM", "-f", NSRegularExpression.escapedPattern(for: "clientele --db \(db)")]
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
        try terminal.waitFor("Import · 1 of 5")
        try terminal.send("C-u")
        try terminal.type(csv)
        try terminal.send("Enter")
        // The step's title comes at once, its preview when the file has been read: wait for both.
        let preview = try terminal.waitForAll("Import · 2 of 5", "Reference ID")
        #expect(preview.contains("Import · 2 of 5") && preview.contains("Reference ID"))
        try terminal.send("Enter")
        try terminal.waitFor("Import · 3 of 5")
        try terminal.send("Enter")
        try terminal.waitFor("Import · 4 of 5")
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
        let alerted = try terminal.waitForAll("1 possible duplicate — press ctrl+d to review", "2 customers")
        #expect(alerted.contains("1 possible duplicate — press ctrl+d to review") && alerted.contains("2 customers"))
        try terminal.send("C-d")
        // Until the names are there too: under load, tmux can capture a frame that ncurses is still writing.
        let review = try terminal.waitUntil {
            $0.contains("Duplicate suggestions") && $0.contains("Why: same email: ana@example.com") && $0.contains("Anna García")
        }
        #expect(review.contains("Ana García") && review.contains("Anna García"))
        try terminal.send("m")
        let mergeReview = try terminal.waitForAll("Merge review", "which keeps its id")
        #expect(mergeReview.contains("Merge review") && mergeReview.contains("which keeps its id"))
        try terminal.send("C-s")
        let merged = try terminal.waitUntil { $0.contains("Merged Anna García") && $0.contains("No duplicate suggestions") }
        #expect(merged.contains("1 customer"))
        try terminal.send("Escape")
        let card = try terminal.waitForAll("Merged from: Anna García", "u to undo")
        #expect(card.contains("Merged from: Anna García") && card.contains("u to undo"))
        try terminal.send("C-c")
        try terminal.waitFor("[exited 0]")
        let find = try ClienteleProcess.run(["find", "ana@example.com", "--db", db, "--json"])
        #expect(find.standardOutput.contains("+14155550177") || find.standardOutput.contains("+14155550101"))
    }
}

extension TerminalJourneyTests {
    /// Whether captured SGR sequences set a colour (30–37, 38, 40–47, 48, 90–97, 100–107) rather
    /// than only attributes such as bold and reverse.
    static func setsAColour(_ captured: String) -> Bool {
        captured.components(separatedBy: "\u{1B}[").dropFirst().contains { sequence in
            guard let end = sequence.firstIndex(of: "m") else { return false }
            return sequence[..<end].split(separator: ";").compactMap { Int($0) }.contains { code in
                (30...38).contains(code) || (40...48).contains(code) || (90...97).contains(code) || (100...107).contains(code)
            }
        }
    }

    @Test func noColorAndTheHighContrastThemeStartAndDraw() throws {
        let db = try seeded()
        let colored = try TmuxSession(arguments: ["--db", db])
        try colored.waitFor("q quit")
        let captured = try colored.screen(escapes: true)
        #expect(Self.setsAColour(captured), "the default theme should draw in colour: \(captured.debugDescription)")
        try colored.send("C-c")
        try colored.waitFor("[exited 0]")

        let plain = try TmuxSession(arguments: ["--db", db], environment: ["NO_COLOR": "1"])
        let screen = try plain.waitFor("q quit")
        #expect(screen.contains("María Núñez") && screen.contains("2 customers"))
        #expect(!Self.setsAColour(try plain.screen(escapes: true)), "NO_COLOR=1 must draw without colours")
        try plain.send("C-c")
        #expect(try plain.waitFor("[exited").contains("[exited 0]"))

        let contrast = try TmuxSession(arguments: ["--db", db, "--theme", "high-contrast"])
        let drawn = try contrast.waitFor("q quit")
        #expect(drawn.contains("María Núñez") && drawn.contains("2 customers"))
        try contrast.send("C-c")
        #expect(try contrast.waitFor("[exited").contains("[exited 0]"))
    }

    @Test func anUnknownThemeExits64WithAMessage() throws {
        let terminal = try TmuxSession(arguments: ["--db", try seeded(), "--theme", "neon"])
        let screen = try terminal.waitFor("[exited")
        #expect(screen.contains("[exited 64]"))
        let message = screen.replacingOccurrences(of: "\n", with: "")  // the pane wraps long lines
        #expect(message.contains("no theme named “neon”"))
        #expect(message.contains("high-contrast"))   // the message lists the shipped themes
    }

    /// PRODUCT §10: the language comes from the locale, and `--lang` overrides it.
    @Test func theLanguageComesFromLangOrTheLangOption() throws {
        let db = try seeded()
        let spanish = try TmuxSession(arguments: ["--db", db], environment: ["LANG": "es_MX.UTF-8"])
        let screen = try spanish.waitForAll("2 clientes", "ctrl+n nuevo")
        #expect(screen.contains("ctrl+n nuevo"), "\(screen)")
        // es_MX.UTF-8 is not installed on a bare Debian: accents must still reach the screen.
        #expect(screen.contains("Teléfono") && screen.contains("Núñez"), "\(screen)")
        try spanish.send("C-c")
        #expect(try spanish.waitFor("[exited").contains("[exited 0]"))

        let french = try TmuxSession(arguments: ["--db", db, "--lang", "fr"], environment: ["LANG": "es_ES.UTF-8"])
        let frenchScreen = try french.waitForAll("2 clients", "Rechercher")
        #expect(frenchScreen.contains("2 clients") && frenchScreen.contains("Rechercher"))
        try french.send("C-c")
        #expect(try french.waitFor("[exited").contains("[exited 0]"))

        let unknown = try TmuxSession(arguments: ["--db", db, "--lang", "de"])
        let refused = try unknown.waitFor("[exited")
        #expect(refused.contains("[exited 64]"))
        #expect(refused.replacingOccurrences(of: "\n", with: "").contains("choose en, es or fr"))
    }

    /// A real SIGINT (kill -INT), not Ctrl-C typed (a key in raw mode): the terminal must come back
    /// usable — typed text echoes and a line is read when Enter is pressed.
    @Test func aSigintLeavesTheTerminalRestored() throws {
        let terminal = try TmuxSession(arguments: ["--db", try seeded()],
                                       afterExit: "printf 'type>'; read -r line; echo \"[read $line]\"; sleep 30")
        try terminal.waitFor("2 customers")
        let pid = try #require(try terminal.programPID())
        #expect(kill(pid, SIGINT) == 0)
        let after = try terminal.waitFor("type>")
        #expect(after.contains("[exited 130]"))                     // died of SIGINT…
        #expect(!after.contains("┌─ Customers"))                    // …and curses gave the screen back
        try terminal.type("hello")
        #expect(try terminal.waitFor("type>hello").contains("type>hello"))     // echo is back on
        try terminal.send("Enter")
        #expect(try terminal.waitFor("[read hello]").contains("[read hello]"))  // and lines end at Enter (canonical mode)
    }
}

extension TerminalJourneyTests {
    /// A note with a reminder and a document, as a person at the counter does them, then checked
    /// from the command line (the two see the same file).
    @Test func aNoteWithAReminderAndADocumentInARealTerminal() throws {
        let db = try seeded()
        let scan = directory.appendingPathComponent("consent.png")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0]
        try Data(png + Array(repeating: 0, count: 64)).write(to: scan)
        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 110, height: 32)
        try terminal.waitFor("2 customers")
        try terminal.type("nunez")
        try terminal.waitFor("Search nunez")
        try terminal.send("Enter")
        try terminal.waitFor("1 Main")
        try terminal.send("C-a")
        try terminal.waitFor("New note — María Núñez")
        try terminal.type("Call back about the colour")
        try terminal.send("Tab")
        try terminal.type("2026-01-05 09:30")  // already past: due at once
        try terminal.send("C-s")
        try terminal.waitFor("Note saved")
        try terminal.send("Down")
        try terminal.waitFor("1 reminder due (ctrl+r)")
        try terminal.send("C-r")
        let reminders = try terminal.waitFor("Reminders · 1 due")
        #expect(reminders.contains("Call back about the colour") && reminders.contains("María Núñez"))
        try terminal.send("d")
        try terminal.waitFor("Reminder done.")
        try terminal.send("Escape")
        try terminal.send("M-5")
        try terminal.waitFor("No documents")
        try terminal.send("C-a")
        try terminal.waitFor("Attach a document")
        try terminal.send("C-u")
        try terminal.type(scan.path)
        try terminal.send("Enter")
        try terminal.waitFor("Attached “consent.png”.")
        try terminal.send("Enter")
        let preview = try terminal.waitFor("3×2 px")
        #expect(preview.contains("PNG"))
        try terminal.send("Escape")
        try terminal.send("Escape")
        try terminal.send("C-q")
        #expect(try terminal.waitFor("[exited 0]").contains("[exited 0]"))
        let notes = try ClienteleProcess.run(["notes", "1", "--db", db, "--json"])
        #expect(notes.standardOutput.contains("Call back about the colour") && notes.standardOutput.contains("\"reminderDone\" : true"), "\(notes.standardOutput)")
        let documents = try ClienteleProcess.run(["documents", "1", "--db", db, "--json"])
        #expect(documents.standardOutput.contains("consent.png"), "\(documents.standardOutput)")
    }
}

extension TerminalJourneyTests {
    /// The card number typed into the form is drawn masked: neither the screen nor the terminal's
    /// scrollback holds it once the form has closed (nor while it is open), and the file does not.
    @Test func aCardNumberTypedInTheFormIsInNoScrollbackAndNoFile() throws {
        let db = try seeded()
        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 110, height: 32)
        try terminal.waitFor("2 customers")
        try terminal.type("nunez")
        try terminal.waitFor("Search nunez")
        try terminal.send("Enter")
        try terminal.waitFor("1 Main")
        try terminal.send("C-w")
        try terminal.waitFor("Cards on file")
        try terminal.send("a")
        try terminal.waitFor("Record a card")
        try terminal.send("Tab")
        try terminal.type("4111 1111 1111 1111")
        let typed = try terminal.waitFor("•••• •••• •••• 1111")
        #expect(typed.contains("•••• •••• •••• 1111") && typed.contains("Visa ✓"), "\(typed)")
        let whileOpen = try terminal.history()
        for form in ["4111 1111 1111 1111", "4111111111111111", "4111 1111"] { #expect(!whileOpen.contains(form), "\(form) on the screen") }
        try terminal.send("Tab")
        try terminal.type("12/29")
        try terminal.send("Tab", "Tab", "Space", "C-s")
        try terminal.waitFor("Saved Visa •••• 1111 on file.")
        try terminal.send("Escape")
        let history = try terminal.history()
        for form in ["4111 1111 1111 1111", "4111111111111111", "4111 1111"] { #expect(!history.contains(form), "\(form) in the scrollback") }
        try terminal.send("C-c")
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let bytes = try? Data(contentsOf: url) else { continue }
            #expect(bytes.range(of: Data("4111111111111111".utf8)) == nil && bytes.range(of: Data("4111 1111 1111 1111".utf8)) == nil,
                    "the number is in \(url.lastPathComponent)")
        }
    }
}
