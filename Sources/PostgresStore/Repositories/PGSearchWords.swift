import CustomerCore

/// Search as you type read from `customer_search_word` (v11): each typed word is a range of the
/// folded words' B-tree, which stops as soon as the page's profiles are found. The GIN index finds
/// the same profiles but builds the bitmap of every match before its LIMIT — at a million profiles
/// a prefix of two letters matches tens of thousands, 19–32 ms p99 (DECISIONS, "Search words on
/// PostgreSQL").
///
/// The words are folded by the server (`clientele_fold`), as the index's own words were, so a typed
/// word and a stored one meet whatever the client's folding would make of them.
enum PGSearchWords {
    /// Several typed words: the one with the fewest profiles drives when it has at most this many,
    /// each of them checked for the others against its own names (the search document's tsquery, row
    /// by row). When every word has more, the words are merged by their starts (v12,
    /// `clientele_search_together`) — or, with a word of one letter among them (no start of two
    /// letters to merge by), the driver's first ones are checked and, when they do not fill the
    /// page, nil: the GIN index's bitmap intersection answers instead.
    static let drivingLimit = 2_000

    /// A typed word's range, `lower <= word < upper`: the fold of the word, then that fold followed
    /// by the last code point (in the column's byte order nothing that starts with it sorts after).
    private static let range = "word >= clientele_fold(?) AND word < clientele_fold(?) || chr(1114111)"

    /// Up to `limit` distinct profiles with a word starting with each of `words` (any order), or
    /// nil when the GIN index should answer instead.
    static func matches(_ db: PGLink, words: [String], limit: Int) throws -> [CustomerID]? {
        let distinct = Set(words)
        guard let first = distinct.first else { return [] }
        if distinct.count == 1 { return try matches(db, word: first, limit: limit) }
        // Each word's fold and its profiles up to one more than the driver reads, in one round trip.
        var sizes: [(word: String, folded: String, count: Int)] = try db.query("""
            SELECT w, f, (SELECT count(*) FROM (SELECT 1 FROM customer_search_word WHERE word >= f AND word < f || chr(1114111) LIMIT ?) s)
            FROM unnest(?::text[]) w, clientele_fold(w) f
            """, [drivingLimit + 1, PGArray(Array(distinct))]).map { (try $0.text(0), try $0.text(1), Int(try $0.int(2))) }
        if sizes.contains(where: { $0.count == 0 }) { return [] }
        // Equal counts in a fixed order, so the same words always plan the same way.
        sizes.sort { ($0.count, $0.word) < ($1.count, $1.word) }
        let driver = sizes[0]
        // Every word common, each of two letters or more once folded (the server's length: code points).
        if driver.count > drivingLimit, sizes.allSatisfy({ $0.folded.unicodeScalars.count >= 2 }) {
            return try db.query("SELECT * FROM clientele_search_together(?, ?)",
                                [PGArray(sizes.map(\.folded)), limit]).map { try $0.int(0) }
        }
        // The others as the GIN path would ask (letters and digits only, so the quotes hold them).
        let others = sizes.dropFirst().map { "'\($0.word)':*" }.joined(separator: " & ")
        let found = try db.query("""
            SELECT c.id FROM customer c
            WHERE c.id IN (SELECT d.customer_id FROM customer_search_word d WHERE d.\(range) LIMIT ?)
              AND \(PostgresMigrations.searchDocument) @@ to_tsquery('simple', clientele_fold(?))
            LIMIT ?
            """, [driver.word, driver.word, drivingLimit, others, limit]).map { try $0.int(0) }
        // Whole when the driver's range was read whole, or when the page is full anyway.
        return driver.count <= drivingLimit || found.count >= limit ? found : nil
    }

    /// One word: its range in the B-tree's order, keyset-paged until `limit` distinct profiles
    /// (a profile whose names hold two words with that start comes twice in the range).
    private static func matches(_ db: PGLink, word: String, limit: Int) throws -> [CustomerID] {
        var found: [CustomerID] = []
        var seen = Set<CustomerID>()
        var after: (word: String, id: CustomerID)?
        let batch = limit * 2
        while found.count < limit {
            var binds: [any PGBindable] = [word, word]
            var keyset = ""
            if let after {
                keyset = " AND (word, customer_id) > (?, ?)"
                binds += [after.word, after.id]
            }
            binds.append(batch)
            let rows = try db.query("""
                SELECT word, customer_id FROM customer_search_word WHERE \(range)\(keyset) ORDER BY word, customer_id LIMIT ?
                """, binds)
            for row in rows {
                let id = try row.int(1)
                if seen.insert(id).inserted { found.append(id) }
            }
            guard rows.count == batch, let last = rows.last else { break }
            after = (try last.text(0), try last.int(1))
        }
        return Array(found.prefix(limit))
    }
}
