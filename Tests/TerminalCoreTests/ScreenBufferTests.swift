import Foundation
import Testing
@testable import TerminalCore
@testable import TerminalNcurses

@Suite struct DisplayWidthTests {
    @Test func accentsTakeOneColumnAndCJKAndEmojiTwo() {
        #expect(DisplayWidth.of("Núñez") == 5)
        #expect(DisplayWidth.of("Ne\u{0301}e") == 3)  // combining accent
        #expect(DisplayWidth.of("山田太郎") == 8)
        #expect(DisplayWidth.of("🎉") == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
    }

    @Test func truncationCountsColumnsNotCharacters() {
        #expect(DisplayWidth.truncate("山田太郎", toWidth: 5) == "山田…")
        #expect(DisplayWidth.truncate("Núñez García", toWidth: 8) == "Núñez G…")
        #expect(DisplayWidth.of(DisplayWidth.pad("山田", toWidth: 7)) == 7)
    }
}

@Suite struct TextSanitizerTests {
    @Test func escapeSequencesBecomeVisiblePlaceholders() {
        #expect(TextSanitizer.sanitize("Evil\u{1B}[2J") == "Evil␛[2J")
        #expect(TextSanitizer.sanitize("a\u{07}b\u{7F}c\u{9B}d") == "a␇b␡c�d")
        #expect(TextSanitizer.sanitize("line\nbreak\ttab") == "line␊break␉tab")
    }

    @Test func bidiOverridesAndZeroWidthCharactersAreShown() {
        #expect(TextSanitizer.sanitize("abc\u{202E}fed") == "abc⟪bidi⟫fed")
        #expect(TextSanitizer.sanitize("in\u{200B}visible") == "in⟪zw⟫visible")
    }

    @Test func emojiSequencesAndAccentsAreKept() {
        #expect(TextSanitizer.sanitize("👩‍👩‍👧 Zoë") == "👩‍👩‍👧 Zoë")
    }
}

@Suite struct ScreenBufferTests {
    @Test func wideCharactersOccupyTwoCellsAndKeepColumnsAligned() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3))
        buffer.write("山田|", at: Point(x: 0, y: 0))
        buffer.write("Zoë |", at: Point(x: 0, y: 1))
        buffer.write("🎉🎉|", at: Point(x: 0, y: 2))
        #expect(buffer.lines() == ["山田|", "Zoë |", "🎉🎉|"])
        #expect(buffer[1, 0].isContinuation)
    }

    @Test func aWideCharacterCutByTheEdgeBecomesASpace() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        let used = buffer.write("ab山田", at: Point(x: 0, y: 0))
        #expect(used == 5)
        #expect(buffer.lines() == ["ab山"])
        var narrow = ScreenBuffer(size: Size(width: 10, height: 1))
        narrow.write("a山", at: Point(x: 0, y: 0), maxWidth: 2)
        #expect(narrow.lines() == ["a"])
    }

    @Test func writesAreSanitised() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        buffer.write("Bob\u{1B}]0;pwned\u{07}", at: Point(x: 0, y: 0))
        #expect(buffer.lines() == ["Bob␛]0;pwned␇"])
    }

    @Test func overwritingHalfAWideCharacterRepairsIt() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        buffer.write("山", at: Point(x: 0, y: 0))
        buffer.write("x", at: Point(x: 1, y: 0))
        #expect(buffer.lines() == [" x"])
    }

    @Test func diffListsOnlyChangedCells() {
        var first = ScreenBuffer(size: Size(width: 4, height: 2))
        first.write("abcd", at: Point(x: 0, y: 0))
        var second = first
        second.write("X", at: Point(x: 2, y: 1))
        #expect(second.diff(from: first).map(\.point) == [Point(x: 2, y: 1)])
        #expect(second.diff(from: nil).count == 8)
    }
}

@Suite struct LayoutTests {
    @Test func splitsNeverExceedTheSpace() {
        let rect = Rect(x: 0, y: 0, width: 100, height: 10)
        #expect(Layout.horizontal(rect, [.percent(45), .fill]).map(\.width) == [45, 55])
        #expect(Layout.horizontal(rect, [.fixed(30), .fill, .fill]).map(\.width) == [30, 35, 35])
        #expect(Layout.vertical(rect, [.fixed(1), .fill, .fixed(1)]).map(\.height) == [1, 8, 1])
        #expect(Layout.horizontal(Rect(x: 0, y: 0, width: 10, height: 1), [.fixed(8), .fixed(8)]).map(\.width) == [8, 2])
    }
}

@Suite struct WidgetTests {
    @Test func aTableAlignsColumnsWhateverTheScript() {
        var buffer = ScreenBuffer(size: Size(width: 24, height: 5))
        let table = Table(columns: [TableColumn("Name", width: .fixed(10)), TableColumn("Phone", width: .fill)])
        table.draw(rows: [["山田太郎様です", "+81 3"], ["Zoë 🎉", "+33 6"], ["Bob", "+1 415"]], selected: 1, scroll: ListScroll(),
                   in: Rect(x: 0, y: 0, width: 24, height: 5), on: &buffer)
        #expect(buffer.lines() == ["Name       Phone", "山田太郎…  +81 3", "Zoë 🎉     +33 6", "Bob        +1 415", ""])
        #expect(buffer.styleAt(Point(x: 20, y: 2)).reverse)
    }

    @Test func aListScrollKeepsTheSelectionVisible() {
        var scroll = ListScroll()
        scroll.reveal(12, visibleRows: 5, count: 30)
        #expect(scroll.offset == 8)
        scroll.reveal(3, visibleRows: 5, count: 30)
        #expect(scroll.offset == 3)
    }

    @Test func aTabBarHighlightsTheActiveTabAndReportsWhereEachIs() {
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        let hits = TabBar(titles: ["Main", "Info", "Bookings"]).draw(active: 1, in: Rect(x: 0, y: 0, width: 40, height: 1), on: &buffer)
        #expect(buffer.lines() == [" 1 Main  2 Info  3 Bookings"])
        #expect(hits.map(\.x) == [0, 8, 16])
        #expect(buffer.styleAt(Point(x: 9, y: 0)).reverse)
    }

    @Test func aNarrowTabBarShowsNumbersAndTheActiveTitle() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        TabBar(titles: ["Main", "Info", "Bookings", "Payments"]).draw(active: 2, in: Rect(x: 0, y: 0, width: 20, height: 1), on: &buffer)
        #expect(buffer.lines() == [" 1  2  3 Bookings  4"])
    }

    @Test func aPopupClearsWhatIsUnderIt() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 5))
        for y in 0..<5 { buffer.write("xxxxxxxxxxxx", at: Point(x: 0, y: y)) }
        let inner = Popup(title: "Hi", width: 8, height: 3).draw(in: buffer.bounds, on: &buffer)
        #expect(buffer.lines() == ["xxxxxxxxxxxx", "xx┌─ Hi ─┐xx", "xx│      │xx", "xx└──────┘xx", "xxxxxxxxxxxx"])
        #expect(inner == Rect(x: 3, y: 2, width: 6, height: 1))
    }

    @Test func paragraphsWrapByDisplayWidth() {
        #expect(Paragraph.wrap("Prefers Inès; book her when possible.", width: 14) == ["Prefers Inès;", "book her when", "possible."])
        #expect(Paragraph.wrap("山田太郎山田", width: 5) == ["山田", "太郎", "山田"])
    }

    @Test func aProgressBarShowsItsFraction() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        ProgressBar(fraction: 0.5, label: "rows").draw(in: Rect(x: 0, y: 0, width: 20, height: 1), on: &buffer)
        #expect(buffer.lines() == ["50%  rows"])
        #expect(buffer.styleAt(Point(x: 9, y: 0)).reverse)
        #expect(!buffer.styleAt(Point(x: 10, y: 0)).reverse)
    }

    /// A hint too long for the room left used to end the hints: every one after it vanished too.
    @Test func aHintThatDoesNotFitIsSkippedAndShorterOnesAfterItAreDrawn() {
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        StatusBar(hints: [("/", "search by name, email or phone (or just start typing)"), ("n", "new"), ("q", "quit")], right: "3 customers")
            .draw(in: Rect(x: 0, y: 0, width: 40, height: 1), on: &buffer)
        #expect(buffer.lines() == [" n new  q quit              3 customers"])
    }

    @Test func theStatusBarDropsHintsThatDoNotFit() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 1))
        StatusBar(hints: [("n", "new"), ("/", "search"), ("?", "help")], right: "200 customers").draw(in: Rect(x: 0, y: 0, width: 30, height: 1), on: &buffer)
        #expect(buffer.lines() == [" n new          200 customers"])
        #expect(buffer.lines()[0].hasSuffix("200 customers"))
    }
}

@Suite struct TextFieldTests {
    @Test func editingKeysMoveAndDelete() {
        var field = TextField("Nunez")
        let moved = field.handle(.home)
        #expect(moved)
        let typed = field.handle(.character("M"))
        #expect(typed)
        #expect(field.text == "MNunez")
        _ = field.handle(.end)
        _ = field.handle(.backspace)
        #expect(field.text == "MNune")
        _ = field.handle(.left)
        _ = field.handle(.left)
        _ = field.handle(.control("k"))
        #expect(field.text == "MNu")
        _ = field.handle(.character(" "))
        for c in "García" { _ = field.handle(.character(c)) }
        _ = field.handle(.control("w"))
        #expect(field.text == "MNu ")
        _ = field.handle(.control("u"))
        #expect(field.text == "")
        let enterIsNotEditing = field.handle(.enter)
        #expect(!enterIsNotEditing)
    }

    @Test func aLongTextScrollsToKeepTheCaretVisible() {
        var field = TextField("abcdefghijklmnop")
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        let caret = field.draw(in: Rect(x: 0, y: 0, width: 6, height: 1), on: &buffer, style: .plain)
        #expect(caret.x <= 5)
        #expect(buffer.lines() == ["lmnop"])
    }

    @Test func maxLengthStopsTyping() {
        var field = TextField("ab", maxLength: 2)
        _ = field.handle(.character("c"))
        #expect(field.text == "ab")
    }
}

@Suite struct ThemeTests {
    @Test func themeFilesParseRolesColoursAndAttributes() throws {
        let theme = try Theme.parse("# comment\nselection = black on cyan, bold\nerror = 203, underline\n", name: "t", file: "t.theme")
        #expect(theme[.selection] == Style(foreground: .black, background: .cyan, bold: true))
        #expect(theme[.error] == Style(foreground: .indexed(203), underline: true))
        #expect(theme[.muted] == Theme.builtInDefault[.muted])
    }

    @Test func aBadLineNamesTheFileAndLine() {
        #expect(throws: Theme.ParseError(file: "x.theme", line: 2, message: "unknown colour “purpleish”")) {
            try Theme.parse("text = default\nerror = purpleish\n", name: "x", file: "x.theme")
        }
    }

    @Test func noColorKeepsAttributesOnly() throws {
        let theme = try Theme.load(named: "default", searchPaths: [], environment: ["NO_COLOR": "1"])
        #expect(theme[.selection].background == .default)
        #expect(theme[.selection].bold)
        #expect(theme[.statusBar].reverse)
    }

    @Test func everyShippedThemeParses() throws {
        let themes = #filePath.components(separatedBy: "/Tests/")[0] + "/Themes"
        for name in Theme.shippedNames {
            let theme = try Theme.load(named: name, searchPaths: [themes], environment: [:])
            #expect(theme.name == name)
            #expect(theme.styles.count == ThemeRole.allCases.count)
        }
        #expect(throws: ThemeLookup.NotFound.self) { try Theme.load(named: "nope", searchPaths: [themes], environment: [:]) }
    }

    @Test func aThemeIsANameOrAPathAndAnUnknownNameListsTheChoicesWithoutAFilePrefix() throws {
        let themes = #filePath.components(separatedBy: "/Tests/")[0] + "/Themes"
        let extra = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: extra) }
        let file = extra.appendingPathComponent("shop.theme").path
        try "error = red\n".write(toFile: file, atomically: true, encoding: .utf8)

        let byPath = try Theme.load(named: file, searchPaths: [themes], environment: [:])
        #expect(byPath.name == "shop")
        #expect(byPath[.error].foreground == .red)
        #expect(try Theme.load(named: "shop", searchPaths: [themes, extra.path], environment: [:]).name == "shop")
        #expect(ThemeLookup.isPath("./dark.theme") && ThemeLookup.isPath("mine.theme") && !ThemeLookup.isPath("dark"))

        do {
            _ = try Theme.load(named: "nope", searchPaths: [themes, extra.path], environment: [:])
            Issue.record("an unknown name loaded")
        } catch let error as ThemeLookup.NotFound {
            #expect(error.choices == Theme.shippedNames + ["shop"])
            #expect(String(describing: error).hasPrefix("no theme named “nope”; choose one of default, high-contrast, dark, monochrome, shop"))
            #expect(!String(describing: error).contains(".theme:"))
        }
        #expect(throws: ThemeLookup.NotFound.self) { try Theme.load(named: extra.path + "/missing.theme", searchPaths: [], environment: [:]) }
    }
}

@Suite struct KeyDecoderTests {
    @Test func cursesCodesAndControlCharactersBecomeKeys() {
        #expect(NcursesKeyDecoder.decode(code: 0o402, isKeyCode: true) == .down)
        #expect(NcursesKeyDecoder.decode(code: 0o541, isKeyCode: true) == .backTab)
        #expect(NcursesKeyDecoder.decode(code: 0o411, isKeyCode: true) == .function(1))
        #expect(NcursesKeyDecoder.decode(code: 0x13, isKeyCode: false) == .control("s"))
        #expect(NcursesKeyDecoder.decode(code: 0x0D, isKeyCode: false) == .enter)
        #expect(NcursesKeyDecoder.decode(code: 0x7F, isKeyCode: false) == .backspace)
        #expect(NcursesKeyDecoder.decode(code: 0x1B, isKeyCode: false) == .escape)
        #expect(NcursesKeyDecoder.decode(code: 0xF1, isKeyCode: false) == .character("ñ"))
        #expect(NcursesKeyDecoder.decode(code: 0x5C71, isKeyCode: false) == .character("山"))
    }

    @Test func keyChordsReadAndWriteTheSameWay() {
        for text in ["ctrl+s", "shift+tab", "enter", "esc", "?", "j", "F1", "G"] {
            #expect(KeyChord(text)?.description.lowercased() == text.lowercased() || text == "F1" || text == "G", "\(text)")
        }
        #expect(KeyChord("ctrl+s")?.event == .control("s"))
        #expect(KeyChord("F1")?.event == .function(1))
        #expect(KeyChord("G")?.event == .character("G"))
    }
}
