import Testing
@testable import TerminalCore

/// The kept layout is wrapped again only around each edit (`TextAreaLayout.replace`): it must always
/// be the layout wrapped from scratch, and typing into a long note must cost a line, not the note.
@Suite struct TextAreaLayoutTests {
    /// A small seeded generator (SplitMix64), so a failure replays.
    struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test(arguments: [1, 2, 3, 5, 8, 13])
    func theLayoutKeptThroughEditsIsTheLayoutWrappedAfresh(width: Int) {
        let pieces: [KeyEvent] = [
            .character("a"), .character(" "), .character(" "), .character("山"), .character("\u{301}"), .character("🇫"),
            .character("🇷"), .enter, .backspace, .delete, .left, .right, .up, .down, .home, .end,
            .paste("word longer than any line "), .paste("e\u{301}t\u{E9} 👩‍👩‍👧‍👦🎉 x\n\ny"), .paste("\u{202E}"),
        ]
        var random = Seeded(state: UInt64(width))
        var area = TextArea("Prefers Inès; book her when possible.\n山田 🎉")
        var buffer = ScreenBuffer(size: Size(width: width, height: 4))
        for step in 0..<600 {
            if step % 7 == 0 { area.draw(in: Rect(x: 0, y: 0, width: width, height: 4), on: &buffer, style: .plain) }
            _ = area.handle(pieces[random.next(pieces.count)])
            if let kept = area.layout {
                let fresh = TextAreaLayout(area.characters, width: width)
                let same = kept == fresh
                #expect(same, "step \(step), width \(width), text \(area.text.debugDescription)")
                if !same { return }
            }
        }
        #expect(area.layout != nil, "the layout was kept, not made again")
    }

    /// Steps per character for `count` characters typed one key at a time with a frame after each
    /// (a terminal without bracketed paste), after a paste of `before` characters.
    static func typedWork(_ count: Int, after before: Int) -> Double {
        var area = TextArea()
        var buffer = ScreenBuffer(size: Size(width: 40, height: 3))
        _ = area.handle(.paste(TextAreaTests.text(before)))
        area.draw(in: Rect(x: 0, y: 0, width: 40, height: 3), on: &buffer, style: .plain)
        let start = area.work.steps
        for character in TextAreaTests.text(count) {
            _ = area.handle(character == "\n" ? .enter : .character(character))
            area.draw(in: Rect(x: 0, y: 0, width: 40, height: 3), on: &buffer, style: .plain)
        }
        return Double(area.work.steps - start) / Double(count)
    }

    @Test func typingKeyByKeyWithAFrameEachCostsTheSameInAShortOrALongNote() {
        let short = Self.typedWork(1_000, after: 0), long = Self.typedWork(1_000, after: 100_000)
        #expect(long / short < 1.5, "work per typed character: \(short) in a short note, \(long) after 100,000 characters")
        let more = Self.typedWork(10_000, after: 0)
        #expect(more / short < 1.5, "work per typed character: \(short) for 1,000, \(more) for 10,000")
    }
}
