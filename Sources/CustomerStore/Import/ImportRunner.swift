import Foundation
import GRDB
import CustomerCore

/// Applies an import plan to a file (`ImportProcedure`, shared with PostgreSQL), in short
/// transactions that let other counters read and save between them (`SlicedImportWriter`), and all
/// or nothing: interrupted at any point (Ctrl-C, a crash, power loss), the import is removed whole
/// (`InterruptedImports`). What is SQLite's own is here and in `SQLiteImportDestination`.
public struct ImportRunner: ImportStore {
    let store: ClienteleStore

    public init(store: ClienteleStore) { self.store = store }

    /// Reads the header line and proposes the mapping.
    public func plan(path: String, group: ImportGroupChoice? = nil) throws -> (plan: ImportPlan, reader: CSVReader) {
        try ImportProcedure.plan(path: path, group: group, existing: try store.customFields.definitions())
    }

    /// Imports the rows `reader` has left (`ImportProcedure`, into `SQLiteImportDestination`).
    /// `progress` is called now and then with rows read and the bytes read so far; returning false
    /// cancels (nothing is written).
    public func run(_ plan: ImportPlan, reader: CSVReader, dryRun: Bool, now: Date = Date(),
                    progress: (_ rows: Int, _ bytesRead: Int) -> Bool = { _, _ in true }) throws -> ImportSummary {
        // Alone with the file (no other counter has it open), and allowed to keep it to itself
        // (`importsWholeWhenAlone`: the command line): one transaction instead of slices.
        let whole = store.importsWholeWhenAlone && (store.database.presence?.isAlone() ?? false)
        let destination = SQLiteImportDestination(store: store, writing: dryRun ? nil : (reader.fileSize, now, whole))
        return try ImportProcedure.run(plan, reader: reader, into: destination, region: store.region, dryRun: dryRun, now: now, progress: progress)
    }

    /// The group the rows join, created in the same transaction when new.
    static func resolveGroup(_ db: Database, _ choice: ImportGroupChoice, now: Date, summary: inout ImportSummary, created: inout Int64?) throws -> Int64? {
        switch choice {
        case .none: return nil
        case .existingGroup(let name):
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM customer_group WHERE name = ? COLLATE NOCASE", arguments: [name]) else {
                throw StoreError.notFound(what: "group named “\(name)”", id: 0)
            }
            summary.groupName = name
            return id
        case .newGroup(let name):
            // A name already taken is refused (`StoreError.duplicateName`), never made "VIP (2)":
            // adding to the existing group is a choice the person makes (`existingGroup`).
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            summary.groupName = trimmed
            created = try GroupRepository.create(db, name: trimmed, now: now).id
            return created
        case .newDatedGroup(let name):
            var candidate = name
            var counter = 2
            while try Bool.fetchOne(db, sql: "SELECT 1 FROM customer_group WHERE name = ? COLLATE NOCASE", arguments: [candidate]) == true {
                candidate = "\(name) (\(counter))"
                counter += 1
            }
            summary.groupName = candidate
            created = try GroupRepository.create(db, name: candidate, now: now).id
            return created
        }
    }

    /// The field of that label (as stored: cut at 100), created at the next position when new,
    /// of the kind and with the options its header declared (text when it declared none). An
    /// existing field keeps its kind: the file's cells were read as it.
    static func ensureCustomField(_ db: Database, _ definition: CustomFieldDefinition, position: inout Int) throws -> (id: Int64, isNew: Bool) {
        let stored = ImportPlan.storedLabel(definition.label)
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM custom_field WHERE label = ? COLLATE NOCASE", arguments: [stored]) { return (id, false) }
        position += 1
        let choices = String(decoding: try JSONEncoder().encode(definition.kind == .choice ? definition.choices : []), as: UTF8.self)
        try db.execute(sql: "INSERT INTO custom_field (label, kind, choices, position) VALUES (?, ?, ?, ?)",
                       arguments: [stored, definition.kind.rawValue, choices, position])
        return (db.lastInsertedRowID, true)
    }

    /// New profiles (ids after `lastExistingID`) sharing a normalised email or an E.164 phone with a
    /// profile before them, or a similar name at the same street address.
    static func countDuplicates(_ db: Database, after lastExistingID: Int64) throws -> Int {
        // Set-based, from the keys two profiles share (one pass over each index), rather than
        // probing for every new row: 2.9 s → well under a second after an import of a million.
        var duplicates = Set<Int64>()
        for (column, index) in [("email_normalized", "customer_by_email"), ("phone_e164", "customer_by_phone_e164")] {
            duplicates.formUnion(try Int64.fetchAll(db, sql: """
                SELECT n.id FROM customer n INDEXED BY \(index)
                WHERE n.\(column) IS NOT NULL
                  AND n.\(column) IN (SELECT \(column) FROM customer WHERE \(column) IS NOT NULL GROUP BY \(column) HAVING count(*) > 1)
                  AND n.id > ?1
                  AND n.id > (SELECT min(o.id) FROM customer o INDEXED BY \(index) WHERE o.\(column) = n.\(column))
                """, arguments: [lastExistingID]))
        }
        // Possible duplicates too: a similar name at the same street address (PRODUCT §5).
        let sameAddress = try Row.fetchCursor(db, sql: """
            SELECT n.id, n.given_name, n.family_name, o.given_name AS other_given_name, o.family_name AS other_family_name
            FROM customer n INDEXED BY customer_by_address_key
            JOIN customer o INDEXED BY customer_by_address_key ON o.address_key = n.address_key AND o.address_key <> '' AND o.id < n.id
            WHERE n.address_key <> ''
              AND n.address_key IN (SELECT address_key FROM customer WHERE address_key <> '' GROUP BY address_key HAVING count(*) > 1)
              AND n.id > ?
            """, arguments: [lastExistingID])
        var columns: (id: Int, given: Int, family: Int, otherGiven: Int, otherFamily: Int)?  // found by name in the first row
        while let row = try sameAddress.next() {
            let c = columns ?? {
                let positions = ColumnPositions(row)
                return (positions["id"], positions["given_name"], positions["family_name"], positions["other_given_name"], positions["other_family_name"])
            }()
            columns = c
            if NameSimilarity.compare(given: row[c.given], family: row[c.family], withGiven: row[c.otherGiven], family: row[c.otherFamily]) != nil {
                duplicates.insert(row[c.id])
            }
        }
        return duplicates.count
    }

    /// Writes the refused rows of `path` to `rejectsPath` (`ImportRejectsWriter`, the same on every backend).
    public func writeRejects(of path: String, summary: ImportSummary, to rejectsPath: String) throws {
        try ImportRejectsWriter.write(of: path, summary: summary, to: rejectsPath)
    }
}
