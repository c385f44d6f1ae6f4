import Foundation

/// The slips that make one person two profiles without sharing an email or a phone: a letter
/// dropped, two swapped, one typed twice, or the accents left out. One slip only, because that is
/// what the duplicate detector promises to see ("nearly the same name"); more would plant
/// duplicates no one could be asked to find. For the same reason a slip never touches a letter
/// that folding leaves outside ASCII (ø, ł): the detector counts its edits in the folded name's
/// bytes, where such a letter is two, so one slip there would be two.
public enum NameSlip: String, Sendable, CaseIterable {
    case droppedLetter = "dropped-letter"
    case swappedLetters = "swapped-letters"
    case doubledLetter = "doubled-letter"
    case droppedAccents = "dropped-accents"

    /// `name` with one slip, never `name` itself (two letters are swapped only when they differ).
    /// A letter is dropped or swapped only inside the name (never its first or last) and only in a
    /// name of four letters or more, so three letters are left at least (below that a slip makes
    /// another name: "Li" and "L").
    public static func apply(to name: SampleName, _ random: inout SplitMix64) -> String {
        let letters = Array(name.written)
        let foldsToOneByte = letters.map { String($0).folding(options: .diacriticInsensitive, locale: nil).utf8.count == 1 }
        var places: [NameSlip: [Int]] = [.doubledLetter: letters.indices.filter { foldsToOneByte[$0] }]
        if letters.count >= 4 {
            places[.droppedLetter] = (1...(letters.count - 2)).filter { foldsToOneByte[$0] }
            places[.swappedLetters] = (1...(letters.count - 3)).filter { foldsToOneByte[$0] && foldsToOneByte[$0 + 1] && letters[$0] != letters[$0 + 1] }
        }
        var choices = NameSlip.allCases.filter { !(places[$0] ?? []).isEmpty }
        if name.plain != name.written { choices.append(.droppedAccents) }
        // Only a name with no letter folding to ASCII (none of the vocabulary's) has no place for a slip.
        guard !choices.isEmpty else { return name.written + String(letters.last ?? "x") }
        let slip = random.pick(choices)
        var result = letters
        switch slip {
        case .droppedAccents:
            return name.plain
        case .doubledLetter:
            let at = random.pick(places[slip]!)
            result.insert(letters[at], at: at)
        case .droppedLetter:
            result.remove(at: random.pick(places[slip]!))
        case .swappedLetters:
            let at = random.pick(places[slip]!)
            result.swapAt(at, at + 1)
        }
        return String(result)
    }
}
