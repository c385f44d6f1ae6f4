import CustomerCore
import Foundation

/// An import's rows into the PostgreSQL directory, in the one transaction `allOrNothing` opens:
/// the group and custom fields first, then the profiles many to a statement (`PGBulkCustomerInsert`,
/// columns as arrays), their custom values and group memberships likewise, and at the end the
/// possible duplicates among the new ids. A dry run only looks profiles up.
final class PGImportDestination: ImportDestination {
    let link: PGLink
    private var fieldIDs: [String: Int64] = [:]
    private var groupID: Int64?
    /// Every id this import gave, in order: the duplicates are counted among them (not "ids after
    /// the largest before": another counter's profiles, saved meanwhile, take ids in between).
    private var newIDs: [CustomerID] = []
    /// The customer table's indexes, dropped at `begin` when the directory was empty and built
    /// again at `finish` (`PGDeferredIndexes`).
    private var deferredIndexes: PGDeferredIndexes?

    init(link: PGLink) { self.link = link }

    /// The custom fields, by position (`CustomFieldRepository.definitions`' order).
    static func definitions(_ db: PGLink) throws -> [CustomFieldDefinition] {
        try db.query("SELECT id, label, kind, choices, position FROM custom_field ORDER BY position, id").map { row in
            let choices = (try? JSONDecoder().decode([String].self, from: Data(try row.text("choices").utf8))) ?? []
            return CustomFieldDefinition(id: try row.int("id"), label: try row.text("label"), kind: CustomFieldKind(rawValue: try row.text("kind")) ?? .text,
                                         choices: choices, position: Int(try row.int("position")))
        }
    }

    func customFieldDefinitions() throws -> [CustomFieldDefinition] { try Self.definitions(link) }

    /// One transaction: rolled back whole when `body` throws; once committed, the new rows vacuumed.
    func allOrNothing(_ body: () throws -> Void) throws {
        try link.write { _ in try body() }
        PGBulkWriteVacuum.run(link, tables: ["customer", "customer_search_word", "group_member"])
    }

    func begin(_ plan: ImportPlan, now: Date, summary: inout ImportSummary) throws {
        newIDs = []
        deferredIndexes = try PGDeferredIndexes.dropIfEmpty(link)
        groupID = try PGImportGroup.resolve(link, plan.group, now: now, summary: &summary)
        // In the file's column order, positions after the last one.
        var position = Int(try link.int("SELECT coalesce(max(position), 0) FROM custom_field") ?? 0)
        let declared = Dictionary(plan.declaredCustomFields.map { (SearchFolding.fold($0.label), $0) }, uniquingKeysWith: { first, _ in first })
        for label in plan.customFieldLabels where fieldIDs[SearchFolding.fold(label)] == nil {
            let definition = declared[SearchFolding.fold(label)] ?? CustomFieldDefinition(label: label, kind: .text)
            fieldIDs[SearchFolding.fold(label)] = try Self.ensureCustomField(link, definition, position: &position)
        }
    }

    /// The field of that label (as stored: cut at 100), created at the next position when new, of
    /// the kind and with the options its header declared. An existing field keeps its kind. Labels
    /// are compared as the table's unique index compares them (`lower(label)`); one another counter
    /// creates meanwhile is found after the insert gives way (`ON CONFLICT DO NOTHING`).
    static func ensureCustomField(_ db: PGLink, _ definition: CustomFieldDefinition, position: inout Int) throws -> Int64 {
        let stored = ImportPlan.storedLabel(definition.label)
        let find = "SELECT id FROM custom_field WHERE lower(label) = lower(?::text)"
        if let id = try db.int(find, [stored]) { return id }
        position += 1
        let choices = String(decoding: try JSONEncoder().encode(definition.kind == .choice ? definition.choices : []), as: UTF8.self)
        if let id = try db.int("INSERT INTO custom_field (label, kind, choices, position) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
                               [stored, definition.kind.rawValue, choices, position]) { return id }
        guard let id = try db.int(find, [stored]) else { throw StoreError.notFound(what: "custom field “\(stored)”", id: 0) }
        return id
    }

    /// One bulk statement's worth: fewer, larger round trips while the next chunks convert.
    var rowsPerWrite: Int { PGBulkCustomerInsert.rowsPerStatement }

    func write(_ rows: [ConvertedImportRow]) throws {
        let ids = try PGBulkCustomerInsert.insert(link, rows.map(\.row.customer), derived: rows.map(\.columns))
        newIDs += ids
        if !fieldIDs.isEmpty {
            var customers: [Int64] = [], fields: [Int64] = [], values: [String] = []
            for (converted, id) in zip(rows, ids) {
                // Two labels of one row may land on one field: the last wins, as SQLite's INSERT OR REPLACE
                // does (one statement may not touch a row twice).
                var byField: [Int64: String] = [:]
                var order: [Int64] = []
                for (label, value) in converted.row.customValues {
                    guard let fieldID = fieldIDs[SearchFolding.fold(label)] else { continue }
                    if byField.updateValue(value.storageText, forKey: fieldID) == nil { order.append(fieldID) }
                }
                for fieldID in order {
                    customers.append(id)
                    fields.append(fieldID)
                    values.append(byField[fieldID]!)
                }
            }
            if !customers.isEmpty {
                try link.execute("""
                    INSERT INTO custom_field_value (customer_id, field_id, value) SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[])
                    ON CONFLICT (customer_id, field_id) DO UPDATE SET value = excluded.value
                    """, [PGArray(customers), PGArray(fields), PGArray(values)])
            }
        }
        if let groupID, !ids.isEmpty {
            try link.execute("INSERT INTO group_member (group_id, customer_id) SELECT ?::bigint, unnest(?::bigint[])", [groupID, PGArray(ids)])
        }
    }

    /// Other counters do not wait for an import on PostgreSQL: nothing to tell them.
    func progress(bytesRead: Int) {}

    func finish() throws -> Int {
        try deferredIndexes?.rebuild(link)
        deferredIndexes = nil
        return try PGImportDuplicates.count(link, among: newIDs)
    }

    func storedProfileMatches(email: String?, phoneE164: String?, addressKey: String,
                              similar: ([(given: String, family: String)]) -> Bool) throws -> Bool {
        try link.read { db in
            if email != nil || phoneE164 != nil, try db.int("""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM customer WHERE email_normalized = ?::text)
                              OR EXISTS (SELECT 1 FROM customer WHERE phone_e164 = ?::text) THEN 1 ELSE 0 END
                """, [email, phoneE164]) == 1 { return true }
            guard !addressKey.isEmpty else { return false }
            let names = try db.query("SELECT given_name, family_name FROM customer WHERE address_key = ?", [addressKey]).map {
                (given: try $0.text("given_name"), family: try $0.text("family_name"))
            }
            return similar(names)
        }
    }
}
