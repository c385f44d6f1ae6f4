import Foundation
import GRDB
import CustomerCore

/// An import's rows into the SQLite file: in short transactions that let other counters read and
/// save between them (`SlicedImportWriter`), all or nothing through its marker (`InterruptedImports`)
/// — or, alone with the file, in one transaction (`WholeImportWriter`). A dry run makes one without
/// a writer: it only looks profiles up.
final class SQLiteImportDestination: ImportDestination {
    let store: ClienteleStore
    private let writer: (any ImportWriting)?
    private var fieldIDs: [String: Int64] = [:]
    private var groupID: Int64?
    private var lastExistingID: Int64 = 0

    /// `writing` nil: a dry run. `whole`: in one transaction (the caller has seen the import is alone).
    init(store: ClienteleStore, writing: (fileSize: Int, now: Date, whole: Bool)?) {
        self.store = store
        writer = writing.map { writing -> any ImportWriting in
            writing.whole ? WholeImportWriter(database: store.database, fileSize: writing.fileSize)
                          : SlicedImportWriter(database: store.database, fileSize: writing.fileSize, now: writing.now)
        }
    }

    func customFieldDefinitions() throws -> [CustomFieldDefinition] { try store.customFields.definitions() }

    func allOrNothing(_ body: () throws -> Void) throws {
        guard let writer else { return try body() }
        try writer.allOrNothing(body)
    }

    func begin(_ plan: ImportPlan, now: Date, summary: inout ImportSummary) throws {
        guard let writer else { return }
        try writer.begin { db, created in
            lastExistingID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM customer") ?? 0
            groupID = try ImportRunner.resolveGroup(db, plan.group, now: now, summary: &summary, created: &created.group)
            // In the file's column order (a Set gave a new order every run), positions after
            // the last one, counted once rather than with a max() per field.
            var position = try Int.fetchOne(db, sql: "SELECT coalesce(max(position), 0) FROM custom_field") ?? 0
            let declared = Dictionary(plan.declaredCustomFields.map { (SearchFolding.fold($0.label), $0) }, uniquingKeysWith: { first, _ in first })
            for label in plan.customFieldLabels where fieldIDs[SearchFolding.fold(label)] == nil {
                let definition = declared[SearchFolding.fold(label)] ?? CustomFieldDefinition(label: label, kind: .text)
                let (id, isNew) = try ImportRunner.ensureCustomField(db, definition, position: &position)
                fieldIDs[SearchFolding.fold(label)] = id
                if isNew { created.fields.append(id) }
            }
        }
    }

    /// The writer's current slice (smaller than a chunk while another counter writes and each slice
    /// starts with a cold cache).
    var rowsPerWrite: Int { writer?.rowsPerSlice ?? ImportProcedure.rowsPerChunk }

    func write(_ rows: [ConvertedImportRow]) throws {
        guard let writer else { return }
        try writer.slice { db, insert in
            let ids = try insert.insert(rows.map(\.row.customer), derived: rows.map(\.columns))
            if !fieldIDs.isEmpty {
                let value = try db.cachedStatement(sql: "INSERT OR REPLACE INTO custom_field_value (customer_id, field_id, value) VALUES (?, ?, ?)")
                for (converted, id) in zip(rows, ids) {
                    for (label, fieldValue) in converted.row.customValues {
                        if let fieldID = fieldIDs[SearchFolding.fold(label)] { try value.execute(arguments: [id, fieldID, fieldValue.storageText]) }
                    }
                }
            }
            if let groupID, let first = ids.first, let last = ids.last {
                try db.execute(sql: "INSERT INTO group_member (group_id, customer_id) SELECT ?, id FROM customer WHERE id BETWEEN ? AND ? ORDER BY id",
                               arguments: [groupID, first, last])
            }
            return ids
        }
    }

    func progress(bytesRead: Int) { writer?.progress(bytesRead: bytesRead) }

    func finish() throws -> Int {
        guard let writer else { return 0 }
        try writer.finish(lastExistingID: lastExistingID)
        return try writer.read { db in try ImportRunner.countDuplicates(db, after: lastExistingID) }
    }

    func storedProfileMatches(email: String?, phoneE164: String?, addressKey: String,
                              similar: ([(given: String, family: String)]) -> Bool) throws -> Bool {
        try store.database.writer.read { db in
            if let email, try Bool.fetchOne(db, sql: "SELECT 1 FROM customer WHERE email_normalized = ? LIMIT 1", arguments: [email]) == true { return true }
            if let phoneE164, try Bool.fetchOne(db, sql: "SELECT 1 FROM customer WHERE phone_e164 = ? LIMIT 1", arguments: [phoneE164]) == true { return true }
            guard !addressKey.isEmpty else { return false }
            let names = try db.mapRows(sql: "SELECT given_name, family_name FROM customer WHERE address_key = ?", arguments: [addressKey]) {
                (given: $0["given_name"] as String, family: $0["family_name"] as String)
            }
            return similar(names)
        }
    }
}
