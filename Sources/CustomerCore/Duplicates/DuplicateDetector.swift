import Foundation

/// What the detector needs of a profile to compare it by name and address.
public struct DuplicateCandidate: Hashable, Sendable {
    public var id: CustomerID
    public var givenName: String
    public var familyName: String
    /// `AddressKey.make` of the profile's address ("" without a street).
    public var addressKey: String
    /// The address as written, for the reason a person reads.
    public var addressLine: String
    public var postalCode: String

    public init(id: CustomerID, givenName: String, familyName: String, addressKey: String, addressLine: String, postalCode: String) {
        self.id = id
        self.givenName = givenName
        self.familyName = familyName
        self.addressKey = addressKey
        self.addressLine = addressLine
        self.postalCode = postalCode
    }

    var displayName: String { [givenName, familyName].filter { !$0.isEmpty }.joined(separator: " ") }
}

/// Builds duplicate clusters from blocks the store found by index (PRODUCT §5). Never compares
/// all pairs: exact clusters come from profiles grouped by a shared key; names are compared
/// only inside a block of profiles at one street address, or one postal code where some
/// profile has no street. Ignored pairs are never linked.
public struct DuplicateDetector: Sendable {
    public var ignored: Set<CustomerPair>

    public init(ignored: Set<CustomerPair> = []) { self.ignored = ignored }

    /// A group of profiles sharing one exact key.
    public struct KeyGroup: Sendable {
        public var reason: DuplicateReason
        public var ids: [CustomerID]
        public init(reason: DuplicateReason, ids: [CustomerID]) {
            self.reason = reason
            self.ids = ids
        }
    }

    /// Profiles linked by shared emails or phones, joined across keys (A shares an email with B,
    /// B a phone with C: one person). A pair the user ignored is not a link.
    public func exactClusters(_ groups: [KeyGroup]) -> [DuplicateCluster] {
        var links = LinkSet()
        for group in groups {
            let ids = Array(Set(group.ids)).sorted()
            guard ids.count > 1 else { continue }
            // Big groups (a shop's shared front-desk email…) link as a star to stay linear.
            if ids.count > 50 {
                for other in ids.dropFirst() where !ignored.contains(CustomerPair(ids[0], other)) {
                    links.link(ids[0], other, reason: group.reason)
                }
                continue
            }
            for (index, first) in ids.enumerated() {
                for second in ids[(index + 1)...] where !ignored.contains(CustomerPair(first, second)) {
                    links.link(first, second, reason: group.reason)
                }
            }
        }
        return links.clusters(kind: .exact)
    }

    /// Two profiles whose names are alike at one address, and why; the scan collects these block by
    /// block (so only one block is in memory at a time) and joins them into clusters at the end.
    public struct PossibleLink: Hashable, Sendable {
        public var pair: CustomerPair
        public var reason: DuplicateReason
    }

    /// The links inside a block of profiles sharing an address key.
    public func links(sameAddress block: [DuplicateCandidate]) -> [PossibleLink] {
        var links: [PossibleLink] = []
        for piece in Self.manageable(block) {
            for (index, a) in piece.enumerated() {
                for b in piece[(index + 1)...] {
                    if let link = link(a, b, reason: { .similarNamesSameAddress($0, names: $1, address: Self.addressText(a)) }) { links.append(link) }
                }
            }
        }
        return links
    }

    /// The links inside a block of profiles sharing a postal code: only a profile without a
    /// street is compared (two different streets are two households).
    public func links(samePostalCode block: [DuplicateCandidate]) -> [PossibleLink] {
        var links: [PossibleLink] = []
        for piece in Self.manageable(block) {
            for (index, a) in piece.enumerated() where a.addressKey.isEmpty {
                // A profile without a street that resembles people at two different streets could
                // be either: it is linked to no street then, or it would glue two households.
                let housed = piece.filter { !$0.addressKey.isEmpty && NameSimilarity.compare(
                    given: a.givenName, family: a.familyName, withGiven: $0.givenName, family: $0.familyName) != nil }
                let unambiguous = Set(housed.map(\.addressKey)).count <= 1
                for (otherIndex, b) in piece.enumerated() where otherIndex != index && (b.addressKey.isEmpty ? otherIndex > index : unambiguous) {
                    if let link = link(a, b, reason: { .similarNamesSamePostalCode($0, names: $1, postalCode: a.postalCode) }) { links.append(link) }
                }
            }
        }
        return links
    }

    func link(_ a: DuplicateCandidate, _ b: DuplicateCandidate, reason: (NameSimilarity, [String]) -> DuplicateReason) -> PossibleLink? {
        guard a.id != b.id, !ignored.contains(CustomerPair(a.id, b.id)),
              let similarity = NameSimilarity.compare(given: a.givenName, family: a.familyName,
                                                      withGiven: b.givenName, family: b.familyName) else { return nil }
        let (first, second) = a.id < b.id ? (a, b) : (b, a)  // names in the order the profiles are listed
        let names = first.displayName == second.displayName ? [first.displayName] : [first.displayName, second.displayName]
        return PossibleLink(pair: CustomerPair(a.id, b.id), reason: reason(similarity, names))
    }

    /// Possible clusters from the links; a pair already in one exact cluster is not suggested again.
    public func possibleClusters(links: [PossibleLink], exact: [DuplicateCluster]) -> [DuplicateCluster] {
        var exactCluster: [CustomerID: Int] = [:]
        for (index, cluster) in exact.enumerated() { for id in cluster.customerIDs { exactCluster[id] = index } }
        var set = LinkSet()
        for link in links {
            if let left = exactCluster[link.pair.first], left == exactCluster[link.pair.second] { continue }
            set.link(link.pair.first, link.pair.second, reason: link.reason)
        }
        return set.clusters(kind: .possible)
    }

    /// Profiles with similar names at one address, from whole blocks (see the two `links`).
    public func possibleClusters(sameAddress: [[DuplicateCandidate]], samePostalCode: [[DuplicateCandidate]],
                                 exact: [DuplicateCluster]) -> [DuplicateCluster] {
        possibleClusters(links: sameAddress.flatMap { links(sameAddress: $0) } + samePostalCode.flatMap { links(samePostalCode: $0) },
                         exact: exact)
    }

    /// Exact clusters then possible ones, most certain first.
    public func clusters(keyGroups: [KeyGroup], sameAddress: [[DuplicateCandidate]],
                         samePostalCode: [[DuplicateCandidate]]) -> [DuplicateCluster] {
        let exact = exactClusters(keyGroups)
        let possible = possibleClusters(sameAddress: sameAddress, samePostalCode: samePostalCode, exact: exact)
        return (exact + possible).sorted(by: DuplicateCluster.byCertainty)
    }

    /// The same from links already gathered.
    public func clusters(keyGroups: [KeyGroup], links: [PossibleLink]) -> [DuplicateCluster] {
        let exact = exactClusters(keyGroups)
        return (exact + possibleClusters(links: links, exact: exact)).sorted(by: DuplicateCluster.byCertainty)
    }

    /// Blocks past this size are split by the family name's first letters before comparing.
    static let largestBlockCompared = 64

    /// A block small enough to compare every pair of: a big one (an office building, the shop's
    /// own address typed for walk-ins) is split by the folded family name's first letter, then
    /// its first two — a slip of the keyboard rarely hits the first letters, and without this a
    /// block of 5,000 would be 12 million comparisons.
    static func manageable(_ block: [DuplicateCandidate]) -> [[DuplicateCandidate]] {
        var pending = [(block, 1)], result: [[DuplicateCandidate]] = []
        while let (candidates, letters) = pending.popLast() {
            guard candidates.count > largestBlockCompared, letters <= 2 else { result.append(candidates); continue }
            var buckets: [Substring: [DuplicateCandidate]] = [:]
            for candidate in candidates {
                buckets[SearchFolding.fold(candidate.familyName).prefix(letters), default: []].append(candidate)
            }
            for bucket in buckets.values where bucket.count > 1 { pending.append((bucket, letters + 1)) }
        }
        return result
    }

    static func addressText(_ candidate: DuplicateCandidate) -> String {
        [candidate.addressLine, candidate.postalCode].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

/// Union–find over profile ids, remembering the reasons of each link.
struct LinkSet {
    private var parent: [CustomerID: CustomerID] = [:]
    private var reasons: [CustomerID: [DuplicateReason]] = [:]

    mutating func find(_ id: CustomerID) -> CustomerID {
        var root = id
        while let next = parent[root], next != root { root = next }
        var node = id
        while let next = parent[node], next != root { parent[node] = root; node = next }
        return root
    }

    mutating func link(_ a: CustomerID, _ b: CustomerID, reason: DuplicateReason) {
        if parent[a] == nil { parent[a] = a }
        if parent[b] == nil { parent[b] = b }
        let rootA = find(a), rootB = find(b)
        let root = min(rootA, rootB), other = max(rootA, rootB)
        if root != other {
            parent[other] = root
            reasons[root, default: []] += reasons.removeValue(forKey: other) ?? []
        }
        if !(reasons[root]?.contains(reason) ?? false) { reasons[root, default: []].append(reason) }
    }

    mutating func clusters(kind: DuplicateCluster.Kind) -> [DuplicateCluster] {
        var members: [CustomerID: [CustomerID]] = [:]
        for id in parent.keys { members[find(id), default: []].append(id) }
        return members.compactMap { root, ids in
            ids.count > 1 ? DuplicateCluster(kind: kind, reasons: reasons[root] ?? [], customerIDs: ids) : nil
        }
    }
}
