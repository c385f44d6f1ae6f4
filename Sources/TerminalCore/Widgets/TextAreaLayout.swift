/// A text area's text wrapped into visual lines at one width: each line is a range of character
/// indices. Words are kept whole where they fit (a line breaks after a space), a word wider than the
/// line is broken by grapheme, and a wide grapheme that would straddle the right edge starts the next
/// line. One space may hang past the edge at a soft break (it is not drawn), so a line never starts
/// with the space that ended the word before it.
struct TextAreaLayout: Hashable, Sendable {
    /// One visual line: `characters[start..<end]`. `endsParagraph` when a "\n" (at `end`) or the end of
    /// the text follows; otherwise the next line starts at `end` (a soft wrap).
    struct Line: Hashable, Sendable {
        var start: Int
        var end: Int
        var endsParagraph: Bool
    }

    let width: Int
    private(set) var lines: [Line] = []

    init(_ characters: [Character], width requested: Int) {
        width = max(1, requested)
        var index = 0
        repeat {
            var paragraphEnd = index
            while paragraphEnd < characters.count, characters[paragraphEnd] != "\n" { paragraphEnd += 1 }
            wrap(characters, from: index, to: paragraphEnd)
            index = paragraphEnd + 1
        } while index <= characters.count
    }

    /// Greedy wrapping of one paragraph (a logical line, without its "\n").
    private mutating func wrap(_ characters: [Character], from start: Int, to end: Int) {
        var index = start
        repeat {
            let lineStart = index
            var column = 0
            // Where the line may end at a word boundary: just after the last space placed on it.
            var afterSpace: Int?
            while index < end {
                let character = characters[index]
                let width = Self.drawn(character).width
                if character == " " {
                    // A space fits while the line is not full, and one may hang just past the edge.
                    if column > self.width { break }
                    column += width
                    index += 1
                    afterSpace = index
                    continue
                }
                if column + width > self.width, index > lineStart {
                    if let afterSpace, afterSpace > lineStart { index = afterSpace }
                    break
                }
                column += width
                index += 1
            }
            if index == lineStart { index += 1 }  // never an empty soft line: always progress
            lines.append(Line(start: lineStart, end: min(index, end), endsParagraph: index >= end))
        } while index < end
    }

    /// The visual line the caret at `position` is on: a position where a soft line ends belongs to the next.
    func line(containing position: Int) -> Int {
        var low = 0, high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= position { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The last caret position on a line: its end when a paragraph ends there, else before its last character.
    func lastCaretPosition(ofLine index: Int) -> Int {
        let line = lines[index]
        return line.endsParagraph ? line.end : max(line.start, line.end - 1)
    }

    /// The display column of the caret at `position` on line `index`.
    func column(of position: Int, inLine index: Int, characters: [Character]) -> Int {
        var column = 0
        for i in lines[index].start..<min(position, lines[index].end) { column += Self.drawn(characters[i]).width }
        return column
    }

    /// The caret position on line `index` nearest to `column` without passing it (a wide character
    /// the column falls inside is not entered).
    func position(atColumn goal: Int, inLine index: Int, characters: [Character]) -> Int {
        let last = lastCaretPosition(ofLine: index)
        var position = lines[index].start, column = 0
        while position < last {
            let width = Self.drawn(characters[position]).width
            if column + width > goal { break }
            column += width
            position += 1
        }
        return position
    }

    /// A character as it will be drawn (sanitised: a control shows as its placeholder) and its columns.
    static func drawn(_ character: Character) -> (text: String, width: Int) {
        if character.isASCII, let value = character.asciiValue, value >= 0x20, value < 0x7F {
            return (String(character), 1)
        }
        return TextField.drawn(character)
    }
}
