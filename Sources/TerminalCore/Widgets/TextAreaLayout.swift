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
        var start = 0
        while true {
            let line = Self.line(from: start, in: characters, width: width)
            lines.append(line)
            guard let next = Self.start(after: line, count: characters.count) else { break }
            start = next
        }
    }

    /// Where the line after `line` starts: after its "\n", or where it was wrapped; nil after the last.
    static func start(after line: Line, count: Int) -> Int? {
        if line.endsParagraph { return line.end < count ? line.end + 1 : nil }
        return line.end
    }

    /// The visual line starting at `lineStart` (greedy: as many whole words as fit). It depends on the
    /// characters from `lineStart` on only, and reads at most into the first character of the line after
    /// next (the word that did not fit is narrower than a line): what lets an edit wrap again only nearby.
    static func line(from lineStart: Int, in characters: [Character], width limit: Int) -> Line {
        var index = lineStart, column = 0
        // Where the line may end at a word boundary: just after the last space placed on it.
        var afterSpace: Int?
        while index < characters.count {
            let character = characters[index]
            if character == "\n" { return Line(start: lineStart, end: index, endsParagraph: true) }
            let width = drawn(character).width
            if character == " " {
                // A space fits while the line is not full, and one may hang just past the edge.
                if column > limit { return Line(start: lineStart, end: index, endsParagraph: false) }
                column += width
                index += 1
                afterSpace = index
                continue
            }
            if column + width > limit, index > lineStart {
                return Line(start: lineStart, end: afterSpace ?? index, endsParagraph: false)
            }
            column += width
            index += 1
        }
        return Line(start: lineStart, end: index, endsParagraph: true)
    }

    /// Wraps again after `removed` characters at `position` were replaced by `inserted` ones (`characters`
    /// is the new text): from two lines before the edit (whose look-ahead may reach it) until a line starts
    /// where an old line started after the edit (from there the old lines hold, shifted). Returns the steps
    /// taken, characters wrapped and lines shifted: typing costs a line or two, not the whole text.
    mutating func replace(at position: Int, removed: Int, inserted: Int, in characters: [Character]) -> Int {
        let delta = inserted - removed, oldEnd = position + removed
        let first = max(0, line(containing: position) - 2)
        var fresh: [Line] = []
        var start = lines[first].start, resume = lines.count, old = first, steps = 0
        while true {
            let line = Self.line(from: start, in: characters, width: width)
            fresh.append(line)
            steps += line.end - line.start + 1
            guard let next = Self.start(after: line, count: characters.count) else { break }
            start = next
            let oldStart = start - delta
            guard oldStart >= oldEnd else { continue }
            while old < lines.count, lines[old].start < oldStart { old += 1 }
            if old < lines.count, lines[old].start == oldStart {
                resume = old
                break
            }
        }
        let shifted = lines.count - resume
        if delta != 0 {
            for index in resume..<lines.count {
                lines[index].start += delta
                lines[index].end += delta
            }
        }
        lines.replaceSubrange(first..<resume, with: fresh)
        return steps + shifted
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
