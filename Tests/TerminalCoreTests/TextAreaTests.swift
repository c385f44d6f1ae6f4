import Testing
@testable import TerminalCore

/// The multi-line note editor (issue 13, point 1): wrapping by display width, the caret by grapheme
/// and by visual line, pastes, the limit, scrolling, and nothing raw reaching the screen.
@Suite struct TextAreaTests {
    /// Draws `area` into a fresh buffer of the rect's size and returns its lines and the caret.
    static func drawn(_ area: inout TextArea, width: Int, height: Int, placeholder: String = "")
        -> (lines: [String], caret: Point?, buffer: ScreenBuffer) {
        var buffer = ScreenBuffer(size: Size(width: width, height: height))
        let caret = area.draw(in: Rect(x: 0, y: 0, width: width, height: height), on: &buffer, style: .plain,
                              placeholder: placeholder)
        return (buffer.lines(), caret, buffer)
    }

    static func press(_ key: KeyEvent, _ times: Int = 1, on area: inout TextArea) {
        for _ in 0..<times { _ = area.handle(key) }
    }

    @Test func wrapsAtWordsByDisplayWidthWithAccentsCJKAndEmojiSequences() {
        // "é" decomposed (e + U+0301) in "écrit": one grapheme, one column.
        var area = TextArea("Zoë e\u{301}crit 山田さん 👩‍👩‍👧‍👦🎉🇫🇷👍🏽")
        let (lines, _, _) = Self.drawn(&area, width: 8, height: 5)
        #expect(lines == ["Zoë", "e\u{301}crit", "山田さん", "👩‍👩‍👧‍👦🎉🇫🇷👍🏽", ""])
        #expect(area.visualLineCount(width: 8) == 4)
        #expect(area.count == 19)
        // Narrower: the emoji line is broken by grapheme, each sequence whole and two columns wide.
        let view = Self.drawn(&area, width: 7, height: 6)
        #expect(view.lines == ["Zoë", "e\u{301}crit", "山田さ", "ん", "👩‍👩‍👧‍👦🎉🇫🇷", "👍🏽"])
    }

    @Test func aWideGraphemeNeverStraddlesTheRightEdge() {
        var area = TextArea("山田さん")
        let (lines, _, buffer) = Self.drawn(&area, width: 5, height: 2)
        #expect(lines == ["山田", "さん"])
        #expect(buffer[4, 0] == Cell(text: " "))
        #expect(!buffer[4, 0].isContinuation && buffer[3, 0].isContinuation)
        #expect(area.visualLineCount(width: 5) == 2)
        #expect(area.visualLineCount(width: 4) == 2)
        #expect(area.visualLineCount(width: 3) == 4)
    }

    @Test func aWordLongerThanTheLineIsBrokenByGraphemeOnALineOfItsOwn() {
        var area = TextArea("ab cdefghij")
        let view = Self.drawn(&area, width: 5, height: 3)
        #expect(view.lines == ["ab", "cdefg", "hij"])
    }

    @Test func theCaretMovesByGraphemeOverComposedAndDecomposedAccentsAndFlags() {
        // composed é, decomposed é, a flag, x: four graphemes.
        var area = TextArea("\u{E9}e\u{301}🇫🇷x")
        #expect(area.count == 4)
        #expect(area.cursor == 4)
        Self.press(.left, 2, on: &area)
        #expect(area.cursor == 2)
        _ = area.handle(.backspace)  // the decomposed é goes whole, accent included
        #expect(area.text == "\u{E9}🇫🇷x")
        _ = area.handle(.delete)     // the flag goes whole
        #expect(area.text == "\u{E9}x")
        _ = area.handle(.paste("🇫🇷"))
        Self.press(.left, 1, on: &area)
        #expect(area.cursor == 1)
        Self.press(.right, 1, on: &area)
        #expect(area.cursor == 2, "one step over the flag")
        // An accent typed after its letter joins it; the caret stays after the one grapheme.
        var typed = TextArea("Zoe")
        _ = typed.handle(.character("\u{301}"))
        #expect(typed.text == "Zoe\u{301}")
        #expect(typed.count == 3 && typed.cursor == 3)
        // Left and right cross line breaks.
        var lines = TextArea("ab\ncd")
        Self.press(.left, 2, on: &lines)
        #expect(lines.cursor == 3)
        _ = lines.handle(.left)
        #expect(lines.cursor == 2)
        Self.press(.right, 2, on: &lines)
        #expect(lines.cursor == 4)
    }

    @Test func upAndDownKeepTheDisplayColumnAcrossWrappedLinesOfDifferentLengths() {
        // Visual lines at width 10: "abcdefgh" | "ab" | "abcdefghij " (soft) | "klm".
        var area = TextArea("abcdefgh\nab\nabcdefghij klm")
        _ = Self.drawn(&area, width: 10, height: 5)
        Self.press(.up, 10, on: &area)
        #expect(area.cursor == 0, "up on the first line goes to the start")
        Self.press(.right, 7, on: &area)
        _ = area.handle(.down)
        #expect(area.cursor == 11, "the end of the short line \"ab\"")
        _ = area.handle(.down)
        #expect(area.cursor == 19, "column 7 again on the wrapped line")
        _ = area.handle(.down)
        #expect(area.cursor == 26, "the end of \"klm\"")
        _ = area.handle(.up)
        #expect(area.cursor == 19)
        Self.press(.up, 2, on: &area)
        #expect(area.cursor == 7)
        // Home and end go to the start and end of the visual line, not of the paragraph.
        Self.press(.down, 2, on: &area)
        _ = area.handle(.home)
        #expect(area.cursor == 12)
        _ = area.handle(.end)
        #expect(area.cursor == 22, "after \"abcdefghij\", before the space the line wraps at")
    }

    @Test func upAndDownMeasureColumnsByDisplayWidth() {
        var area = TextArea("山田さん\nabcdef")
        _ = Self.drawn(&area, width: 20, height: 3)
        Self.press(.left, 3, on: &area)  // after "abc": column 3
        #expect(area.cursor == 8)
        _ = area.handle(.up)
        #expect(area.cursor == 1, "column 3 is inside 田: the caret stops before it, at column 2")
        _ = area.handle(.down)
        #expect(area.cursor == 8, "back to column 3")
    }

    @Test func enterSplitsALineAndBackspaceOrDeleteJoinsIt() {
        var area = TextArea("helloworld")
        Self.press(.left, 5, on: &area)
        _ = area.handle(.enter)
        #expect(area.text == "hello\nworld")
        #expect(area.cursor == 6)
        let view = Self.drawn(&area, width: 20, height: 3)
        #expect(view.lines == ["hello", "world", ""])
        _ = area.handle(.backspace)
        #expect(area.text == "helloworld")
        #expect(area.cursor == 5)
        _ = area.handle(.enter)
        _ = area.handle(.left)
        _ = area.handle(.delete)
        #expect(area.text == "helloworld")
        #expect(area.visualLineCount(width: 20) == 1)
    }

    @Test func aPasteIsOneEventWithCRLFAndLoneCRAsLineBreaksTabsAsSpacesAndControlsDropped() {
        var area = TextArea("> ")
        let pasted = area.handle(.paste("one\r\ntwo\rthree\n\tfour\u{1B}[31m!\u{7}"))
        #expect(pasted)
        #expect(area.text == "> one\ntwo\nthree\n four[31m!")
        #expect(area.visualLineCount(width: 40) == 4)
        var setText = TextArea()
        setText.setText("a\r\nb")
        #expect(setText.text == "a\nb")
        #expect(setText.cursor == 3)
    }

    @Test func keysTheModalBindsAreNotConsumed() {
        var area = TextArea("abc")
        for key: KeyEvent in [.control("s"), .control("h"), .alt("x"), .function(1), .tab, .backTab, .escape] {
            let consumed = area.handle(key)
            #expect(!consumed, "\(key)")
        }
        #expect(area.text == "abc" && area.cursor == 3)
        for key: KeyEvent in [.character("d"), .enter, .left, .up, .pageUp, .pageDown, .home, .end, .backspace] {
            let consumed = area.handle(key)
            #expect(consumed, "\(key)")
        }
    }

    @Test func aTextOverItsLimitKeepsWhatFitsAndSaysSo() {
        var area = TextArea("ab", maxLength: 10)
        _ = area.handle(.paste(String(repeating: "x", count: 50)))
        #expect(area.text == "ab" + String(repeating: "x", count: 8))
        #expect(area.overflow == TextFieldOverflow(offered: 50, added: 8, limit: 10, isPaste: true))
        #expect(area.overflow?.refused == 42)
        _ = area.handle(.left)
        #expect(area.overflow != nil, "moving the caret keeps the message")
        _ = area.handle(.enter)
        #expect(area.overflow == TextFieldOverflow(offered: 1, added: 0, limit: 10, isPaste: false))
        _ = area.handle(.backspace)
        #expect(area.overflow == nil)
        _ = area.handle(.enter)
        #expect(area.overflow == nil)
        #expect(area.count == 10)
        #expect(area.text == "ab" + String(repeating: "x", count: 6) + "\nx")
    }

    static func text(_ count: Int) -> String {
        let words = ["Prefers", "Inès;", "book", "her", "when", "possible.\n", "山田", "🎉", "e\u{301}t\u{E9}"]
        var result: [Character] = []
        var index = 0
        while result.count < count {
            if !result.isEmpty, result.last != "\n" { result.append(" ") }
            result += words[index % words.count]
            index += 1
        }
        return String(result.prefix(count))
    }

    /// Steps per character for a paste of `count` characters into the middle of a line, then a frame.
    static func pastedWork(_ count: Int) -> (area: TextArea, perCharacter: Double) {
        var area = TextArea("before after")
        Self.press(.left, 5, on: &area)
        var buffer = ScreenBuffer(size: Size(width: 60, height: 10))
        _ = area.handle(.paste(text(count)))
        area.draw(in: Rect(x: 0, y: 0, width: 60, height: 10), on: &buffer, style: .plain)
        _ = area.handle(.down)
        area.draw(in: Rect(x: 0, y: 0, width: 60, height: 10), on: &buffer, style: .plain)
        return (area, Double(area.work.steps) / Double(count))
    }

    @Test func pasting100000CharactersArrivesWholeAndIsLinear() {
        let (area, large) = Self.pastedWork(100_000)
        #expect(area.count == 100_000 + 12)
        #expect(area.text == "before " + Self.text(100_000) + "after")
        let (_, medium) = Self.pastedWork(10_000)
        let (_, small) = Self.pastedWork(1_000)
        // Linear: the same work per character at 1,000, 10,000 and 100,000 (quadratic would be 10× each step).
        #expect(medium / small < 1.5, "work per character: \(small) at 1,000, \(medium) at 10,000")
        #expect(large / medium < 1.5, "work per character: \(medium) at 10,000, \(large) at 100,000")
        #expect(large < 5, "work per character \(large)")
    }

    @Test func theCaretStaysVisibleWhenMovingDownFiftyLinesAndTheDrawSaysWhereItIs() {
        var area = TextArea((1...100).map { "line \($0)" }.joined(separator: "\n"))
        var buffer = ScreenBuffer(size: Size(width: 30, height: 10))
        let rect = Rect(x: 2, y: 3, width: 20, height: 5)
        // The caret starts at the end: the last five lines show, the caret after "line 100".
        var caret = area.draw(in: rect, on: &buffer, style: .plain)
        #expect(caret == Point(x: 10, y: 7))
        #expect(buffer.lines()[3...7].map { String($0.dropFirst(2)) } == ["line 96", "line 97", "line 98", "line 99", "line 100"])
        Self.press(.up, 200, on: &area)
        caret = area.draw(in: rect, on: &buffer, style: .plain)
        #expect(caret == Point(x: 2, y: 3))
        #expect(area.scroll == 0)
        Self.press(.right, 4, on: &area)
        Self.press(.down, 50, on: &area)
        // "line 51", column 4, on the bottom row.
        caret = area.draw(in: rect, on: &buffer, style: .plain)
        #expect(caret == Point(x: 6, y: 7))
        #expect(area.scroll == 46)
        #expect(buffer.lines()[3...7].map { String($0.dropFirst(2)) } == ["line 47", "line 48", "line 49", "line 50", "line 51"])
        // A page down moves the caret and the view by the height drawn, less one line.
        _ = area.handle(.pageDown)
        caret = area.draw(in: rect, on: &buffer, style: .plain)
        #expect(caret == Point(x: 6, y: 7))
        #expect(buffer.lines()[7].dropFirst(2) == "line 55")
        _ = area.handle(.pageUp)
        caret = area.draw(in: rect, on: &buffer, style: .plain)
        #expect(caret == Point(x: 6, y: 7))
        #expect(buffer.lines()[3].dropFirst(2) == "line 47")
        // An empty rect draws nothing and has no caret.
        caret = area.draw(in: Rect(x: 0, y: 0, width: 0, height: 3), on: &buffer, style: .plain)
        #expect(caret == nil)
    }

    @Test func theCaretAfterAFullLineStaysInsideTheRect() {
        var area = TextArea("abcde")
        let view = Self.drawn(&area, width: 5, height: 2)
        #expect(view.caret == Point(x: 4, y: 0))
        _ = area.handle(.character("f"))
        let (lines, caret, _) = Self.drawn(&area, width: 5, height: 2)
        #expect(lines == ["abcde", "f"])
        #expect(caret == Point(x: 1, y: 1))
    }

    @Test func anEmptyAreaDrawsItsPlaceholderDimmedWithTheCaretAtTheStart() {
        var area = TextArea()
        let (lines, caret, buffer) = Self.drawn(&area, width: 20, height: 2, placeholder: "Write a note…")
        #expect(lines == ["Write a note…", ""])
        #expect(caret == Point(x: 0, y: 0))
        #expect(buffer[0, 0].style.dim)
        #expect(area.visualLineCount(width: 20) == 1)
    }

    @Test func noEscapeOrOtherControlCharacterReachesTheBuffer() {
        var area = TextArea("\u{1B}]0;title\u{7}name\u{9B}2J")
        _ = area.handle(.character("\u{1B}"))
        _ = area.handle(.paste("\u{1B}[2Jred\u{90}\u{7F}x\u{202E}evil\u{200B}z"))
        #expect(!area.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        var placeholderArea = TextArea()
        let (_, _, placeholderBuffer) = Self.drawn(&placeholderArea, width: 30, height: 2, placeholder: "\u{1B}[31mred")
        let narrow = Self.drawn(&area, width: 12, height: 6).buffer
        for buffer in [narrow, placeholderBuffer] {
            for cell in buffer.cells {
                let bad = cell.text.unicodeScalars.filter {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                        || (0x2066...0x2069).contains($0.value) || (0x200B...0x200F).contains($0.value)
                }
                #expect(bad.isEmpty, "cell \(cell.text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        let wide = Self.drawn(&area, width: 40, height: 2)
        #expect(wide.lines[0] == "]0;titlename2J[2Jredx⟪bidi⟫evil⟪zw⟫z")
    }
}
