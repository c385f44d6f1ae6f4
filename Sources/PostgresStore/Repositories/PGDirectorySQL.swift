import CustomerCore
import Foundation

/// The SQL behind the directory list, count and search on PostgreSQL: `DirectorySQL`'s plan in
/// PostgreSQL's words — the same filter clause, the same "drive from the smallest set" choice, the
/// same keyset pages, every path read from an index (see `PostgresMigrations`).
enum PGDirectorySQL {
    static func filterClause(_ filter: DirectoryFilter, now: Date) -> (String, [any PGBindable]) {
        var clauses: [String] = ["TRUE"]
        var binds: [any PGBindable] = []
        if let groupID = filter.groupID {
            clauses.append("EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = ? AND gm.customer_id = c.id)")
            binds.append(groupID)
        }
        if let status = filter.status {
            clauses.append("c.status = ?")
            binds.append(status.rawValue)
        }
        if let subscription = filter.emailSubscription {
            clauses.append("c.email_subscription = ?")
            binds.append(subscription.rawValue)
        }
        if filter.loyaltyMembersOnly {
            clauses.append("EXISTS (SELECT 1 FROM loyalty_account la WHERE la.customer_id = c.id)")
        }
        if filter.remindersDueOnly {
            clauses.append("EXISTS (SELECT 1 FROM note n WHERE n.customer_id = c.id AND n.reminder_at <= ? AND n.reminder_done_at IS NULL)")
            binds.append(StoredTime.encode(now))
        }
        if filter.overduePaymentsOnly {
            clauses.append("EXISTS (SELECT 1 FROM payment p WHERE p.customer_id = c.id AND (p.status = 'overdue' OR (p.status = 'due' AND p.due_at < ?)))")
            binds.append(StoredTime.encode(now))
        }
        if let from = filter.createdFrom {
            clauses.append("c.created_at >= ?")
            binds.append(StoredTime.encode(from))
        }
        if let before = filter.createdBefore {
            clauses.append("c.created_at < ?")
            binds.append(StoredTime.encode(before))
        }
        if let ids = filter.customerIDs {
            clauses.append("c.id = ANY(?)")
            binds.append(PGArray(ids.sorted()))
        }
        return (clauses.joined(separator: " AND "), binds)
    }

    /// As `DirectorySQL.drivingLimit`: under this many, a filter's set drives the page.
    static let drivingLimit = 8_000

    /// The customer ids one filter names, each a subquery whose only column is `driver_id`.
    static func drivers(_ filter: DirectoryFilter, now: Date) -> [(String, [any PGBindable])] {
        var drivers: [(String, [any PGBindable])] = []
        let at = StoredTime.encode(now)
        if let ids = filter.customerIDs, !ids.isEmpty {
            drivers.append(("SELECT unnest(?::bigint[]) AS driver_id", [PGArray(ids.sorted())]))
        }
        if filter.overduePaymentsOnly {
            drivers.append(("""
                SELECT customer_id AS driver_id FROM payment WHERE status = 'overdue'
                UNION ALL SELECT customer_id FROM payment WHERE status = 'due' AND due_at < ?
                """, [at]))
        }
        if filter.remindersDueOnly {
            drivers.append(("""
                SELECT customer_id AS driver_id FROM note
                WHERE reminder_at <= ? AND reminder_at IS NOT NULL AND reminder_done_at IS NULL
                """, [at]))
        }
        if let groupID = filter.groupID {
            drivers.append(("SELECT customer_id AS driver_id FROM group_member WHERE group_id = ?", [groupID]))
        }
        if filter.loyaltyMembersOnly {
            drivers.append(("SELECT customer_id AS driver_id FROM loyalty_account", []))
        }
        if filter.createdFrom != nil || filter.createdBefore != nil {
            var clauses: [String] = []
            var binds: [any PGBindable] = []
            if let from = filter.createdFrom { clauses.append("created_at >= ?"); binds.append(StoredTime.encode(from)) }
            if let before = filter.createdBefore { clauses.append("created_at < ?"); binds.append(StoredTime.encode(before)) }
            drivers.append(("SELECT id AS driver_id FROM customer WHERE \(clauses.joined(separator: " AND "))", binds))
        }
        return drivers
    }

    /// The filter's smallest set under `limit` (each counted only up to `limit + 1`), or nil.
    static func smallDriver(_ db: PGLink, _ filter: DirectoryFilter, now: Date, limit: Int = drivingLimit) throws -> (String, [any PGBindable])? {
        var best: (sql: String, binds: [any PGBindable], count: Int)?
        for (sql, binds) in drivers(filter, now: now) {
            let count = Int(try db.int("SELECT count(*) FROM (\(sql) LIMIT ?) s", binds + [limit + 1]) ?? 0)
            if count <= limit, count < (best?.count ?? Int.max) { best = (sql, binds, count) }
        }
        return best.map { ($0.sql, $0.binds) }
    }

    /// `customer c`, or the set's distinct ids joined to their rows.
    static func source(_ driver: (String, [any PGBindable])?) -> (String, [any PGBindable]) {
        guard let (sql, binds) = driver else { return ("customer c", []) }
        return ("(SELECT DISTINCT driver_id FROM (\(sql)) s) d JOIN customer c ON c.id = d.driver_id", binds)
    }

    static func count(_ db: PGLink, filter: DirectoryFilter, now: Date) throws -> Int {
        let (whereSQL, filterBinds) = filterClause(filter, now: now)
        let sets = drivers(filter, now: now)
        if sets.count == 1, filter.status == nil, filter.emailSubscription == nil, filter.customerIDs == nil {
            return Int(try db.int("SELECT count(DISTINCT driver_id) FROM (\(sets[0].0)) s", sets[0].1) ?? 0)
        }
        let driver = sets.isEmpty ? nil : try smallDriver(db, filter, now: now) ?? sets[0]
        let (from, binds) = source(driver)
        return Int(try db.int("SELECT count(*) FROM \(from) WHERE \(whereSQL)", binds + filterBinds) ?? 0)
    }

    static func page(_ db: PGLink, sort: DirectorySort, filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> DirectoryPage {
        let (whereSQL, filterBinds) = filterClause(filter, now: now)
        let setLimit = drivers(filter, now: now).count > 1 ? 20_000 : drivingLimit
        var (from, binds) = source(try smallDriver(db, filter, now: now, limit: setLimit))
        binds += filterBinds
        var keyset = ""
        let order: String
        let sortColumn: String
        switch sort {
        case .name:
            sortColumn = "c.sort_key"
            order = "c.sort_key, c.id"
            if let cursor {
                keyset = " AND (c.sort_key, c.id) > (?, ?)"
                binds += [cursor.sortValue, cursor.id]
            }
        case .recentlyAdded, .lastActivity:
            sortColumn = sort == .recentlyAdded ? "c.created_at" : "c.last_activity_at"
            order = "\(sortColumn) DESC, c.id DESC"
            if let cursor {
                keyset = " AND (\(sortColumn), c.id) < (?, ?)"
                binds += [Int64(cursor.sortValue) ?? 0, cursor.id]
            }
        }
        binds.append(limit + 1)
        let found = try db.query("""
            SELECT \(PGCustomerRow.listColumns), \(sortColumn)::text AS sort_value
            FROM \(from) WHERE \(whereSQL)\(keyset) ORDER BY \(order) LIMIT ?
            """, binds)
        var rows: [DirectoryRow] = []
        rows.reserveCapacity(min(found.count, limit))
        for row in found.prefix(limit) { rows.append(try PGCustomerRow.listRow(row)) }
        var next: DirectoryCursor?
        if found.count > limit, let last = rows.last {
            next = DirectoryCursor(sortValue: try found[limit - 1].text("sort_value"), id: last.id)
        }
        return DirectoryPage(rows: rows, next: next)
    }

    static func customers(_ db: PGLink, filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> (customers: [Customer], next: DirectoryCursor?) {
        let (whereSQL, filterBinds) = filterClause(filter, now: now)
        var binds = filterBinds
        var keyset = ""
        if let cursor {
            keyset = " AND (c.sort_key, c.id) > (?, ?)"
            binds += [cursor.sortValue, cursor.id]
        }
        binds.append(limit)
        let rows = try db.query("""
            SELECT \(PGCustomerRow.qualifiedSelectColumns), c.sort_key FROM customer c
            WHERE \(whereSQL)\(keyset) ORDER BY c.sort_key, c.id LIMIT ?
            """, binds)
        var customers: [Customer] = []
        customers.reserveCapacity(rows.count)
        var last: DirectoryCursor?
        for row in rows {
            let customer = try PGCustomerRow.customer(row)
            customers.append(customer)
            last = DirectoryCursor(sortValue: try row.text("sort_key"), id: customer.id!)
        }
        return (customers, customers.count == limit ? last : nil)
    }

    static func search(_ db: PGLink, query: SearchQuery, filter: DirectoryFilter, limit: Int, now: Date) throws -> SearchResult {
        var ids: [CustomerID] = []
        switch query {
        case .everything:
            let page = try page(db, sort: .name, filter: filter, after: nil, limit: limit, now: now)
            return SearchResult(rows: page.rows, truncated: page.next != nil, query: query)
        case .words(let words, let text):
            // Each word must start a word of the names, nickname or company: read from the words'
            // B-tree, or — several words all common — from the GIN index: 'ana':* & 'gar':* (the
            // words are letters and digits only, so the quotes hold them), folded by the index's own fold.
            if let found = try PGSearchWords.matches(db, words: words, limit: limit + 1) {
                ids += found
            } else {
                let match = words.map { "'\($0)':*" }.joined(separator: " & ")
                ids += try db.query("SELECT id FROM customer WHERE \(PostgresMigrations.searchDocument) @@ to_tsquery('simple', clientele_fold(?)) LIMIT ?",
                                    [match, limit + 1]).map { try $0.int(0) }
            }
            let emailStart = EmailAddress.normalize(text)
            if !emailStart.contains(" ") {
                ids += try db.query("SELECT id FROM customer WHERE email_normalized >= ? AND email_normalized < ? LIMIT ?",
                                    [emailStart, emailStart + "\u{10FFFF}", limit + 1]).map { try $0.int(0) }
            }
            ids += try db.query("SELECT id FROM customer WHERE reference_id = ? AND reference_id <> '' LIMIT 10", [text]).map { try $0.int(0) }
        case .phone(let digits, let e164, let prefixes):
            return try phoneSearch(db, query: query, digits: digits, e164: e164, e164Prefixes: prefixes, filter: filter, limit: limit, now: now)
        }
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return SearchResult(rows: [], truncated: false, query: query) }
        let (whereSQL, filterBinds) = filterClause(filter, now: now)
        var binds: [any PGBindable] = [PGArray(unique)]
        binds += filterBinds
        binds.append(limit)
        let rows = try db.query("""
            SELECT \(PGCustomerRow.listColumns)
            FROM customer c WHERE c.id = ANY(?) AND \(whereSQL)
            ORDER BY c.sort_key, c.id LIMIT ?
            """, binds).map(PGCustomerRow.listRow)
        return SearchResult(rows: rows, truncated: unique.count > limit, query: query)
    }

    /// A phone lookup in one round trip: the ranges of `DirectorySQL.phoneMatches` (the whole number,
    /// its start, its end, each an index range read from the index alone, v13) and the reference,
    /// their distinct ids counted, and the page's rows, in one statement. Five round trips took the
    /// last digits' lookup to 5.2–5.5 ms p99 at a million profiles where its bare range read takes
    /// 0.4 ms. The page is a lateral join on one row, so that the count comes back with no match too.
    static func phoneSearch(_ db: PGLink, query: SearchQuery, digits: String, e164: String?, e164Prefixes: [String],
                            filter: DirectoryFilter, limit: Int, now: Date) throws -> SearchResult {
        var sources: [String] = []
        var binds: [any PGBindable] = []
        if let e164 {
            sources.append("(SELECT id FROM customer WHERE phone_e164 = ? LIMIT ?)")
            binds += [e164, limit + 1]
        }
        for prefix in Set(e164Prefixes).sorted() where prefix.count >= 4 && prefix != e164 {
            sources.append("(SELECT id FROM customer WHERE phone_e164 >= ? AND phone_e164 < ? LIMIT ?)")
            binds += [prefix, prefix + ":", limit + 1]
        }
        let reversed = String(digits.reversed())
        sources.append("(SELECT id FROM customer WHERE phone_reversed >= ? AND phone_reversed < ? LIMIT ?)")
        binds += [reversed, reversed + ":", limit + 1]
        sources.append("(SELECT id FROM customer WHERE reference_id = ? AND reference_id <> '' LIMIT 10)")
        binds.append(digits)
        let (whereSQL, filterBinds) = filterClause(filter, now: now)
        binds += filterBinds
        var exactPhoneFirst = ""
        if let e164 {
            exactPhoneFirst = "(c.phone_e164 IS DISTINCT FROM ?), "  // false sorts first: exact matches on top
            binds.append(e164)
        }
        binds.append(limit)
        let rows = try db.query("""
            WITH ids AS (SELECT DISTINCT id FROM (\(sources.joined(separator: " UNION ALL "))) found)
            SELECT (SELECT count(*) FROM ids) AS matched, page.* FROM (SELECT 1) one LEFT JOIN LATERAL (
                SELECT \(PGCustomerRow.listColumns) FROM customer c WHERE c.id IN (SELECT id FROM ids) AND \(whereSQL)
                ORDER BY \(exactPhoneFirst)c.sort_key, c.id LIMIT ?) page ON true
            """, binds)
        let matched = try rows.first?.int("matched") ?? 0
        let page = try rows.filter { try $0.optionalInt("id") != nil }.map(PGCustomerRow.listRow)
        return SearchResult(rows: page, truncated: matched > limit, query: query)
    }
}
