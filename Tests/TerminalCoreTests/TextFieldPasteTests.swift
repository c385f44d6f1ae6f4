import Testing
@testable import TerminalCore

/// A paste is one event and a text field's work per character stays flat as the text grows
/// (issue 12, point 5): work is counted, never timed.
@Suite struct TextFieldPasteTests {
    static func text(_ count: Int) -> String {
        let words = ["Prefers", "Inès;", "book", "her", "when", "possible.", "山田", "🎉"]
        var result: [Character] = []
        var index = 0
        while result.count < count {
            if !result.isEmpty { result.append(" ") }
            result += words[index % words.count]
            index += 1
        }
        return String(result.prefix(count))
    }

    /// Steps per character for a paste of `count` characters, then a frame drawn.
    static func pastedWork(_ count: Int) -> (field: TextField, perCharacter: Double) {
        var field = TextField()
        var buffer = ScreenBuffer(size: Size(width: 60, height: 1))
        _ = field.handle(.paste(text(count)))
        field.draw(in: Rect(x: 0, y: 0, width: 60, height: 1), on: &buffer, style: .plain)
        return (field, Double(field.work.steps) / Double(count))
    }

    /// Steps per character for `count` characters typed one key at a time, a frame after each
    /// (what the loop does when a terminal has no bracketed paste).
    static func typedWork(_ count: Int) -> Double {
        var field = TextField()
        var buffer = ScreenBuffer(size: Size(width: 60, height: 1))
        for character in text(count) {
            _ = field.handle(.character(character))
            field.draw(in: Rect(x: 0, y: 0, width: 60, height: 1), on: &buffer, style: .plain)
        }
        return Double(field.work.steps) / Double(count)
    }

    @Test func pasting100000CharactersIsLinear() {
        let (field, large) = Self.pastedWork(100_000)
        #expect(field.count == 100_000)
        #expect(field.text == Self.text(100_000))
        #expect(field.cursor == 100_000)
        let (_, small) = Self.pastedWork(10_000)
        // Linear: the same work per character at 10,000 and 100,000 (quadratic would be 10×).
        #expect(large / small < 1.2, "work per character: \(small) at 10,000, \(large) at 100,000")
        #expect(large < 3, "work per character \(large)")
    }

    @Test func typingKeyByKeyWithAFrameEachIsLinearToo() {
        let small = Self.typedWork(2_000), large = Self.typedWork(20_000)
        #expect(large / small < 1.2, "work per character: \(small) at 2,000, \(large) at 20,000")
    }

    @Test func aPasteDrawsTheEndOfTheTextWithTheCaretAfterIt() {
        var field = TextField()
        _ = field.handle(.paste(String(repeating: "a", count: 50_000) + "xyz"))
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        let caret = field.draw(in: Rect(x: 0, y: 0, width: 10, height: 1), on: &buffer, style: .plain)
        #expect(buffer.lines() == ["aaaaaaxyz"])
        #expect(caret == Point(x: 9, y: 0))
        _ = field.handle(.home)
        field.draw(in: Rect(x: 0, y: 0, width: 10, height: 1), on: &buffer, style: .plain)
        #expect(field.scroll == 0)
    }

    @Test func aPasteGoesInAtTheCaret() {
        var field = TextField("abef")
        _ = field.handle(.left)
        _ = field.handle(.left)
        _ = field.handle(.paste("cd"))
        #expect(field.text == "abcdef")
        #expect(field.cursor == 4)
    }

    @Test func aOneLineFieldTurnsLineBreaksIntoSpacesAndAMemoKeepsThem() {
        var name = TextField()
        _ = name.handle(.paste("Zoë\r\nÜnal\tSmith\r\u{1B}[31mred\u{1B}[0m\n"))
        #expect(name.text == "Zoë Ünal Smith [31mred[0m ")
        var memo = TextField(keepsLineBreaks: true)
        _ = memo.handle(.paste("one\r\ntwo\rthree\nfour"))
        #expect(memo.text == "one\ntwo\nthree\nfour")
    }

    @Test func aFieldOverItsLimitKeepsWhatFitsAndSaysSo() {
        var field = TextField("ab", maxLength: 10)
        _ = field.handle(.paste(String(repeating: "x", count: 50)))
        #expect(field.text == "ab" + String(repeating: "x", count: 8))
        #expect(field.overflow == TextFieldOverflow(offered: 50, added: 8, limit: 10, isPaste: true))
        #expect(field.overflow?.refused == 42)
        _ = field.handle(.left)
        #expect(field.overflow != nil, "moving the caret keeps the message")
        _ = field.handle(.character("y"))
        #expect(field.overflow == TextFieldOverflow(offered: 1, added: 0, limit: 10, isPaste: false))
        _ = field.handle(.backspace)
        #expect(field.overflow == nil)
        _ = field.handle(.paste("z"))
        #expect(field.overflow == nil)
        #expect(field.count == 10)
    }

    @Test func anAccentTypedAfterItsLetterJoinsIt() {
        var field = TextField("Zoe")
        _ = field.handle(.character("\u{0301}"))
        #expect(field.count == 3)
        #expect(field.text == "Zoé")
        #expect(field.cursor == 3)
        var flag = TextField()
        _ = flag.handle(.character("\u{1F1EB}"))
        _ = flag.handle(.character("\u{1F1F7}"))
        #expect(flag.count == 1)
        _ = flag.handle(.backspace)
        #expect(flag.isEmpty)
    }
}
