import ClienteleTestSupport
import Foundation
import Testing

/// The settings every counter shares: the language and theme are checked when set, and the
/// language set in the database is the interface's unless `--lang` says otherwise for one run.
@Suite(.serialized) struct SettingsCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-settings-cli")
    }

    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db])
    }

    @Test func theLanguageAndThemeAreCheckedWhenSet() throws {
        let german = try run(["settings", "set", "language", "de"])
        #expect(german.status == 3 && german.standardError.contains("choose en, es or fr"), "\(german.standardError)")
        #expect(try run(["settings", "set", "language", "FR"]).status == 0)
        let neon = try run(["settings", "set", "theme", "neon"])
        #expect(neon.status == 3 && neon.standardError.contains("high-contrast"), "\(neon.standardError)")
        #expect(try run(["settings", "set", "theme", "dark"]).status == 0)
        let shown = try JSONSerialization.jsonObject(with: Data(try run(["settings", "--json"]).standardOutput.utf8)) as! [String: Any]
        #expect(shown["language"] as? String == "fr" && shown["theme"] as? String == "dark")
    }

    @Test(.enabled(if: TmuxSession.isAvailable)) func theShopsLanguageIsTheInterfacesUnlessLangSaysOtherwise() throws {
        #expect(try run(["add", "--given-name", "Ana", "--phone", "+1 415 555 0100"]).status == 0)
        #expect(try run(["settings", "set", "language", "fr"]).status == 0)
        let shop = try TmuxSession(arguments: ["--db", db], environment: ["LANG": "C.UTF-8"])
        let screen = try shop.waitForAll("1 client", "Rechercher")
        #expect(screen.contains("Rechercher"), "\(screen)")
        try shop.send("C-c")
        _ = try shop.waitFor("[exited")
        let english = try TmuxSession(arguments: ["--db", db, "--lang", "en"], environment: ["LANG": "C.UTF-8"])
        let englishScreen = try english.waitForAll("1 customer", "Search")
        #expect(englishScreen.contains("1 customer"))
        try english.send("C-c")
        _ = try english.waitFor("[exited")
    }
}
