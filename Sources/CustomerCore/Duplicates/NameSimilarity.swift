import Foundation

/// How alike two people's names are, for "possible" duplicates (PRODUCT §5): the same once
/// accents and case are set aside, an initial for a given name, or one slip of the keyboard
/// (a letter dropped, added, changed, or two swapped). Never a match when a name is missing
/// on either side: a profile with only a company or an email is not compared by name.
public enum NameSimilarity: Int, Comparable, Sendable, Codable {
    /// Kept in order of certainty: a lower raw value is more certain.
    case identical = 0, accentsOrCase, initial, typo

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// What a person reads in the review screen.
    public var phrase: String {
        switch self {
        case .identical: "the same name"
        case .accentsOrCase: "the same name but for accents"
        case .initial: "the same name, one with an initial"
        case .typo: "nearly the same name"
        }
    }

    /// The weakest of the given-name and family-name matches, or nil when the names differ.
    public static func compare(given a: String, family b: String, withGiven c: String, family d: String) -> NameSimilarity? {
        guard let family = compareWord(b, d, allowInitial: false),
              let given = compareWord(a, c, allowInitial: true) else { return nil }
        return max(family, given)
    }

    /// Compares the folded forms; "J." and "José" match as an initial.
    static func compareWord(_ lhs: String, _ rhs: String, allowInitial: Bool) -> NameSimilarity? {
        let left = CustomerValidator.trimmed(lhs), right = CustomerValidator.trimmed(rhs)  // ASCII fast path, not Foundation
        guard !left.isEmpty, !right.isEmpty else { return nil }
        if left == right { return .identical }
        let foldedLeft = letters(SearchFolding.fold(left)), foldedRight = letters(SearchFolding.fold(right))
        guard !foldedLeft.isEmpty, !foldedRight.isEmpty else { return nil }
        if foldedLeft == foldedRight { return .accentsOrCase }
        if allowInitial, isInitial(left, of: foldedRight, folded: foldedLeft) || isInitial(right, of: foldedLeft, folded: foldedRight) {
            return .initial
        }
        let shorter = min(foldedLeft.count, foldedRight.count)
        // One slip in a short name, two in a long one; three letters at least, so "Al" ≠ "Ali".
        let allowed = shorter >= 8 ? 2 : (shorter >= 3 ? 1 : 0)
        guard allowed > 0, abs(foldedLeft.count - foldedRight.count) <= allowed else { return nil }
        return editDistance(foldedLeft, foldedRight, limit: allowed) <= allowed ? .typo : nil
    }

    /// "J" or "J." standing for a name that starts with j.
    static func isInitial(_ written: String, of other: [UInt8], folded: [UInt8]) -> Bool {
        folded.count == 1 && written.count <= 2 && (written.count == 1 || written.hasSuffix(".")) && other.first == folded.first && other.count > 1
    }

    /// Letters and digits of a folded name, as bytes (folded names of our shops are ASCII;
    /// other scripts keep their UTF-8 bytes, which still compare for equality).
    static func letters(_ folded: String) -> [UInt8] {
        Array(folded.utf8.filter { $0 >= 0x80 || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) })
    }

    /// Damerau–Levenshtein distance (adjacent swaps count one), stopping early past `limit`.
    public static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        let n = a.count, m = b.count
        if n == 0 { return m }
        if m == 0 { return n }
        var previous2 = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMinimum = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[m]
    }
}
