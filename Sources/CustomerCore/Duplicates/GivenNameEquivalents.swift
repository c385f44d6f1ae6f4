import Foundation

/// Given names that are one person's: a full name and its short forms ("Robert" and "Bob"), or two
/// short forms of one name that begin alike ("Bob" and "Bobby"). Not transitive: "Bobbie" is short
/// for Roberta and "Robbie" for both, yet Robert and Roberta are two people. Looked up by the
/// folded letters of the name ("jose" for "José", "jeanphilippe" for "Jean-Philippe"), a hash
/// lookup per name, only for names the plainer rules did not already match.
enum GivenNameEquivalents {
    /// How two given names are one name.
    enum Equivalence: Equatable {
        /// The first name written is a short form of the second.
        case firstIsShortForm
        /// The second name written is a short form of the first.
        case secondIsShortForm
        /// Both are short forms of this full name (as the table writes it).
        case bothShortFor(String)
    }

    struct Entry {
        let group: Int32
        let isFullName: Bool
    }

    struct Table {
        var entries: [[UInt8]: [Entry]] = [:]
        var fullNames: [String] = []
    }

    /// Parsed the first time a name is looked up; a `static let` is initialised once, thread-safely.
    static let table: Table = {
        var table = Table()
        var groupOfFullName: [[UInt8]: Int32] = [:]
        for line in (GivenNameTable.english + "\n" + GivenNameTable.spanishAndFrench).split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard let full = words.first else { continue }
            let fullKey = key(full)
            let group: Int32
            if let known = groupOfFullName[fullKey] {
                group = known  // a name the English list has and our lines add to
            } else {
                group = Int32(table.fullNames.count)
                groupOfFullName[fullKey] = group
                table.fullNames.append(full)
                table.entries[fullKey, default: []].append(Entry(group: group, isFullName: true))
            }
            for short in words.dropFirst() {
                let shortKey = key(short)
                guard shortKey != fullKey, !(table.entries[shortKey]?.contains { $0.group == group } ?? false) else { continue }
                table.entries[shortKey, default: []].append(Entry(group: group, isFullName: false))
            }
        }
        return table
    }()

    /// The folded letters a name is looked up by.
    static func key(_ name: String) -> [UInt8] { NameSimilarity.letters(SearchFolding.fold(name)) }

    /// How `first` and `second` (folded letters) are one name, or nil.
    static func equivalence(_ first: [UInt8], _ second: [UInt8]) -> Equivalence? {
        let table = table
        guard let left = table.entries[first], let right = table.entries[second] else { return nil }
        var shared: Equivalence?
        var firstIsShort = false, secondIsShort = false
        for a in left {
            for b in right where a.group == b.group {
                if a.isFullName { secondIsShort = true; continue }
                if b.isFullName { firstIsShort = true; continue }
                // Two short forms of one name only when they begin alike: Bob and Bobby, Liz and
                // Lizzie; not Bert and Bob, which other names share too (Albert, Herbert).
                if shared == nil, first.count >= 2, second.count >= 2, first[0] == second[0], first[1] == second[1] {
                    shared = .bothShortFor(table.fullNames[Int(a.group)])
                }
            }
        }
        // The list pairs some both ways ("bob" has "robert" too): the shorter is the short form then.
        if firstIsShort && secondIsShort { return first.count <= second.count ? .firstIsShortForm : .secondIsShortForm }
        if firstIsShort { return .firstIsShortForm }
        if secondIsShort { return .secondIsShortForm }
        return shared
    }

    /// The first letters (folded) of the full names `short` is a short form of: "j" for Pepe (José).
    static func fullNameInitials(of short: [UInt8]) -> [UInt8] {
        let table = table
        guard let entries = table.entries[short] else { return [] }
        return entries.compactMap { $0.isFullName ? nil : key(table.fullNames[Int($0.group)]).first }
    }

    /// A full name of the table as a person writes it: "jean-philippe" → "Jean-Philippe".
    static func capitalized(_ name: String) -> String {
        name.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }
}
