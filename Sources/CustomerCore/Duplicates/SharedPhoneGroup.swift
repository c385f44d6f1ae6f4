import Foundation

/// Why two or more profiles share a phone (issue 18): two profiles whose names are each other's
/// swapped say so, as the same person entered twice with given and family name exchanged.
public enum SharedPhoneGroup {
    /// The group for `ids` on `phone`; `names` are the (given, family) names of a pair, in `ids`
    /// order, nil when not read (a group of more than two, or a profile gone).
    public static func group(phone: String, ids: [CustomerID], names: [(given: String, family: String)]?) -> DuplicateDetector.KeyGroup {
        guard ids.count == 2, let names, names.count == 2 else { return .init(reason: .samePhone(phone), ids: ids) }
        let (a, b) = (names[0], names[1])
        if NameSimilarity.match(given: a.given, family: a.family, withGiven: b.given, family: b.family)?.similarity == .swapped {
            return .init(reason: .samePhoneSwappedNames(phone, names: ["\(a.given) \(a.family)", "\(b.given) \(b.family)"]), ids: ids)
        }
        return .init(reason: .samePhone(phone), ids: ids)
    }
}
