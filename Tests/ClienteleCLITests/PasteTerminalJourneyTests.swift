import ClienteleTestSupport
import CustomerStore
import Foundation
import Testing

/// Pasting into the built binary in a real terminal (tmux): bracketed paste is on while Clientele
/// runs, so a paste with line breaks arrives as one event in the focused field; it is off again
/// when Clientele exits, so the shell gets the pasted text without markers.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable)) struct PasteTerminalJourneyTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-paste")
    }

    /// 20,000 characters of notes, one visit a line.
    static let note = String((1...2_000).map { "Visit \($0): prefers Inès 🎉" }.joined(separator: "\n").prefix(20_000))

    @Test func aPasteIntoTheFormArrivesWholeAndSaves() throws {
        let add = try ClienteleProcess.run(["add", "--db", db, "--given-name", "María", "--family-name", "Núñez", "--phone", "+1 (415) 555-0134"])
        #expect(add.status == 0, "\(add.standardError)")
        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 100, height: 30,
                                       afterExit: "printf 'shell>'; read -r line; echo \"[read $line]\"; sleep 30")
        try terminal.waitFor("1 customer")
        try terminal.send("C-n")
        try terminal.waitFor("New customer")
        // A line break typed would be Enter (the next field); pasted, it is a space in a name.
        try terminal.paste("Zoë\nÜnal")
        try terminal.waitFor("Zoë Ünal")
        // To the memo, the last field (the pty keeps the order: the Tabs are read before the paste).
        for _ in 0..<16 { try terminal.send("Tab") }
        try terminal.paste(Self.note)
        let pasted = try terminal.waitFor("Pasted 20,000 characters;", timeout: 30)
        #expect(pasted.contains("Pasted 20,000 characters;"), "\(pasted)")
        try terminal.send("C-s")
        let saved = try terminal.waitFor("Added Zoë Ünal")
        #expect(saved.contains("Added Zoë Ünal"))
        try terminal.send("C-c")
        try terminal.waitFor("shell>")
        // Bracketed paste is off again: the shell reads the text itself, no ESC[200~ around it.
        try terminal.paste("after")
        try terminal.send("Enter")
        let shell = try terminal.waitFor("[read ")
        #expect(shell.contains("[read after]"), "\(shell)")
        #expect(!shell.contains("200~"), "\(shell)")

        let store = try ShopFolder.openStore(db)
        let id = try #require(try store.customers.search("Ünal").rows.first?.id)
        let customer = try #require(try store.customers.customer(id: id))
        #expect(customer.givenName == "Zoë Ünal")
        #expect(customer.familyName == "")
        #expect(customer.memo == String(Self.note.prefix(10_000)).trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(customer.memo.count > 9_990)
    }
}
