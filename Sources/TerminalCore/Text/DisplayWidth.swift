/// How many terminal columns text takes, by grapheme cluster, from tables (not the C locale),
/// so tests give the same answer everywhere. Accents take 0 extra columns, CJK and emoji 2.
/// Every widget measures through here, over Swift's one segmentation into extended grapheme
/// clusters (`Character`), and `ScreenBuffer` puts one whole cluster in a cell.
public enum DisplayWidth {
    /// Ranges of East Asian Wide and Fullwidth code points (Unicode 15, EastAsianWidth.txt W/F).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
        0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < wideRanges[mid].lowerBound { high = mid - 1 } else if value > wideRanges[mid].upperBound { low = mid + 1 } else { return true }
        }
        return false
    }

    /// Columns of one grapheme cluster (an extended grapheme cluster: Swift's `Character`): 0, 1 or 2.
    /// A cluster is measured as a whole, never as the sum of its scalars: an emoji sequence is one
    /// two-column picture, an accent adds nothing to its letter.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return 0 }
        if scalars.count > 1, isEmojiSequence(scalars) { return 2 }
        if first.value < 0x300 { return 1 }  // Latin, including precomposed accents
        if isWide(first.value) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// Whether a cluster of several scalars is drawn as one emoji picture: a flag (two regional
    /// indicators, "🇫🇷"), or an emoji followed by the emoji presentation selector U+FE0F ("❤️",
    /// "1️⃣"), a skin tone ("👍🏽", "☝🏽") or a zero-width joiner ("👩‍👩‍👧‍👦"). Terminals draw each in
    /// two columns even where its first scalar alone takes one (a regional indicator, "❤", "☝").
    static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
        guard let first = scalars.first else { return false }
        let rest = scalars.dropFirst()
        if (0x1F1E6...0x1F1FF).contains(first.value) {
            return rest.first.map { (0x1F1E6...0x1F1FF).contains($0.value) } ?? false
        }
        guard first.properties.isEmoji else { return false }
        return rest.contains { $0.value == 0xFE0F || $0.value == 0x200D || (0x1F3FB...0x1F3FF).contains($0.value) }
    }

    /// Columns of a whole string.
    public static func of(_ text: String) -> Int {
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    /// The longest prefix that fits in `width` columns, ending with `ellipsis` when cut.
    /// The text is sanitised first, so what is measured is what will be drawn.
    public static func truncate(_ raw: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let text = TextSanitizer.sanitize(raw)
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return "" }
        var result = "", used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }

    /// The text cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, toWidth: width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }
}
