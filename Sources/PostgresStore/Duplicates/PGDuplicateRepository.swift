import CustomerCore
import Foundation

/// Duplicate suggestions (PRODUCT §5) on PostgreSQL, as `DuplicateRepository` finds them on SQLite:
/// blocks read from the indexes — the normalised email, the E.164 phone, the address key, the postal
/// code — each sorted as SQLite's index delivers it, then compared by `DuplicateDetector` (CustomerCore,
/// shared), so that the same data gives the same clusters on both backends. Never every pair.
public struct PGDuplicateRepository: DuplicatesStore {
    let link: PGLink

    /// Every suggestion, most certain first, from one snapshot (the blocks agree with each other
    /// while other counters save).
    public func clusters() throws -> [DuplicateCluster] {
        try link.snapshot { db in
            let detector = DuplicateDetector(ignored: try Self.ignoredPairs(db))
            return detector.clusters(keyGroups: try Self.keyGroups(db), links: try Self.possibleLinks(db, detector: detector))
        }
    }

    /// How many suggestions there are (the directory's alert), without building clusters or reasons.
    public func count() throws -> Int {
        try link.snapshot { db in
            let counter = PGScanState(DuplicateCounter(detector: DuplicateDetector(ignored: try Self.ignoredPairs(db))))
            try Self.forEachKeyGroup(db, column: "email_normalized") { _, ids in counter.value.addExactGroup(ids) }
            try Self.forEachKeyGroup(db, column: "phone_e164") { _, ids in counter.value.addExactGroup(ids) }
            try Self.forEachBlock(db, sql: Self.sameAddressSQL) { counter.value.addBlock(sameAddress: $0) }
            try Self.forEachBlock(db, sql: Self.samePostalCodeSQL) { counter.value.addBlock(samePostalCode: $0) }
            return counter.value.count
        }
    }

    /// Only the exact clusters (shared email or phone): what "Merge all" merges.
    public func exactClusters() throws -> [DuplicateCluster] {
        try link.snapshot { db in
            DuplicateCluster.sortedByCertainty(DuplicateDetector(ignored: try Self.ignoredPairs(db)).exactClusters(try Self.keyGroups(db)))
        }
    }

    /// "Ignore": every pair of the cluster is remembered (pairs naming a profile gone since are not).
    public func ignore(_ cluster: DuplicateCluster, now: Date) throws {
        try link.write { db in
            for pair in cluster.pairs {
                try db.execute("""
                    INSERT INTO ignored_duplicate_pair (first_id, second_id, created_at)
                    SELECT ?::bigint, ?::bigint, ?::bigint
                    WHERE EXISTS (SELECT 1 FROM customer WHERE id = ?) AND EXISTS (SELECT 1 FROM customer WHERE id = ?)
                    ON CONFLICT DO NOTHING
                    """, [pair.first, pair.second, StoredTime.encode(now), pair.first, pair.second])
            }
        }
    }

    /// The pairs said not to be duplicates, most recently ignored first, with their names.
    public func ignoredPairs() throws -> [IgnoredPair] {
        try link.snapshot { db in
            let pairs = try db.query("SELECT first_id, second_id, created_at FROM ignored_duplicate_pair ORDER BY created_at DESC, first_id, second_id")
                .map { (first: try $0.int("first_id"), second: try $0.int("second_id"), at: try $0.int("created_at")) }
            let profiles = try PGCustomerRepository.fetchCustomers(db, ids: Array(Set(pairs.flatMap { [$0.first, $0.second] })))
            return pairs.map { pair in
                IgnoredPair(firstID: pair.first, secondID: pair.second,
                            firstName: profiles[pair.first]?.displayName ?? "#\(pair.first)",
                            secondName: profiles[pair.second]?.displayName ?? "#\(pair.second)",
                            ignoredAt: StoredTime.decode(pair.at))
            }
        }
    }

    /// Suggests the pair again; false when it was not ignored (the order of the ids does not matter).
    @discardableResult
    public func unignore(_ first: CustomerID, _ second: CustomerID) throws -> Bool {
        let pair = CustomerPair(first, second)
        return try link.write { db in
            try db.execute("DELETE FROM ignored_duplicate_pair WHERE first_id = ? AND second_id = ?", [pair.first, pair.second]) > 0
        }
    }

    /// What each profile of a cluster holds, for the side-by-side review (groups in id order, as
    /// SQLite's `group_member_by_customer` index gives them).
    public func profiles(of cluster: DuplicateCluster) throws -> [DuplicateProfile] {
        try link.snapshot { db in
            try cluster.customerIDs.compactMap { id in
                guard let customer = try PGCustomerRepository.fetchCustomer(db, id: id),
                      let row = try db.one("""
                        SELECT (SELECT count(*) FROM note WHERE customer_id = $1) AS notes,
                               (SELECT count(*) FROM attachment WHERE customer_id = $1) AS documents,
                               (SELECT count(*) FROM booking WHERE customer_id = $1) AS bookings,
                               (SELECT count(*) FROM payment WHERE customer_id = $1) AS payments,
                               (SELECT count(*) FROM conversation_message WHERE customer_id = $1) AS messages,
                               (SELECT count(*) FROM card WHERE customer_id = $1) AS cards,
                               (SELECT balance FROM loyalty_account WHERE customer_id = $1) AS loyalty_points,
                               (SELECT string_agg(g.name, ', ' ORDER BY m.group_id) FROM group_member m
                                    JOIN customer_group g ON g.id = m.group_id WHERE m.customer_id = $1) AS groups
                        """, [id]) else { return nil }
                return DuplicateProfile(customer: customer, notes: Int(try row.int("notes")), documents: Int(try row.int("documents")),
                                        bookings: Int(try row.int("bookings")), payments: Int(try row.int("payments")),
                                        messages: Int(try row.int("messages")), cards: Int(try row.int("cards")),
                                        loyaltyPoints: try row.optionalInt("loyalty_points").map(Int.init),
                                        groups: try row.optionalText("groups") ?? "")
            }
        }
    }

    // MARK: Blocks, each from one index

    static func ignoredPairs(_ db: PGLink) throws -> Set<CustomerPair> {
        Set(try db.query("SELECT first_id, second_id FROM ignored_duplicate_pair").map { CustomerPair(try $0.int(0), try $0.int(1)) })
    }

    /// Profiles grouped by a shared normalised email, then by a shared E.164 phone; the names of a
    /// pair on one phone are read afterwards (by primary key), to tell swapped names.
    static func keyGroups(_ db: PGLink) throws -> [DuplicateDetector.KeyGroup] {
        let emails = PGScanState([DuplicateDetector.KeyGroup]())
        try forEachKeyGroup(db, column: "email_normalized") { email, ids in emails.value.append(.init(reason: .sameEmail(email), ids: ids)) }
        let phones = PGScanState([(phone: String, ids: [CustomerID])]())
        try forEachKeyGroup(db, column: "phone_e164") { phone, ids in phones.value.append((phone, ids)) }
        let pairIDs = phones.value.filter { $0.ids.count == 2 }.flatMap(\.ids)
        var names: [CustomerID: (given: String, family: String)] = [:]
        for row in try db.query("SELECT id, given_name, family_name FROM customer WHERE id = ANY(?)", [PGArray(pairIDs)]) {
            names[try row.int("id")] = (try row.text("given_name"), try row.text("family_name"))
        }
        return emails.value + phones.value.map { group in
            let pairNames = group.ids.count == 2 ? group.ids.compactMap { names[$0] } : nil
            return SharedPhoneGroup.group(phone: group.phone, ids: group.ids, names: pairNames)
        }
    }

    /// Each value of `column` that two or more profiles share, with their ids in id order (SQLite's
    /// index order: the key, then the row id).
    static func forEachKeyGroup(_ db: PGLink, column: String, _ body: @escaping (String, [CustomerID]) -> Void) throws {
        let blocks = PGScanState(SortedBlocks<CustomerID>(body))
        try db.forEachRow("""
            SELECT \(column) AS shared_key, id FROM customer
            WHERE \(column) IS NOT NULL AND \(column) IN (SELECT \(column) FROM customer WHERE \(column) IS NOT NULL GROUP BY \(column) HAVING count(*) > 1)
            ORDER BY \(column), id
            """) { row in blocks.value.add(key: try row.text("shared_key"), try row.int("id")) }
        blocks.value.finish()
    }

    static let candidateColumns = "id, given_name, family_name, address_key, address_line1, postal_code"
    /// What SQLite's address-key index holds: the address as written is read only for the blocks
    /// where names match, to word the reason.
    static let indexedCandidateColumns = "id, given_name, family_name, address_key, '' AS address_line1, '' AS postal_code"

    /// Profiles sharing an address key with another, in the order of SQLite's
    /// `customer_by_address_key (address_key, given_name, family_name)` then the row id (byte order).
    static let sameAddressSQL = """
        SELECT \(indexedCandidateColumns), address_key AS block_key FROM customer
        WHERE address_key <> '' AND address_key IN (SELECT address_key FROM customer WHERE address_key <> '' GROUP BY address_key HAVING count(*) > 1)
        ORDER BY address_key, given_name COLLATE "C", family_name COLLATE "C", id
        """

    /// Profiles of a postal code where some profile has no street, in the order of SQLite's
    /// `customer_by_postal_code (postal_code, address_key)` then the row id.
    static let samePostalCodeSQL = """
        SELECT \(candidateColumns), postal_code AS block_key FROM customer
        WHERE postal_code <> '' AND postal_code IN (SELECT postal_code FROM customer WHERE postal_code <> '' AND address_key = '')
        ORDER BY postal_code, address_key, id
        """

    /// Links between similar names in every address block. The blocks with similar names are kept
    /// while the index streams, then worded with the address as their oldest profile wrote it.
    static func possibleLinks(_ db: PGLink, detector: DuplicateDetector) throws -> [DuplicateDetector.PossibleLink] {
        // Each block compared once; its similar pairs kept with its oldest profile's id.
        let similarBlocks = PGScanState([(first: CustomerID, pairs: [DuplicateDetector.SimilarPair])]())
        try forEachBlock(db, sql: sameAddressSQL) { block in
            let pairs = detector.similarPairs(sameAddress: block)
            if !pairs.isEmpty, let first = block.map(\.id).min() { similarBlocks.value.append((first, pairs)) }
        }
        var written: [CustomerID: (line: String, postalCode: String)] = [:]
        for row in try db.query("SELECT id, address_line1, postal_code FROM customer WHERE id = ANY(?)", [PGArray(similarBlocks.value.map(\.first))]) {
            written[try row.int("id")] = (try row.text("address_line1"), try row.text("postal_code"))
        }
        var links: [DuplicateDetector.PossibleLink] = []
        for block in similarBlocks.value {
            guard let address = written[block.first] else { continue }
            links += detector.links(block.pairs, addressLine: address.line, postalCode: address.postalCode)
        }
        let postal = PGScanState([DuplicateDetector.PossibleLink]())
        try forEachBlock(db, sql: samePostalCodeSQL) { postal.value += detector.links(samePostalCode: $0) }
        return links + postal.value
    }

    /// Candidates streamed sorted by their `block_key`, each block of two or more handed over as
    /// soon as it is complete. `body` runs while the rows stream: it must not query.
    static func forEachBlock(_ db: PGLink, sql: String, _ body: @escaping ([DuplicateCandidate]) -> Void) throws {
        let blocks = PGScanState(SortedBlocks<DuplicateCandidate> { _, block in body(block) })
        try db.forEachRow(sql) { row in
            blocks.value.add(key: try row.text("block_key"), DuplicateCandidate(
                id: try row.int("id"), givenName: try row.text("given_name"), familyName: try row.text("family_name"),
                addressKey: try row.text("address_key"), addressLine: try row.text("address_line1"), postalCode: try row.text("postal_code")))
        }
        blocks.value.finish()
    }
}

/// What a scan accumulates while `PGLink.forEachRow` streams: its handler runs on the connection's
/// thread, one row after another, while the caller waits — never two at once.
final class PGScanState<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
