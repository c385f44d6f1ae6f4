import Foundation

/// How alike two people's names are, for "possible" duplicates (PRODUCT §5): the same once
/// accents and case are set aside, an initial for a given name, one slip of the keyboard (a letter
/// dropped, added, changed, or two swapped), a short form of the given name ("Bob" for Robert,
/// "Pepe" for José, from `GivenNameEquivalents`), a compound given name by its parts ("Jean-Phi"
/// for Jean-Philippe, "Mary" for Mary Ann), or the given and family names swapped. Never a match
/// when a name is missing on either side: a profile with only a company or an email is not
/// compared by name. Never a man's and a woman's form of one name either (Robert and Roberta,
/// Jean and Jeanne, Francisco and Francisca): two people of one family at one address.
public enum NameSimilarity: Int, Comparable, Sendable, Codable {
    /// Kept in order of certainty: a lower raw value is more certain.
    case identical = 0, accentsOrCase, initial, typo, shortForm, compoundPart, swapped

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// What a person reads in the review screen (`NameMatch.sentence` names the names when it can).
    public var phrase: String {
        switch self {
        case .identical: "the same name"
        case .accentsOrCase: "the same name but for accents"
        case .initial: "the same name, one with an initial"
        case .typo: "nearly the same name"
        case .shortForm: "one given name a short form of the other"
        case .compoundPart: "one given name part of the other"
        case .swapped: "the same names, given and family swapped"
        }
    }

    /// The weakest of the given-name and family-name matches, or nil when the names differ.
    public static func compare(given a: String, family b: String, withGiven c: String, family d: String) -> NameSimilarity? {
        match(given: a, family: b, withGiven: c, family: d)?.similarity
    }

    /// `compare` with the words of the rule that matched, for the reason a person reads.
    public static func match(given a: String, family b: String, withGiven c: String, family d: String) -> NameMatch? {
        let givenA = CustomerValidator.trimmed(a), familyB = CustomerValidator.trimmed(b)  // ASCII fast path, not Foundation
        let givenC = CustomerValidator.trimmed(c), familyD = CustomerValidator.trimmed(d)
        guard !givenA.isEmpty, !familyB.isEmpty, !givenC.isEmpty, !familyD.isEmpty else { return nil }
        let lettersB = familyB == familyD ? [] : folded(familyB), lettersD = familyB == familyD ? [] : folded(familyD)
        if let family = familyB == familyD ? .identical : compareFamily(lettersB, lettersD) {
            guard let given = compareGiven(givenA, givenC) else { return nil }
            // A short form or a part is one rule already: not with a slip in the family name too.
            if given.similarity >= .shortForm && family > .accentsOrCase { return nil }
            return given.similarity >= family ? given : NameMatch(similarity: family)
        }
        // "García Ana" for Ana García: each name the other's but for accents and case; one of the
        // two may be an initial ("García J."), not both.
        let lettersC = folded(givenC)
        guard let swappedFamily = sameOrInitial(familyB, lettersB, givenC, lettersC) else { return nil }
        let lettersA = folded(givenA)
        guard let swappedGiven = sameOrInitial(givenA, lettersA, familyD, lettersD), swappedFamily || swappedGiven else { return nil }
        return NameMatch(similarity: .swapped)
    }

    /// True when the two are the same but for accents, false when one is the other's initial, else nil.
    static func sameOrInitial(_ left: String, _ foldedLeft: [UInt8], _ right: String, _ foldedRight: [UInt8]) -> Bool? {
        guard !foldedLeft.isEmpty, !foldedRight.isEmpty else { return nil }
        if foldedLeft == foldedRight { return true }
        return isInitial(left, of: foldedRight, folded: foldedLeft) || isInitial(right, of: foldedLeft, folded: foldedRight) ? false : nil
    }

    /// Family names: the same, but for accents, or one slip apart.
    static func compareFamily(_ left: [UInt8], _ right: [UInt8]) -> NameSimilarity? {
        guard !left.isEmpty, !right.isEmpty else { return nil }
        if left == right { return .accentsOrCase }
        return isTypo(left, right) ? .typo : nil
    }

    /// Given names, trimmed: every rule, the surest first.
    static func compareGiven(_ left: String, _ right: String) -> NameMatch? {
        if left == right { return NameMatch(similarity: .identical) }
        let foldedLeft = folded(left), foldedRight = folded(right)
        guard !foldedLeft.isEmpty, !foldedRight.isEmpty else { return nil }
        if foldedLeft == foldedRight { return NameMatch(similarity: .accentsOrCase) }
        if isInitial(left, of: foldedRight, folded: foldedLeft) || isInitial(right, of: foldedLeft, folded: foldedRight)
            || isInitialOfFullName(left, foldedLeft, of: foldedRight) || isInitialOfFullName(right, foldedRight, of: foldedLeft) {
            return NameMatch(similarity: .initial)
        }
        if let equivalence = GivenNameEquivalents.equivalence(foldedLeft, foldedRight) {
            return NameMatch(shortForm: equivalence, left, right)
        }
        if areOtherGenderForms(foldedLeft, foldedRight) { return nil }
        if isCompound(left) || isCompound(right) { return compareCompound(left, foldedLeft, right, foldedRight) }
        return isTypo(foldedLeft, foldedRight) ? NameMatch(similarity: .typo) : nil
    }

    /// "Jean-Luc", "María José": compared part by part; "Mary" is the first part of "Mary Ann".
    static func compareCompound(_ left: String, _ foldedLeft: [UInt8], _ right: String, _ foldedRight: [UInt8]) -> NameMatch? {
        let leftParts = parts(left), rightParts = parts(right)
        if leftParts.count == rightParts.count {
            var weakest = NameSimilarity.accentsOrCase, words: [String] = [], allAlike = true
            for (l, r) in zip(leftParts, rightParts) where l.folded != r.folded {
                if let equivalence = GivenNameEquivalents.equivalence(l.folded, r.folded) {
                    weakest = max(weakest, .shortForm)
                    words = NameMatch(shortForm: equivalence, l.written, r.written).words
                } else if areOtherGenderForms(l.folded, r.folded) {
                    return nil  // Jean-Marie and Jeanne-Marie
                } else if isInitial(l.written, of: r.folded, folded: l.folded) || isInitial(r.written, of: l.folded, folded: r.folded) {
                    weakest = max(weakest, .initial)
                } else if isTypo(l.folded, r.folded) {
                    weakest = max(weakest, .typo)
                } else {
                    allAlike = false
                }
            }
            if allAlike { return NameMatch(similarity: weakest, words: words) }
        } else {
            let (fewer, more, fewerWritten, moreWritten) = leftParts.count < rightParts.count
                ? (leftParts, rightParts, left, right) : (rightParts, leftParts, right, left)
            if !fewer.isEmpty, zip(fewer, more).allSatisfy({ $0.folded == $1.folded }) {
                return NameMatch(similarity: .compoundPart, words: [fewerWritten, moreWritten])
            }
            if let first = fewer.first, let other = more.first, areOtherGenderForms(first.folded, other.folded) { return nil }
        }
        // A slip across the parts: "Jean-Lc" for Jean-Luc.
        return isTypo(foldedLeft, foldedRight) ? NameMatch(similarity: .typo) : nil
    }

    static func isCompound(_ name: String) -> Bool { name.utf8.contains { $0 == 0x20 || $0 == 0x2D } }

    /// The words of a given name split at spaces and hyphens, as written and folded.
    static func parts(_ name: String) -> [(written: String, folded: [UInt8])] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { part in
            let letters = folded(String(part))
            return letters.isEmpty ? nil : (String(part), letters)
        }
    }

    /// One slip in a short name, two in a long one; three letters at least, so "Al" ≠ "Ali".
    static func isTypo(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        let shorter = min(left.count, right.count)
        let allowed = shorter >= 8 ? 2 : (shorter >= 3 ? 1 : 0)
        guard allowed > 0, abs(left.count - right.count) <= allowed else { return false }
        return editDistance(left, right, limit: allowed) <= allowed
    }

    /// A man's and a woman's form of one name (folded letters): Robert/Roberta, Louis/Louise,
    /// Jean/Jeanne, Daniel/Danielle, Paul/Pauline, Francisco/Francisca, Francis/Frances. Two people,
    /// however close the letters; checked after the table, which keeps Ann/Anne and Julia/Julie.
    static func areOtherGenderForms(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 3 else { return false }
        if short.count == long.count {
            guard short.dropLast().elementsEqual(long.dropLast()) else { return otherGenderPairs.contains([short, long]) }
            let ends: Set<UInt8> = [short[short.count - 1], long[long.count - 1]]
            return ends == [0x61, 0x6F]  // a and o
        }
        guard long.starts(with: short) else { return false }
        let suffix = Array(long[short.count...])
        if suffix.count == 1 {
            // After a consonant only: not "Ana" and "Anaa" (a letter typed twice), nor "Mari" and "Marie".
            return (suffix[0] == 0x61 || suffix[0] == 0x65) && !vowels.contains(short[short.count - 1])
        }
        return feminineEndings.contains(suffix)
    }

    static let vowels: Set<UInt8> = Set("aeiouy".utf8)
    static let feminineEndings: Set<[UInt8]> = Set(["ne", "le", "te", "ine", "ina", "ette", "elle", "ita"].map { Array($0.utf8) })
    /// Pairs the shapes above miss, both orders of each.
    static let otherGenderPairs: Set<[[UInt8]]> = Set([("francis", "frances")].flatMap { a, b in
        [[Array(a.utf8), Array(b.utf8)], [Array(b.utf8), Array(a.utf8)]]
    })

    /// The folded letters of a name, the form the table and the slips are counted in.
    static func folded(_ name: String) -> [UInt8] { letters(SearchFolding.fold(name)) }

    /// "J." for Pepe: the initial of a full name the other is a short form of (José).
    static func isInitialOfFullName(_ written: String, _ folded: [UInt8], of short: [UInt8]) -> Bool {
        guard folded.count == 1, written.count <= 2, written.count == 1 || written.hasSuffix(".") else { return false }
        return GivenNameEquivalents.fullNameInitials(of: short).contains(folded[0])
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

/// Which rule found two names alike, with the given names it is about as the profiles write them.
public struct NameMatch: Hashable, Sendable {
    public var similarity: NameSimilarity
    /// A short form: the short then the full name ("Bob", "Robert"), or two short forms then their
    /// full name ("Bob", "Bobby", "Robert"); a compound: the part then the whole; else empty.
    public var words: [String]

    public init(similarity: NameSimilarity, words: [String] = []) {
        self.similarity = similarity
        self.words = words
    }

    init(shortForm equivalence: GivenNameEquivalents.Equivalence, _ left: String, _ right: String) {
        switch equivalence {
        case .firstIsShortForm: self.init(similarity: .shortForm, words: [left, right])
        case .secondIsShortForm: self.init(similarity: .shortForm, words: [right, left])
        case .bothShortFor(let full): self.init(similarity: .shortForm, words: [left, right, GivenNameEquivalents.capitalized(full)])
        }
    }

    /// "Bob is a short form of Robert", or the similarity's phrase.
    public var sentence: String {
        switch similarity {
        case .shortForm where words.count == 3: "\(words[0]) and \(words[1]) are both short for \(words[2])"
        case .shortForm where words.count == 2: "\(words[0]) is a short form of \(words[1])"
        case .compoundPart where words.count == 2: "\(words[0]) is part of \(words[1])"
        default: similarity.phrase
        }
    }
}
