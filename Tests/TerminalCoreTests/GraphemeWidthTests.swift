import Testing
@testable import TerminalCore

/// Emoji sequences are one grapheme of two columns, drawn whole in one cell, and never push a
/// border out (issue 12, point 9).
@Suite struct GraphemeWidthTests {
    static let family = "👩‍👩‍👧‍👦", party = "🎉", flag = "🇫🇷", thumb = "👍🏽"
    static let decomposed = "e\u{0301}", han = "漢"

    @Test func eachClusterHasOneWidth() {
        #expect(DisplayWidth.of(Self.family) == 2)
        #expect(DisplayWidth.of(Self.party) == 2)
        #expect(DisplayWidth.of(Self.flag) == 2)
        #expect(DisplayWidth.of(Self.thumb) == 2)
        #expect(DisplayWidth.of(Self.decomposed) == 1)
        #expect(DisplayWidth.of(Self.han) == 2)
        #expect(DisplayWidth.of("☝🏽") == 2)   // a narrow pictograph with a skin tone
        #expect(DisplayWidth.of("1️⃣") == 2)   // a keycap
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("❤") == 1)
        #expect(DisplayWidth.of("\u{1F1EB}") == 1)  // a regional indicator alone is a letter
        let all = Self.family + Self.party + Self.flag + Self.thumb
        #expect(all.count == 4)
        #expect(DisplayWidth.of(all) == 8)
    }

    @Test func aCellHoldsAWholeCluster() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
        buffer.write(Self.family + Self.flag + Self.thumb + Self.decomposed, at: Point(x: 0, y: 0))
        #expect(buffer[0, 0].text == Self.family)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].text == Self.flag)
        #expect(buffer[3, 0].isContinuation)
        #expect(buffer[4, 0].text == Self.thumb)
        #expect(buffer[6, 0].text == Self.decomposed)
        #expect(buffer[7, 0].text == " ")
    }

    static let name = "Zoë \(family)\(party)\(flag)\(thumb) \(decomposed)\(han)"

    /// Columns a terminal gives a line of these tests, from this test's own list of the wide ones
    /// (not from `DisplayWidth`, which is what is under test): a border pushed out shows here.
    static func columns(_ line: String) -> Int {
        line.reduce(0) { $0 + ([family, party, flag, thumb, han].contains(String($1)) ? 2 : 1) }
    }

    @Test func aBoxedNameKeepsItsBorderInPlace() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 3))
        let inner = Block(title: Self.name).draw(in: buffer.bounds, on: &buffer)
        buffer.write(Self.name + Self.name, at: Point(x: inner.x, y: inner.y), maxWidth: inner.width)
        for y in 0..<3 { #expect(["┐", "│", "┘"].contains(buffer[29, y].text), "row \(y): \(buffer.lines()[y])") }
        for line in buffer.lines() {
            #expect(Self.columns(line) == 30, "\(line)")
        }
    }

    @Test func aTableColumnAfterAnEmojiNameStartsWhereItShould() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 3))
        let table = Table(columns: [TableColumn("Name", width: .fixed(14)), TableColumn("Phone", width: .fill)])
        table.draw(rows: [[Self.name, "+33 6"], ["Bob", "+1 415"]], selected: 0, scroll: ListScroll(), in: buffer.bounds, on: &buffer)
        #expect(buffer[15, 1].text == "+")
        #expect(buffer[15, 2].text == "+")
        for line in buffer.lines().dropFirst() {
            let name = line.prefix { $0 != "+" }
            #expect(Self.columns(String(name)) == 15, "\(line)")
        }
    }

    @Test func tabsWithEmojiTitlesAreWhereTheBarSays() {
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        let hits = TabBar(titles: [Self.flag + " Main", Self.family, "Info"]).draw(active: 0, in: buffer.bounds, on: &buffer)
        #expect(hits.map(\.x) == [0, 11, 17])
        #expect(hits.map(\.width) == [11, 6, 8])
        #expect(buffer[17, 0].text == " " && buffer[18, 0].text == "3")
        let line = buffer.lines()[0]
        #expect(Self.columns(String(line.prefix { $0 != "3" })) == 18, "\(line)")
    }

    @Test func aTextFieldScrollsByClustersWidths() {
        var field = TextField(String(repeating: Self.family + Self.flag, count: 20))
        var buffer = ScreenBuffer(size: Size(width: 9, height: 1))
        let caret = field.draw(in: Rect(x: 0, y: 0, width: 9, height: 1), on: &buffer, style: .plain)
        #expect(buffer.lines() == [Self.family + Self.flag + Self.family + Self.flag])
        #expect(caret == Point(x: 8, y: 0))
    }
}
