import Foundation

/// Profiles suggested as one person (PRODUCT §5), with why.
public struct DuplicateCluster: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable, Comparable {
        /// They share a normalised email or an E.164 phone, as Square finds them.
        case exact
        /// Similar names at the same street address or postal code: what Square misses.
        case possible

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .exact && rhs == .possible }
    }

    public var kind: Kind
    /// Why, each sentence one shared value ("same email: ana@example.com").
    public var reasons: [DuplicateReason]
    /// The profiles, oldest id first (the default survivor).
    public var customerIDs: [CustomerID]

    public init(kind: Kind, reasons: [DuplicateReason], customerIDs: [CustomerID]) {
        self.kind = kind
        self.reasons = reasons
        self.customerIDs = customerIDs.sorted()
    }

    /// Stable while the cluster's members are the same.
    public var id: String { kind.rawValue + ":" + customerIDs.map(String.init).joined(separator: ",") }

    /// All reasons in one line, for lists and `clientele duplicates`.
    public var reason: String { reasons.map(\.description).joined(separator: "; ") }

    /// The fields whose values the profiles share, to highlight side by side.
    public var matchingFields: Set<CustomerField> { Set(reasons.flatMap(\.fields)) }

    /// Every pair of members: what "Ignore" remembers.
    public var pairs: [CustomerPair] {
        var pairs: [CustomerPair] = []
        for (index, first) in customerIDs.enumerated() {
            for second in customerIDs[(index + 1)...] { pairs.append(CustomerPair(first, second)) }
        }
        return pairs
    }

    /// What "most certain first" orders by: exact before possible, more shared values first,
    /// closer names first, then the profiles' ids (so the order is stable between scans).
    struct Certainty: Comparable {
        let kindRank: Int
        let fewerReasons: Int
        let weakestName: Int
        let ids: [CustomerID]

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.kindRank, lhs.fewerReasons, lhs.weakestName) != (rhs.kindRank, rhs.fewerReasons, rhs.weakestName)
                ? (lhs.kindRank, lhs.fewerReasons, lhs.weakestName) < (rhs.kindRank, rhs.fewerReasons, rhs.weakestName)
                : lhs.ids.lexicographicallyPrecedes(rhs.ids)
        }
    }

    var certainty: Certainty {
        Certainty(kindRank: kind == .exact ? 0 : 1, fewerReasons: -reasons.count, weakestName: weakestName, ids: customerIDs)
    }

    /// `clusters` most certain first, each one's key computed once: a scan at a million profiles
    /// sorts tens of thousands of clusters.
    public static func sortedByCertainty(_ clusters: [DuplicateCluster]) -> [DuplicateCluster] {
        let keys = clusters.map(\.certainty)
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { clusters[$0] }
    }

    /// The least certain name match among the reasons (raw value; -1 for none).
    var weakestName: Int {
        var weakest = -1
        for reason in reasons { if let similarity = reason.nameSimilarity { weakest = max(weakest, similarity.rawValue) } }
        return weakest
    }
}

/// One shared value behind a suggestion.
public enum DuplicateReason: Hashable, Sendable, Codable, CustomStringConvertible {
    case sameEmail(String)
    case samePhone(String)
    /// The same phone, and two profiles whose given and family names are each other's (the names as written).
    case samePhoneSwappedNames(String, names: [String])
    /// Similar names (how similar, and the names as written) at the same street address; `words`
    /// are the given names the rule is about (`NameMatch.words`: "Bob", "Robert").
    case similarNamesSameAddress(NameSimilarity, names: [String], address: String, words: [String] = [])
    /// Similar names with the same postal code, one of them without a street address.
    case similarNamesSamePostalCode(NameSimilarity, names: [String], postalCode: String, words: [String] = [])

    public var description: String {
        switch self {
        case .sameEmail(let email): "same email: \(email)"
        case .samePhone(let phone): "same phone: \(phone)"
        case .samePhoneSwappedNames(let phone, let names): "same phone: \(phone), and the given and family names swapped (\(names.joined(separator: " / ")))"
        case .similarNamesSameAddress(let similarity, let names, let address, let words):
            "\(NameMatch(similarity: similarity, words: words).sentence) (\(names.joined(separator: " / "))) at the same address: \(address)"
        case .similarNamesSamePostalCode(let similarity, let names, let postalCode, let words):
            "\(NameMatch(similarity: similarity, words: words).sentence) (\(names.joined(separator: " / "))) with the same postal code: \(postalCode)"
        }
    }

    public var fields: [CustomerField] {
        switch self {
        case .sameEmail: [.emailAddress]
        case .samePhone: [.phoneNumber]
        case .samePhoneSwappedNames: [.phoneNumber, .givenName, .familyName]
        case .similarNamesSameAddress: [.givenName, .familyName, .addressLine1, .postalCode]
        case .similarNamesSamePostalCode: [.givenName, .familyName, .postalCode]
        }
    }

    var nameSimilarity: NameSimilarity? {
        switch self {
        case .similarNamesSameAddress(let similarity, _, _, _), .similarNamesSamePostalCode(let similarity, _, _, _): similarity
        default: nil
        }
    }
}

/// Two profiles, the smaller id first, as `ignored_duplicate_pair` stores them.
public struct CustomerPair: Hashable, Sendable, Codable {
    public let first: CustomerID
    public let second: CustomerID

    public init(_ a: CustomerID, _ b: CustomerID) {
        first = min(a, b)
        second = max(a, b)
    }
}
