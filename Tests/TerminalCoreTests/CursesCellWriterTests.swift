import Testing
@testable import TerminalCore
@testable import TerminalNcurses

/// What reaches curses for each cell: one `cchar_t` that `setcchar` keeps whole, taking in curses
/// the columns the buffer gave it, so nothing persists onto later frames (issue 12, point 9).
@Suite struct CursesCellWriterTests {
    /// glibc's `wcwidth` for what these tests draw (Debian 12): joiners, selectors and accents 0;
    /// CJK, emoji and skin tones 2; a regional indicator, "❤" and the rest 1.
    static func cWidth(_ code: UInt32) -> Int {
        if [0x200D, 0xFE0F, 0x20E3].contains(code) || (0x300...0x36F).contains(code) { return 0 }
        return DisplayWidth.isWide(code) ? 2 : 1
    }

    static let writer = CursesCellWriter(width: cWidth)

    /// A model of curses' screen: per column the characters `setcchar` kept, or the right half of
    /// the wide character on its left. `mvadd_wch` is modelled as ncurses does it: a spacing
    /// character with the width-0 ones after it (at most 5), taking its first character's width,
    /// and a wide character cut in half by a write leaves a space.
    struct CursesScreen: Equatable {
        enum Column: Equatable { case text([UInt32]), rightHalf }
        var rows: [[Column]]

        init(_ size: Size) { rows = Array(repeating: Array(repeating: .text([0x20]), count: size.width), count: size.height) }

        mutating func apply(_ write: CursesCellWriter.Write) {
            var kept = Array(write.characters.prefix(CursesCellWriter.charactersPerCell))
            if let cut = kept.indices.dropFirst().first(where: { cWidth(kept[$0]) != 0 }) { kept = Array(kept[..<cut]) }
            let (x, y) = (write.point.x, write.point.y)
            let width = cWidth(kept[0])
            if rows[y][x] == .rightHalf { rows[y][x - 1] = .text([0x20]) }
            if x + 1 < rows[y].count, rows[y][x + 1] == .rightHalf, width == 1 { rows[y][x + 1] = .text([0x20]) }
            rows[y][x] = .text(kept)
            if width == 2, x + 1 < rows[y].count {
                if x + 2 < rows[y].count, rows[y][x + 2] == .rightHalf { rows[y][x + 2] = .text([0x20]) }
                rows[y][x + 1] = .rightHalf
            }
        }

        mutating func show(_ buffer: ScreenBuffer, after previous: ScreenBuffer?) {
            for write in CursesCellWriterTests.writer.writes(for: buffer, previous: previous) { apply(write) }
        }
    }

    static let clusters = "👩‍👩‍👧‍👦🎉🇫🇷👍🏽e\u{0301}漢❤️1️⃣"

    static func frame(_ text: String) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: Size(width: 24, height: 1))
        buffer.write(text + "|", at: Point(x: 0, y: 0))
        return buffer
    }

    @Test func everyCellIsOneCcharThatSetccharKeepsWhole() {
        for write in Self.writer.writes(for: Self.frame(Self.clusters), previous: nil) {
            let tail = write.characters.dropFirst()
            #expect(write.characters.count <= CursesCellWriter.charactersPerCell)
            #expect(tail.allSatisfy { Self.cWidth($0) == 0 }, "\(write.characters.map { String($0, radix: 16) })")
            #expect(tail.last != 0x200D, "a dangling joiner would join whatever curses writes next")
        }
    }

    @Test func clustersCursesCanHoldAreWrittenWholeAndTheOthersAsTheirFirstCharacter() {
        let writes = Self.writer.writes(for: Self.frame(Self.clusters), previous: nil)
        let byColumn = Dictionary(writes.map { ($0.point.x, $0.characters) }, uniquingKeysWith: { first, _ in first })
        #expect(byColumn[0] == [0x1F469])             // 👩‍👩‍👧‍👦: 7 scalars, drawn as its first emoji
        #expect(byColumn[2] == [0x1F389])             // 🎉 whole
        #expect(byColumn[4] == [0x1F1EB])             // 🇫🇷: two regional indicators…
        #expect(byColumn[5] == [0x1F1F7])             // …one per column
        #expect(byColumn[6] == [0x1F44D])             // 👍🏽: curses would drop the tone; the thumb in 2 columns
        #expect(byColumn[8] == [0x65, 0x301])         // é: a letter and its accent, one cell
        #expect(byColumn[9] == [0x6F22])              // 漢
        #expect(byColumn[11] == [0x2764] && byColumn[12] == [0x20])   // ❤️: "❤" is narrow for curses, and a space
        #expect(byColumn[13] == [0x31] && byColumn[14] == [0x20])     // 1️⃣ likewise
        #expect(byColumn[15] == [0x7C])               // the border where the buffer put it
    }

    @Test func cursesColumnsMatchTheBuffer() {
        let buffer = Self.frame(Self.clusters)
        var screen = CursesScreen(buffer.size)
        screen.show(buffer, after: nil)
        for x in 0..<buffer.size.width {
            let column = screen.rows[0][x]
            if buffer[x, 0].isContinuation {
                // The right half of what is on its left, or the column written beside a narrow fallback.
                #expect(column == .rightHalf || Self.cWidth({ if case .text(let c) = screen.rows[0][x - 1] { c[0] } else { 0 } }()) == 1, "column \(x)")
            } else {
                #expect(column != .rightHalf, "column \(x) starts a cell in the buffer but is covered in curses")
            }
        }
        #expect(screen.rows[0][15] == .text([0x7C]))
    }

    /// Redrawn over the frame before, the screen is what a fresh draw of the new frame would be:
    /// shorter text over wide clusters, and wide clusters over text (where a cell curses takes as
    /// narrow used to leave the old character in its second column).
    @Test func aShorterTextOverAWideOneLeavesNoFragment() {
        let pairs = [(Self.clusters, "ab"), ("🇫🇷🇫🇷🇫🇷", "x"), ("漢字漢字", "a漢"), ("❤️❤️", "ab"), (Self.clusters, String(Self.clusters.dropFirst())),
                     ("abcdefghijklmnop", Self.clusters), ("ab", "🇫🇷"), ("xy", "❤️"), ("abcd", "👍🏽")]
        for (before, after) in pairs {
            var redrawn = CursesScreen(Size(width: 24, height: 1))
            redrawn.show(Self.frame(before), after: nil)
            redrawn.show(Self.frame(after), after: Self.frame(before))
            var fresh = CursesScreen(Size(width: 24, height: 1))
            fresh.show(Self.frame(after), after: nil)
            #expect(redrawn == fresh, "“\(after)” over “\(before)”")
        }
    }
}
