import ClienteleTestSupport
import Foundation
import Testing

/// Emoji sequences in a name on the built binary in a real terminal (tmux): every line keeps its
/// right border in the last column, and the card drawn after them keeps nothing of them.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable)) struct EmojiTerminalJourneyTests {
    let db: String

    init() throws {
        db = try ShopFolder.make("clientele-emoji").db
    }

    /// Columns tmux gives a captured line: what Clientele draws of these names (a ZWJ family drawn as
    /// its first emoji, a flag as its two letters, a skin tone as the plain thumb, "❤️" as "❤") by a
    /// list of its own, not by the code under test.
    static func columns(_ line: String) -> Int {
        line.reduce(0) { $0 + (["👩", "🎉", "🇫🇷", "👍", "漢"].contains(String($1)) ? 2 : 1) }
    }

    @Test func anEmojiNameKeepsBordersInPlaceAndLeavesNoFragment() throws {
        for (given, family, phone) in [("Zoë 👩‍👩‍👧‍👦🎉🇫🇷👍🏽", "e\u{0301}漢 ❤️", "+1 415 555 0111"), ("Bob", "Li", "+1 415 555 0112")] {
            let add = try ClienteleProcess.run(["add", "--db", db, "--given-name", given, "--family-name", family, "--phone", phone])
            #expect(add.status == 0, "\(add.standardError)")
        }
        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 100, height: 20)
        let list = try terminal.waitForAll("2 customers", "Bob Li")
        let framed = list.split(separator: "\n").dropFirst().prefix(6).map(String.init)
        #expect(framed.contains { $0.contains("👩🎉🇫🇷👍") }, "\(list)")
        for line in framed { #expect(Self.columns(line) == 100, "“\(line)”\n\(list)") }

        try terminal.send("Enter")     // the emoji name's card (sorted first)
        let card = try terminal.waitFor("1 Main")
        for line in card.split(separator: "\n").dropFirst().prefix(8).map(String.init) {
            #expect(Self.columns(line) == 100, "“\(line)”\n\(card)")
        }
        try terminal.send("Escape")
        try terminal.send("Down")
        try terminal.send("Enter")     // Bob's card over it: a shorter title where the emoji were
        let bob = try terminal.waitUntil { $0.contains("┌─ Bob Li ─") && $0.contains("(415) 555-0112") }
        let title = try #require(bob.split(separator: "\n").first { $0.contains("Bob Li") }.map(String.init))
        #expect(title.hasPrefix("┌─ Bob Li ──") && title.hasSuffix("─┐") && Self.columns(title) == 100, "“\(title)”")
        #expect(!bob.contains("👩") && !bob.contains("🎉") && !bob.contains("❤"), "\(bob)")
        try terminal.send("C-c")
    }
}
