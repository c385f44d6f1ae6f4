import Testing
import TerminalCore
@testable import TerminalNcurses

/// What `wget_wch` returns, decoded: keys as before, and a bracketed paste as ONE event.
@Suite struct InputDecoderTests {
    static func inputs(_ text: String) -> [CursesInput] { text.unicodeScalars.map { .character($0.value) } }

    /// Feeds everything, then `.nothing` while a sequence is half read (as the terminal does when a
    /// read times out), and returns all the events.
    static func decode(_ inputs: [CursesInput]) -> [KeyEvent] {
        var decoder = NcursesInputDecoder()
        var events: [KeyEvent] = []
        for input in inputs { events += decoder.feed(input) }
        if decoder.isPending { events += decoder.feed(.nothing) }
        return events
    }

    static let start = "\u{1B}[200~", end = "\u{1B}[201~"

    @Test func keysDecodeAsBefore() {
        #expect(Self.decode(Self.inputs("ab")) == [.character("a"), .character("b")])
        #expect(Self.decode([.keyCode(0o403), .character(0x0D), .character(0x13)]) == [.up, .enter, .control("s")])
        #expect(Self.decode(Self.inputs("\u{1B}")) == [.escape])
        #expect(Self.decode(Self.inputs("\u{1B}x")) == [.alt("x")])
        #expect(Self.decode(Self.inputs("\u{1B}\u{7F}")) == [.alt("\u{7F}")])
        #expect(Self.decode(Self.inputs("\u{1B}\u{1B}")) == [.escape, .escape])
        #expect(Self.decode([.character(0x1B), .keyCode(0o403)]) == [.escape, .up])
        // "ESC[" that is no paste: Alt+[ then what followed, as before pastes were decoded.
        #expect(Self.decode(Self.inputs("\u{1B}[2x")) == [.alt("["), .character("2"), .character("x")])
    }

    @Test func aBracketedPasteIsOneEvent() {
        let text = "María Núñez\r+1 (415) 555-0134\r👩‍👩‍👧‍👦"
        #expect(Self.decode(Self.inputs(Self.start + text + Self.end + "x")) == [.paste(text), .character("x")])
    }

    @Test func aPasteOf100000CharactersIsOneEvent() {
        let text = String(repeating: "abcdefghij", count: 10_000)
        let events = Self.decode(Self.inputs(Self.start + text + Self.end))
        #expect(events.count == 1)
        #expect(events.first == .paste(text))
    }

    @Test func escapeBytesInsideAPasteAreText() {
        // Colours copied from a terminal, an Escape alone, and something that starts like the end marker.
        let text = "\u{1B}[31mred\u{1B}[0m \u{1B} \u{1B}[20x \u{1B}[201 \u{1B}\u{1B}[2"
        #expect(Self.decode(Self.inputs(Self.start + text + Self.end)) == [.paste(text)])
    }

    @Test func aPasteSplitAcrossReadsArrivesWhole() {
        var decoder = NcursesInputDecoder()
        var events: [KeyEvent] = []
        // Reads end inside the start marker, inside the text and inside the end marker.
        for chunk in ["\u{1B}[2", "00~hel", "lo wor", "ld\u{1B}[20", "1~"] {
            for input in Self.inputs(chunk) { events += decoder.feed(input) }
            #expect(events.isEmpty || chunk == "1~", "nothing before the end marker, after “\(chunk)”")
        }
        #expect(events == [.paste("hello world")])
        #expect(!decoder.isPending)
    }

    @Test func keyCodesInsideAPasteAreDroppedAndALostEndEndsIt() {
        let events = Self.decode(Self.inputs(Self.start + "ab") + [.keyCode(0o403)] + Self.inputs("c"))
        #expect(events == [.paste("abc")])
        // Waiting inside a paste is bounded, so a lost end marker cannot freeze the counter.
        var decoder = NcursesInputDecoder()
        for input in Self.inputs(Self.start + "x") { _ = decoder.feed(input) }
        #expect(decoder.waitMilliseconds > 0 && decoder.waitMilliseconds <= 1_000)
    }
}
