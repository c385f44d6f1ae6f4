import Foundation

/// Finds a card number however it is written (PCI DSS: a PAN is never stored), in one pass over
/// the text's scalars: a 2 MB note costs a 2 MB walk, never a quadratic one.
///
/// - A digit is any Unicode decimal digit (ASCII, fullwidth `４`, Arabic-Indic `٤`, Devanagari…),
///   folded to its value before Luhn.
/// - Groups of digits are joined by a short run (at most `maximumSeparatorRun` characters) of
///   separators: spaces of every width (no-break, thin, narrow no-break, ideographic), tab, line
///   breaks, `.`, `/`, `-`, `_`, `,`, dashes and hyphens of every kind. A card number split across a
///   line break or written "4111 - 1111 - …" is still one sequence.
/// - Invisible format characters (zero-width space, joiners, direction marks, soft hyphen, BOM)
///   are skipped as if absent: a "4111\u{200B}1111…" reads as it shows.
/// - Anything else (a letter, `+`, `:`, a long gap) ends the sequence.
/// A window of whole consecutive groups (13–19 digits, not one repeated digit) passing Luhn is a match.
enum CardNumberScanner {
    /// Where a card number was found and its last four digits (for a mask).
    struct Match {
        let range: Range<String.Index>
        let lastFour: String
    }

    /// " - " is three characters; "\r\n" plus an indent a few more.
    static let maximumSeparatorRun = 4

    /// One group of digits: how many, and where it starts and ends in the text. Its digits are at
    /// the end of the scanner's one buffer, not in an array of their own: a text of 400,000 groups
    /// allocates nothing per group.
    private struct Group {
        var count: Int
        var start: String.Index
        var end: String.Index
    }

    static func firstMatch(in text: String) -> Match? { firstMatch(in: text[...]) }

    static func firstMatch(in text: Substring) -> Match? {
        // Nearly every field of every imported row has fewer than 13 digits in all: no card then.
        var asciiDigits = 0, hasNonASCII = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { asciiDigits += 1 } else if byte >= 0x80 { hasNonASCII = true }
        }
        if asciiDigits < 13 {
            guard hasNonASCII else { return nil }
            var digits = asciiDigits
            for scalar in text.unicodeScalars where scalar.value >= 0x80 && digitValue(scalar) != nil { digits += 1 }
            guard digits >= 13 else { return nil }
        }
        let scalars = text.unicodeScalars
        // The groups of the current sequence that a window ending at the newest group can reach
        // (at most 19 digits back), and their digits in order: bounded, so each group costs a constant.
        var groups: [Group] = []
        var digits: [UInt8] = []
        var current: Group?
        var separatorRun = 0
        func closeGroup() -> Match? {
            guard let group = current else { return nil }
            current = nil
            groups.append(group)
            if let match = windowEndingAtNewestGroup(groups, digits) { return match }
            // Drop the groups no later window can include (a window holds at most 19 digits).
            var kept = 0, keep = groups.count
            for index in groups.indices.reversed() {
                kept += groups[index].count
                keep = index
                if kept > 19 { break }
            }
            if keep > 0 {
                digits.removeFirst(groups[..<keep].reduce(0) { $0 + $1.count })
                groups.removeFirst(keep)
            }
            return nil
        }
        func endSequence() {
            groups.removeAll(keepingCapacity: true)
            digits.removeAll(keepingCapacity: true)
            separatorRun = 0
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if let value = digitValue(scalar) {
                // A sequence broken off has no groups left, so a new group here is joined to the
                // earlier ones only across a short run of separators.
                if current == nil { current = Group(count: 0, start: index, end: next) }
                current!.count += 1
                current!.end = next
                digits.append(value)
                separatorRun = 0
            } else if isTransparent(scalar) {
                // Invisible: neither joins nor breaks.
            } else if isSeparator(scalar) {
                if current != nil {
                    if let match = closeGroup() { return match }
                    separatorRun = 1
                } else if !groups.isEmpty {
                    separatorRun += 1
                    if separatorRun > maximumSeparatorRun { endSequence() }
                }
            } else {
                if let match = closeGroup() { return match }
                endSequence()
            }
            index = next
        }
        return closeGroup()
    }

    /// Every window of whole groups ending at the newest one, up to 19 digits: the first that is a card.
    private static func windowEndingAtNewestGroup(_ groups: [Group], _ digits: [UInt8]) -> Match? {
        var count = 0
        for start in groups.indices.reversed() {
            count += groups[start].count
            if count > 19 { return nil }
            guard count >= 13 else { continue }
            let window = digits[(digits.count - count)...]
            if window.contains(where: { $0 != window.first }), Luhn.isValid(digits: window) {
                let lastFour = String(window.suffix(4).map { Character(String($0)) })
                return Match(range: groups[start].start..<groups[groups.count - 1].end, lastFour: lastFour)
            }
        }
        return nil
    }

    /// The value of a decimal digit in any script; nil for anything else (Roman numerals and
    /// superscripts are numbers but not decimal digits).
    static func digitValue(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 ? UInt8(scalar.value - 0x30) : nil }
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return UInt8(value)
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2E, 0x2F, 0x2D, 0x5F, 0x2C: true          // space, tab, LF, CR . / - _ ,
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true                  // spaces of every width
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: true                // hyphens, en/em dashes, minus
        case 0xFF0E, 0xFF0F, 0xFF0C, 0xFF3F, 0x3001, 0x3002, 0x2024, 0x2027: true // fullwidth . / , _ and dots
        case 0x85, 0x2028, 0x2029: true                                           // other line breaks
        default: false
        }
    }

    /// Characters that show nothing: a zero-width space between digits must not hide a number.
    static func isTransparent(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return false }
        return scalar.properties.generalCategory == .format
    }
}
