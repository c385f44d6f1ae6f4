import Foundation
import GRDB
import CustomerCore

/// The SQL behind the directory list and search, kept together because they share the
/// filter clause and the row shape. Every path is served by an index (see the migration).
enum DirectorySQL {
    static func filterClause(_ filter: DirectoryFilter, now: Date) -> (String, StatementArguments) {
        var clauses: [String] = ["1"]
        var arguments = StatementArguments()
        if let groupID = filter.groupID {
            clauses.append("EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = ? AND gm.customer_id = c.id)")
            arguments += [groupID]
        }
        if let status = filter.status {
            clauses.append("c.status = ?")
            arguments += [status.rawValue]
        }
        if let subscription = filter.emailSubscription {
            clauses.append("c.email_subscription = ?")
            arguments += [subscription.rawValue]
        }
        if filter.loyaltyMembersOnly {
            clauses.append("EXISTS (SELECT 1 FROM loyalty_account la WHERE la.customer_id = c.id)")
        }
        if filter.remindersDueOnly {
            clauses.append("EXISTS (SELECT 1 FROM note n WHERE n.customer_id = c.id AND n.reminder_at <= ? AND n.reminder_done_at IS NULL)")
            arguments += [StoredTime.encode(now)]
        }
        if filter.overduePaymentsOnly {
            clauses.append("EXISTS (SELECT 1 FROM payment p WHERE p.customer_id = c.id AND (p.status = 'overdue' OR (p.status = 'due' AND p.due_at < ?)))")
            arguments += [StoredTime.encode(now)]
        }
        if let from = filter.createdFrom {
            clauses.append("c.created_at >= ?")
            arguments += [StoredTime.encode(from)]
        }
        if let before = filter.createdBefore {
            clauses.append("c.created_at < ?")
            arguments += [StoredTime.encode(before)]
        }
        if let ids = filter.customerIDs {
            // The marked rows: a person marks tens, not thousands; their ids are bound one by one.
            clauses.append(ids.isEmpty ? "0" : "c.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(ids.sorted())
        }
        return (clauses.joined(separator: " AND "), arguments)
    }

    /// A set filter names few customers, or many. Under this many the page is driven from the set
    /// (its ids, then their rows sorted: about 6 µs a row); over it the matches are dense enough that
    /// walking the sort index and checking each row finds a page quickly (about 1.5 µs a row walked, and
    /// 200 × directory ÷ set rows walked). The two meet near √(50 × directory): 7,000 at a million.
    static let drivingLimit = 8_000

    /// The customer ids one filter names, each read from an index that covers it (v1, v9): a
    /// subquery whose only column is `driver_id`. Smallest sets first (overdue, reminders due), then
    /// the groups, members and dates.
    static func drivers(_ filter: DirectoryFilter, now: Date) -> [(String, StatementArguments)] {
        var drivers: [(String, StatementArguments)] = []
        let at = StoredTime.encode(now)
        if let ids = filter.customerIDs, !ids.isEmpty {
            drivers.append(("SELECT value AS driver_id FROM json_each(?)", [String(describing: ids.sorted())]))
        }
        if filter.overduePaymentsOnly {
            // Payment.isOverdue: stored overdue, or due with its due date passed.
            drivers.append(("""
                SELECT customer_id AS driver_id FROM payment INDEXED BY payment_open_by_status WHERE status = 'overdue' AND status IN ('due','overdue')
                UNION ALL SELECT customer_id FROM payment INDEXED BY payment_open_by_status WHERE status = 'due' AND due_at < ? AND status IN ('due','overdue')
                """, [at]))
        }
        if filter.remindersDueOnly {
            drivers.append(("""
                SELECT customer_id AS driver_id FROM note INDEXED BY note_due_reminder
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
            var arguments = StatementArguments()
            if let from = filter.createdFrom { clauses.append("created_at >= ?"); arguments += [StoredTime.encode(from)] }
            if let before = filter.createdBefore { clauses.append("created_at < ?"); arguments += [StoredTime.encode(before)] }
            drivers.append(("SELECT id AS driver_id FROM customer INDEXED BY customer_by_created WHERE \(clauses.joined(separator: " AND "))", arguments))
        }
        return drivers
    }

    /// The filter's smallest set under `limit` (a bounded count of each: never more than `limit` index
    /// entries read per set), or nil when every set is larger or the filter names none.
    static func smallDriver(_ db: Database, _ filter: DirectoryFilter, now: Date, limit: Int = drivingLimit) throws -> (String, StatementArguments)? {
        var best: (sql: String, arguments: StatementArguments, count: Int)?
        for (sql, arguments) in drivers(filter, now: now) {
            var probe = arguments
            probe += [limit + 1]
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(sql) LIMIT ?)", arguments: probe) ?? 0
            if count <= limit, count < (best?.count ?? Int.max) { best = (sql, arguments, count) }
        }
        return best.map { ($0.sql, $0.arguments) }
    }

    /// `FROM customer c`, or the set's distinct ids joined to their rows (CROSS JOIN keeps the set outside).
    static func source(_ driver: (String, StatementArguments)?) -> (String, StatementArguments) {
        guard let (sql, arguments) = driver else { return ("customer c", []) }
        return ("(SELECT DISTINCT driver_id FROM (\(sql))) d CROSS JOIN customer c ON c.id = d.driver_id", arguments)
    }

    /// How many profiles the filter lets through: from the smallest set it names when it names one
    /// (proportional to that set, never a walk of the directory probing each row), else from the
    /// column indexes (status, subscription).
    static func count(_ db: Database, filter: DirectoryFilter, now: Date, drivingLimit: Int = drivingLimit) throws -> Int {
        let (whereSQL, filterArguments) = filterClause(filter, now: now)
        let sets = drivers(filter, now: now)
        if sets.count == 1, filter.status == nil, filter.emailSubscription == nil, filter.customerIDs == nil {
            // One set and nothing else: its distinct customers, from its covering index alone (every id in
            // it is a customer's: the foreign keys say so).
            return try Int.fetchOne(db, sql: "SELECT count(DISTINCT driver_id) FROM (\(sets[0].0))", arguments: sets[0].1) ?? 0
        }
        let driver = sets.isEmpty ? nil : try smallDriver(db, filter, now: now, limit: drivingLimit) ?? sets[0]
        var (from, arguments) = source(driver)
        arguments += filterArguments
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(from) WHERE \(whereSQL)", arguments: arguments) ?? 0
    }

    static func page(_ db: Database, sort: DirectorySort, filter: DirectoryFilter, after cursor: DirectoryCursor?,
                     limit: Int, now: Date, drivingLimit: Int = drivingLimit) throws -> DirectoryPage {
        let (whereSQL, filterArguments) = filterClause(filter, now: now)
        // Two sets or more: the matches are rarer than either set (group of 300,000 + overdue: 2,975 of a
        // million), so the walk finds a page more slowly and a larger set is still worth sorting (measured:
        // 85 ms driven from 9,956 overdue, 157 ms walked).
        let setLimit = drivingLimit == Self.drivingLimit && drivers(filter, now: now).count > 1 ? 20_000 : drivingLimit
        var (from, arguments) = source(try smallDriver(db, filter, now: now, limit: setLimit))
        arguments += filterArguments
        var keyset = ""
        let order: String
        let sortColumn: String
        switch sort {
        case .name:
            sortColumn = "c.sort_key"
            order = "c.sort_key, c.id"
            if let cursor {
                keyset = " AND (c.sort_key, c.id) > (?, ?)"
                arguments += [cursor.sortValue, cursor.id]
            }
        case .recentlyAdded, .lastActivity:
            sortColumn = sort == .recentlyAdded ? "c.created_at" : "c.last_activity_at"
            order = "\(sortColumn) DESC, c.id DESC"
            if let cursor {
                keyset = " AND (\(sortColumn), c.id) < (?, ?)"
                arguments += [Int64(cursor.sortValue) ?? 0, cursor.id]
            }
        }
        arguments += [limit + 1]
        // One row past the page says whether another page follows; the page's last row is its cursor.
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT \(DirectoryRow.qualifiedColumns), \(sortColumn) AS sort_value
            FROM \(from) WHERE \(whereSQL)\(keyset) ORDER BY \(order) LIMIT ?
            """, arguments: arguments)
        var rows: [DirectoryRow] = []
        var columns: DirectoryRow.Columns?
        var lastSortValue: String?
        var next: DirectoryCursor?
        while let row = try cursor.next() {
            if rows.count == limit {
                if let lastSortValue, let last = rows.last { next = DirectoryCursor(sortValue: lastSortValue, id: last.id) }
                break
            }
            let found = columns ?? DirectoryRow.Columns(row)
            columns = found
            rows.append(DirectoryRow(row: row, at: found))
            if rows.count == limit { lastSortValue = sort == .name ? (row["sort_value"] as String) : String(row["sort_value"] as Int64) }
        }
        return DirectoryPage(rows: rows, next: next)
    }

    /// Whole profiles in name order after `cursor`, for an export: one query and a cursor over
    /// its rows, rather than a directory page followed by a fetch of its ids (the export's time
    /// went on decoding and copying rows twice).
    static func customers(_ db: Database, filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> (customers: [Customer], next: DirectoryCursor?) {
        let (whereSQL, filterArguments) = filterClause(filter, now: now)
        var arguments = filterArguments
        var keyset = ""
        if let cursor {
            keyset = " AND (c.sort_key, c.id) > (?, ?)"
            arguments += [cursor.sortValue, cursor.id]
        }
        arguments += [limit]
        var customers: [Customer] = []
        customers.reserveCapacity(limit)
        var last: DirectoryCursor?
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(Customer.selectColumns), c.sort_key FROM customer c
            WHERE \(whereSQL)\(keyset) ORDER BY c.sort_key, c.id LIMIT ?
            """, arguments: arguments)
        // The columns are found by name in the first row, then every row is read at the same places.
        var columns: (customer: Customer.Columns, sortKey: Int)?
        while let row = try rows.next() {
            let found = columns ?? (Customer.Columns(row), ColumnPositions(row)["sort_key"])
            columns = found
            let customer = Customer(row: row, at: found.customer)
            customers.append(customer)
            last = DirectoryCursor(sortValue: row[found.sortKey], id: customer.id!)
        }
        return (customers, customers.count == limit ? last : nil)
    }

    static func search(_ db: Database, query: SearchQuery, filter: DirectoryFilter, limit: Int, now: Date) throws -> SearchResult {
        let ids: [CustomerID]
        switch query {
        case .everything:
            let page = try page(db, sort: .name, filter: filter, after: nil, limit: limit, now: now)
            return SearchResult(rows: page.rows, truncated: page.next != nil, query: query)
        case .words(let words, let text):
            // Each word must start a word of the names, nickname or company: `"ana"* "gar"*`
            // (quotes keep FTS syntax out). The whole text may also start an email address or be
            // a reference ID; both are B-tree lookups.
            let match = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"*" }.joined(separator: " ")
            var found = try CustomerID.fetchAll(db, sql: "SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?",
                                                arguments: [match, limit + 1])
            let emailStart = EmailAddress.normalize(text)
            if !emailStart.contains(" ") {
                found += try CustomerID.fetchAll(db, sql: "SELECT id FROM customer WHERE email_normalized >= ? AND email_normalized < ? LIMIT ?",
                                                 arguments: [emailStart, emailStart + "\u{10FFFF}", limit + 1])
            }
            found += try CustomerID.fetchAll(db, sql: "SELECT id FROM customer WHERE reference_id = ? AND reference_id <> '' LIMIT 10",
                                             arguments: [text])
            ids = found
        case .phone(let digits, let e164, let prefixes):
            ids = try phoneMatches(db, digits: digits, e164: e164, e164Prefixes: prefixes, limit: limit + 1)
        }
        let unique = Array(Set(ids))
        let truncated = unique.count > limit
        guard !unique.isEmpty else { return SearchResult(rows: [], truncated: false, query: query) }
        let (whereSQL, filterArguments) = filterClause(filter, now: now)
        let marks = unique.map { _ in "?" }.joined(separator: ",")
        var arguments = StatementArguments(unique)
        arguments += filterArguments
        var exactPhoneFirst = ""
        if case .phone(_, let e164?, _) = query {
            exactPhoneFirst = "(c.phone_e164 IS NOT ?) , "  // false (0) sorts first: exact matches on top
            arguments += [e164]
        }
        arguments += [limit]
        var columns: DirectoryRow.Columns?
        let rows = try db.mapRows(sql: """
            SELECT \(DirectoryRow.qualifiedColumns)
            FROM customer c WHERE c.id IN (\(marks)) AND \(whereSQL)
            ORDER BY \(exactPhoneFirst)c.sort_key, c.id LIMIT ?
            """, arguments: arguments) { row in
            let found = columns ?? DirectoryRow.Columns(row)
            columns = found
            return DirectoryRow(row: row, at: found)
        }
        return SearchResult(rows: rows, truncated: truncated, query: query)
    }

    /// Customers whose phone matches typed digits: the whole number, its start (national or
    /// international, as E.164 prefixes) or its end ("last digits"), each an index range scan.
    static func phoneMatches(_ db: Database, digits: String, e164: String?, e164Prefixes: [String], limit: Int) throws -> [CustomerID] {
        var ids: [CustomerID] = []
        if let e164 {
            ids += try CustomerID.fetchAll(db, sql: "SELECT id FROM customer WHERE phone_e164 = ? LIMIT ?", arguments: [e164, limit])
        }
        // A prefix equal to the whole number adds nothing to the exact match above.
        for prefix in Set(e164Prefixes) where prefix.count >= 4 && prefix != e164 {
            ids += try CustomerID.fetchAll(db, sql: """
                SELECT id FROM customer WHERE phone_e164 >= ? AND phone_e164 < ? LIMIT ?
                """, arguments: [prefix, prefix + ":", limit])
        }
        // Typed from the end: "0134" matches every number ending in 0134.
        let reversed = String(digits.reversed())
        ids += try CustomerID.fetchAll(db, sql: """
            SELECT id FROM customer WHERE phone_reversed >= ? AND phone_reversed < ? LIMIT ?
            """, arguments: [reversed, reversed + ":", limit])
        ids += try CustomerID.fetchAll(db, sql: "SELECT id FROM customer WHERE reference_id = ? AND reference_id <> '' LIMIT 10", arguments: [digits])
        return ids
    }
}
