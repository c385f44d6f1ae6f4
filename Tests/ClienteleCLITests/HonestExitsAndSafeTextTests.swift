import Foundation
import Testing
import ClienteleTestSupport

/// Issue 12, points 13, 18, 19 and 21 through the built binary: exit codes that say what happened,
/// customer text that cannot steer the terminal it is printed on, JSON that escapes what could, and
/// refusals (unknown command, region, database URL, theme) that name the choices.
@Suite(.serialized) struct HonestExitsAndSafeTextTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-safe")
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db, "--region", "US"], environment: environment)
    }

    func write(_ text: String, to name: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The terminal's own bytes: ESC, BEL, the 8-bit CSI, and DEL.
    static let steering: [Character] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{7F}"]

    // MARK: 18. exit codes

    @Test func anImportThatStoresSomeAndRefusesSomeExits2AndSaysSo() throws {
        var lines = ["First Name,Email Address"]
        for index in 0..<16 { lines.append("Person\(index),p\(index)@example.com") }
        for index in 0..<4 { lines.append("Refused\(index),not-an-email-\(index)@") }
        let csv = try write(lines.joined(separator: "\n") + "\n", to: "mixed.csv")

        let json = try run(["import", csv, "--json", "--no-group", "--dry-run"])
        #expect(json.status == 2, "\(json.standardError)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any], "\(json.standardOutput)")
        #expect(summary["imported"] as? Int == 16)
        #expect(summary["rejected"] as? Int == 4)

        let text = try run(["import", csv, "--no-group"])
        #expect(text.status == 2, "\(text.standardError)")
        #expect(text.standardOutput.contains("Imported 16 customers; 4 rows rejected (not stored, listed below)"), "\(text.standardOutput)")
        #expect(text.standardError.components(separatedBy: "not a valid email").count - 1 == 4, "\(text.standardError)")
    }

    @Test func anImportThatRefusesEveryRowExits3AndStillPrintsItsJSONSummary() throws {
        let csv = try write("First Name,Email Address\nA,a@\nB,b@\n", to: "bad.csv")
        let outcome = try run(["import", csv, "--json", "--no-group"])
        #expect(outcome.status == 3)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any], "\(outcome.standardOutput)")
        #expect(summary["imported"] as? Int == 0)
        #expect(summary["rejected"] as? Int == 2)
        #expect(try run(["find", "a"]).status == 1, "nothing stored")
    }

    // MARK: 19. text for a person is sanitised; JSON escapes; files keep the bytes

    @Test func aNameWithTerminalSequencesIsPrintedSanitisedByFindAddImportAndDuplicates() throws {
        let name = "Ana\u{1B}]0;owned\u{07}\u{1B}[2J\u{1B}[6n\u{9B}31m"
        let added = try run(["add", "--given-name", name, "--family-name", "Ruiz", "--email", "ana@example.com"])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput.contains("Ana␛]0;owned␇␛[2J␛[6n�31m Ruiz"), "\(added.standardOutput)")

        let found = try run(["find", "ruiz"])
        #expect(found.status == 0)
        #expect(found.standardOutput.contains("Ana␛]0;owned␇␛[2J␛[6n�31m Ruiz\t-\tana@example.com"), "\(found.standardOutput)")

        let csv = try write("First Name,Last Name,Email Address\n\(name),Ruiz,ANA@example.com\nBad\u{1B}[2J,X,x\u{1B}[2J@\n", to: "ctl.csv")
        let imported = try run(["import", csv, "--no-group"])
        #expect(imported.status == 2, "\(imported.standardError)")
        #expect(imported.standardError.contains("x␛[2J@"), "\(imported.standardError)")
        let duplicates = try run(["duplicates"])
        #expect(duplicates.standardOutput.contains("Ana␛]0;owned"), "\(duplicates.standardOutput)")

        for outcome in [added, found, imported, duplicates] {
            #expect(!(outcome.standardOutput + outcome.standardError).contains(where: Self.steering.contains), "\(outcome.standardOutput)")
        }
    }

    @Test func jsonEscapesC0C1AndBidiControlsAndDecodesToTheSameString() throws {
        let name = "Eve\u{1B}[2J\u{9B}6n\u{85}\u{202E}gnp.exe\u{2066}x\u{2069}\u{200F}\u{061C}"
        let added = try run(["add", "--given-name", name, "--email", "eve@example.com", "--json"])
        #expect(added.status == 0, "\(added.standardError)")
        let found = try run(["find", "eve@", "--json"])
        #expect(found.status == 0)
        for outcome in [added, found] {
            let raw = outcome.standardOutput
            for escaped in ["\\u001b", "\\u009B", "\\u0085", "\\u202E", "\\u2066", "\\u2069", "\\u200F", "\\u061C"] {
                #expect(raw.lowercased().contains(escaped.lowercased()), "\(escaped) in \(raw)")
            }
            #expect(!raw.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || [0x1B, 0x202E, 0x2066, 0x2069, 0x200F, 0x061C].contains($0.value) }, "\(raw)")
        }
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(found.standardOutput.utf8)) as? [[String: Any]])
        #expect(decoded.first?["givenName"] as? String == name)
        let single = try #require(try JSONSerialization.jsonObject(with: Data(added.standardOutput.utf8)) as? [String: Any])
        #expect(single["givenName"] as? String == name)
    }

    @Test func anExportToAFileOrAPipeKeepsTheDataAsItIs() throws {
        let name = "Ana\u{1B}[2J\u{202E}"
        #expect(try run(["add", "--given-name", name, "--email", "ana@example.com"]).status == 0)
        let out = directory.appendingPathComponent("all.csv").path
        #expect(try run(["export", "--out", out]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains(name))
        #expect(try run(["export", "--format", "vcard"]).standardOutput.contains(name), "a pipe is not a terminal: the bytes are kept")
    }

    /// On a real terminal (tmux) the same export is shown through the sanitiser: the name's clear-screen
    /// sequence is visible as text and the header printed before it is still on the screen.
    @Test(.enabled(if: TmuxSession.isAvailable)) func anExportToATerminalIsSanitised() throws {
        #expect(try run(["add", "--given-name", "Ana\u{1B}[2J\u{1B}[H", "--family-name", "Ruiz", "--email", "ana@example.com"]).status == 0)
        let terminal = try TmuxSession(arguments: ["export", "--db", db, "--region", "US"], width: 200, height: 20)
        let screen = try terminal.waitFor("[exited 0]")
        #expect(screen.contains("Reference ID,First Name"), "\(screen)")
        #expect(screen.contains("Ana␛[2J␛[H,Ruiz"), "\(screen)")
    }

    // MARK: 21. refusals that name the choices

    @Test func anUnknownSubcommandIsRefusedNamingTheKnownOnes() throws {
        for arguments in [["appointments", "--help"], ["appointments"], ["remindrs", "--db", db]] {
            let outcome = try ClienteleProcess.run(arguments)
            #expect(outcome.status == 64, "\(arguments)")
            #expect(outcome.standardError.contains("unknown command “\(arguments[0])”"), "\(outcome.standardError)")
            #expect(outcome.standardError.contains("open, demo, find, add, import, export, duplicates, merge, check, notes, reminders, documents, settings"), "\(outcome.standardError)")
            #expect(!outcome.standardOutput.contains("USAGE"), "not the help of open")
        }
        #expect(try ClienteleProcess.run(["help", "find"]).status == 0)
    }

    @Test func anUnknownRegionIsRefusedWithTheValidCodesAndLowerCaseIsAccepted() throws {
        for region in ["ZZ", "zz", "USA"] {
            let outcome = try ClienteleProcess.run(["find", "x", "--db", db, "--region", region])
            #expect(outcome.status == 64, "\(region)")
            #expect(outcome.standardError.contains("valid codes: AC AD AE"), "\(outcome.standardError)")
            #expect(outcome.standardError.contains(" ES ") && outcome.standardError.contains(" US ") && outcome.standardError.contains(" MX "))
        }
        try ShopFolder.createDatabase(db)
        #expect(try ClienteleProcess.run(["find", "x", "--db", db, "--region", "es"]).status == 1, "es is ES: a search that finds nothing")
        // The parser's messages echo what was typed; they pass the sanitiser too.
        let echoed = try ClienteleProcess.run(["find", "x", "--db", db, "--region", "\u{1B}]0;t\u{07}"])
        #expect(echoed.status == 64)
        #expect(echoed.standardError.contains("not “␛]0;t␇”"), "\(echoed.standardError)")
        #expect(!echoed.standardError.contains(where: Self.steering.contains))
    }

    @Test func aServerNobodyAnswersIsSaidInWordsAndAnotherURLIsRefusedAndNothingIsCreated() throws {
        let folder = FileManager.default.currentDirectoryPath + "/postgres:"
        let before = FileManager.default.fileExists(atPath: folder)
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        let outcome = try ClienteleProcess.run(["find", "x", "--db", "postgres://shop:hunter2@127.0.0.1:1/clientele?sslmode=disable"])
        #expect(outcome.status == 4, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("cannot reach the database server postgres://shop@127.0.0.1:1/clientele: connection refused"),
                "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("hunter2"), "the password is never printed")
        let badURL = try ClienteleProcess.run(["find", "x", "--db", "postgres://shop@localhost/clientele?sslmode=sometimes"])
        #expect(badURL.status == 64)
        #expect(badURL.standardError.contains("sslmode must be one of disable, prefer, require"), "\(badURL.standardError)")
        let fromEnvironment = try ClienteleProcess.run(["check"], environment: ["CLIENTELE_DB": "mysql://x/y"])
        #expect(fromEnvironment.status == 64)
        #expect(fromEnvironment.standardError.contains("MySQL (mysql://x/y) is not supported; --db takes a file path or postgres://"), "\(fromEnvironment.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder) == before, "no postgres: folder")
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/mysql:"))
    }

    /// The interface needs a terminal; an unknown theme is refused before curses starts. Reaching
    /// that refusal also shows `clientele --db x` still goes to the interface.
    @Test func anUnknownThemeListsTheChoicesWithoutAFilePrefix() throws {
        let outcome = try ClienteleProcess.run(["--db", db, "--theme", "neon"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("no theme named “neon”; choose one of default, high-contrast, dark, monochrome"), "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("neon.theme:"), "\(outcome.standardError)")
        let missing = try ClienteleProcess.run(["--db", db, "--theme", directory.path + "/mine.theme"])
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("cannot read the theme file"), "\(missing.standardError)")
    }
}
