import Foundation
import GRDB
import CustomerCore

/// Duplicate suggestions (PRODUCT §5): found by grouping indexes — the normalised email, the
/// E.164 phone, the address key, the postal code — then compared by `DuplicateDetector`.
public struct DuplicateRepository: DuplicatesStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Every suggestion, most certain first, read in one transaction on a connection of its own
    /// with a small cache (through the main connection, the scan of whole indexes would fill its
    /// cache and keep it for the rest of the session). Two connections reading halves at once
    /// were tried: SQLite's shared allocator mutex made them no faster than one.
    public func clusters() throws -> [DuplicateCluster] {
        if let reader = try database.secondReader() { return try reader.read(Self.clusters) }
        return try database.writer.read(Self.clusters)
    }

    /// How many suggestions there are (the directory's alert), read like `clusters()` but without
    /// building the clusters and their reasons, on one connection of its own with a small cache:
    /// it runs in the background while the person works, so it is frugal rather than fast.
    public func count() throws -> Int {
        func count(_ db: Database) throws -> Int {
            var counter = DuplicateCounter(detector: DuplicateDetector(ignored: try Self.ignoredPairs(db)))
            try Self.forEachKeyGroup(db, column: "email_normalized", index: "customer_by_email") { counter.addExactGroup($1) }
            try Self.forEachKeyGroup(db, column: "phone_e164", index: "customer_by_phone_e164") { counter.addExactGroup($1) }
            try Self.forEachBlock(db, sql: Self.sameAddressSQL) { counter.addBlock(sameAddress: $0) }
            try Self.forEachBlock(db, sql: Self.samePostalCodeSQL) { counter.addBlock(samePostalCode: $0) }
            return counter.count
        }
        if let reader = try database.secondReader() { return try reader.read(count) }
        return try database.writer.read(count)
    }

    /// Only the exact clusters (shared email or phone): what "Merge all" merges.
    public func exactClusters() throws -> [DuplicateCluster] {
        try database.writer.read { db in
            DuplicateCluster.sortedByCertainty(DuplicateDetector(ignored: try Self.ignoredPairs(db)).exactClusters(try Self.keyGroups(db)))
        }
    }

    static func clusters(_ db: Database) throws -> [DuplicateCluster] {
        let detector = DuplicateDetector(ignored: try ignoredPairs(db))
        return detector.clusters(keyGroups: try keyGroups(db), links: try possibleLinks(db, detector: detector))
    }

    /// "Ignore": every pair of the cluster is remembered and never suggested again.
    public func ignore(_ cluster: DuplicateCluster, now: Date = Date()) throws {
        try database.writer.write { db in
            for pair in cluster.pairs {
                try db.execute(sql: """
                    INSERT INTO ignored_duplicate_pair (first_id, second_id, created_at)
                    SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM customer WHERE id = ?) AND EXISTS (SELECT 1 FROM customer WHERE id = ?)
                    ON CONFLICT DO NOTHING
                    """, arguments: [pair.first, pair.second, StoredTime.encode(now), pair.first, pair.second])
            }
        }
    }

    /// The pairs said not to be duplicates, most recently ignored first, with their names.
    public func ignoredPairs() throws -> [IgnoredPair] {
        try database.writer.read { db in
            let pairs = try db.mapRows(sql: """
                SELECT first_id, second_id, created_at FROM ignored_duplicate_pair ORDER BY created_at DESC, first_id, second_id
                """) { row in (first: row["first_id"] as CustomerID, second: row["second_id"] as CustomerID, at: row["created_at"] as Int64) }
            // Names as the directory shows them, every profile read in one query.
            let profiles = try CustomerRepository.fetchCustomers(db, ids: Array(Set(pairs.flatMap { [$0.first, $0.second] })))
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
        return try database.writer.write { db in
            try db.execute(sql: "DELETE FROM ignored_duplicate_pair WHERE first_id = ? AND second_id = ?", arguments: [pair.first, pair.second])
            return db.changesCount > 0
        }
    }

    /// What each profile of a cluster holds, for the side-by-side review.
    public func profiles(of cluster: DuplicateCluster) throws -> [DuplicateProfile] {
        try database.writer.read { db in
            try cluster.customerIDs.compactMap { id in
                guard let customer = try CustomerRepository.fetchCustomer(db, id: id) else { return nil }
                let row = try Row.fetchOne(db, sql: """
                    SELECT (SELECT count(*) FROM note WHERE customer_id = ?1) AS notes,
                           (SELECT count(*) FROM attachment WHERE customer_id = ?1) AS documents,
                           (SELECT count(*) FROM booking WHERE customer_id = ?1) AS bookings,
                           (SELECT count(*) FROM payment WHERE customer_id = ?1) AS payments,
                           (SELECT count(*) FROM conversation_message WHERE customer_id = ?1) AS messages,
                           (SELECT count(*) FROM card WHERE customer_id = ?1) AS cards,
                           (SELECT balance FROM loyalty_account WHERE customer_id = ?1) AS loyalty_points,
                           (SELECT group_concat(g.name, ', ') FROM group_member m JOIN customer_group g ON g.id = m.group_id WHERE m.customer_id = ?1) AS groups
                    """, arguments: [id])!
                return DuplicateProfile(customer: customer, notes: row["notes"], documents: row["documents"], bookings: row["bookings"],
                                        payments: row["payments"], messages: row["messages"], cards: row["cards"],
                                        loyaltyPoints: row["loyalty_points"], groups: row["groups"] ?? "")
            }
        }
    }

    // MARK: Blocks, each from one index

    static func ignoredPairs(_ db: Database) throws -> Set<CustomerPair> {
        Set(try db.mapRows(sql: "SELECT first_id, second_id FROM ignored_duplicate_pair") { CustomerPair($0["first_id"], $0["second_id"]) })
    }

    /// Profiles grouped by a shared normalised email, then by a shared E.164 phone.
    static func keyGroups(_ db: Database) throws -> [DuplicateDetector.KeyGroup] {
        var groups: [DuplicateDetector.KeyGroup] = []
        try forEachKeyGroup(db, column: "email_normalized", index: "customer_by_email") { groups.append(.init(reason: .sameEmail($0), ids: $1)) }
        // Two profiles on one phone whose names are each other's swapped say so (issue 18): their names
        // are read for pairs only, by primary key — a few thousand lookups at a million profiles.
        let names = try db.makeStatement(sql: "SELECT given_name, family_name FROM customer WHERE id = ?")
        var swapped: [(Int, String, [String])] = []
        try forEachKeyGroup(db, column: "phone_e164", index: "customer_by_phone_e164") { phone, ids in
            groups.append(.init(reason: .samePhone(phone), ids: ids))
            if ids.count == 2 { swapped.append((groups.count - 1, phone, [])) }
        }
        for (index, phone, _) in swapped {
            let ids = groups[index].ids
            let rows = try ids.map { id in try Row.fetchOne(names, arguments: [id]) }
            guard let first = rows[0], let second = rows[1] else { continue }
            groups[index] = SharedPhoneGroup.group(phone: phone, ids: ids, names: [
                (first["given_name"], first["family_name"]), (second["given_name"], second["family_name"]),
            ])
        }
        return groups
    }

    /// Each value of `column` that two or more profiles share, with their ids. The shared values
    /// come from a `GROUP BY … HAVING count(*) > 1` over the column's index, then their profiles
    /// by seeking the same index: at a million profiles 0.16 s, against 0.26 s for a `group_concat`
    /// that builds a string for every one of the million groups before `HAVING` drops them.
    static func forEachKeyGroup(_ db: Database, column: String, index: String, _ body: @escaping (String, [CustomerID]) -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(column) AS shared_key, id FROM customer INDEXED BY \(index)
            WHERE \(column) IS NOT NULL AND \(column) IN (SELECT \(column) FROM customer WHERE \(column) IS NOT NULL GROUP BY \(column) HAVING count(*) > 1)
            ORDER BY \(column)
            """)
        var blocks = SortedBlocks<CustomerID>(body)
        var columns: (key: Int, id: Int)?  // found by name in the first row
        while let row = try rows.next() {
            let found = columns ?? { let positions = ColumnPositions(row); return (positions["shared_key"], positions["id"]) }()
            columns = found
            blocks.add(key: row[found.key], row[found.id])
        }
        blocks.finish()
    }

    static let candidateColumns = "id, given_name, family_name, address_key, address_line1, postal_code"
    /// What the address-key index holds (v3): the address as written is looked up only for the
    /// blocks where names match, to word the reason.
    static let indexedCandidateColumns = "id, given_name, family_name, address_key, '' AS address_line1, '' AS postal_code"

    /// Profiles sharing an address key with another, sorted by it (the block's key). `INDEXED BY`: left to itself the
    /// planner scans the whole table and sorts it (0.93 s at a million profiles, against 0.37 s
    /// seeking each shared key in the index).
    static let sameAddressSQL = """
        SELECT \(indexedCandidateColumns), address_key AS block_key FROM customer INDEXED BY customer_by_address_key
        WHERE address_key <> '' AND address_key IN (SELECT address_key FROM customer WHERE address_key <> '' GROUP BY address_key HAVING count(*) > 1)
        ORDER BY address_key
        """

    /// Profiles of a postal code where some profile has no street, sorted by it (blocks of one are
    /// dropped when read). Both indexes named: the planner would scan the table otherwise.
    static let samePostalCodeSQL = """
        SELECT \(candidateColumns), postal_code AS block_key FROM customer INDEXED BY customer_by_postal_code
        WHERE postal_code <> '' AND postal_code IN (
            SELECT postal_code FROM customer INDEXED BY customer_without_street_by_postal_code WHERE postal_code <> '' AND address_key = '')
        ORDER BY postal_code
        """

    /// Links between similar names in every address block, read one block at a time.
    static func possibleLinks(_ db: Database, detector: DuplicateDetector) throws -> [DuplicateDetector.PossibleLink] {
        var links: [DuplicateDetector.PossibleLink] = []
        // Profiles sharing an address key with another. `INDEXED BY`: left to itself the planner
        // scans the whole table and sorts it (0.93 s at a million profiles, against 0.37 s seeking
        // each shared key in the index).
        // Each block compared once; its similar pairs kept with its oldest profile's id.
        var similarBlocks: [(first: CustomerID, pairs: [DuplicateDetector.SimilarPair])] = []
        try forEachBlock(db, sql: sameAddressSQL) { block in
            let pairs = detector.similarPairs(sameAddress: block)
            if !pairs.isEmpty, let first = block.map(\.id).min() { similarBlocks.append((first, pairs)) }
        }
        // The address as the oldest profile of the block wrote it words the reason: read after the
        // scan, in id order, 500 a query. Read block by block, each was a seek to a table page the
        // index scan had left, about a sixth of the whole scan's time.
        var written: [CustomerID: (line: String, postalCode: String)] = [:]
        let firstIDs = similarBlocks.map(\.first).sorted()
        for start in stride(from: 0, to: firstIDs.count, by: 500) {
            let chunk = Array(firstIDs[start..<min(start + 500, firstIDs.count)])
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, address_line1, postal_code FROM customer WHERE id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments(chunk))
            while let row = try rows.next() { written[row["id"]] = (row["address_line1"], row["postal_code"]) }
        }
        for block in similarBlocks {
            guard let address = written[block.first] else { continue }
            links += detector.links(block.pairs, addressLine: address.line, postalCode: address.postalCode)
        }
        try forEachBlock(db, sql: samePostalCodeSQL) { links += detector.links(samePostalCode: $0) }
        return links
    }

    /// Reads candidates sorted by their `block_key` and hands over each block of two or more as soon
    /// as it is complete: one block in memory at a time.
    static func forEachBlock(_ db: Database, sql: String, _ body: @escaping ([DuplicateCandidate]) -> Void) throws {
        var blocks = SortedBlocks<DuplicateCandidate> { _, block in body(block) }
        let rows = try Row.fetchCursor(db, sql: sql)
        var columns: CandidateColumns?
        while let row = try rows.next() {
            let c = columns ?? CandidateColumns(row)
            columns = c
            blocks.add(key: row[c.blockKey], DuplicateCandidate(id: row[c.id], givenName: row[c.givenName], familyName: row[c.familyName],
                                                               addressKey: row[c.addressKey], addressLine: row[c.addressLine], postalCode: row[c.postalCode]))
        }
        blocks.finish()
    }
}
