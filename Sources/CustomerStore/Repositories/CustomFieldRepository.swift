import Foundation
import GRDB
import CustomerCore

/// The owner's custom fields and each profile's values for them.
public struct CustomFieldRepository: CustomFieldsStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func definitions() throws -> [CustomFieldDefinition] {
        try database.writer.read { db in try Self.definitions(db) }
    }

    static func definitions(_ db: Database) throws -> [CustomFieldDefinition] {
        try db.mapRows(sql: "SELECT id, label, kind, choices, position FROM custom_field ORDER BY position, id") { row in
            let choices = (try? JSONDecoder().decode([String].self, from: Data((row["choices"] as String).utf8))) ?? []
            return CustomFieldDefinition(id: row["id"], label: row["label"], kind: CustomFieldKind(rawValue: row["kind"]) ?? .text,
                                         choices: choices, position: row["position"])
        }
    }

    /// Adds a field, or renames/changes it when it has an id (values are kept on rename).
    public func save(_ definition: CustomFieldDefinition) throws -> CustomFieldDefinition {
        let issues = definition.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        var saved = definition
        saved.label = definition.label.trimmingCharacters(in: .whitespaces)
        let choices = String(decoding: try JSONEncoder().encode(saved.choices), as: UTF8.self)
        return try database.writer.write { db in
            let clash = try Int64.fetchOne(db, sql: "SELECT id FROM custom_field WHERE label = ? COLLATE NOCASE", arguments: [saved.label])
            if let clash, clash != saved.id { throw StoreError.duplicateName(what: "custom field", name: saved.label) }
            if let id = saved.id {
                try db.execute(sql: "UPDATE custom_field SET label = ?, kind = ?, choices = ?, position = ? WHERE id = ?",
                               arguments: [saved.label, saved.kind.rawValue, choices, saved.position, id])
                if db.changesCount == 0 { throw StoreError.notFound(what: "custom field", id: id) }
            } else {
                if saved.position == 0 {
                    saved.position = (try Int.fetchOne(db, sql: "SELECT coalesce(max(position), 0) + 1 FROM custom_field")) ?? 1
                }
                try db.execute(sql: "INSERT INTO custom_field (label, kind, choices, position) VALUES (?, ?, ?, ?)",
                               arguments: [saved.label, saved.kind.rawValue, choices, saved.position])
                saved.id = db.lastInsertedRowID
            }
            return saved
        }
    }

    /// Deletes a field and every profile's value for it (the interface confirms first).
    public func delete(id: Int64) throws {
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM custom_field WHERE id = ?", arguments: [id])
        }
    }

    /// A profile's values, keyed by field id.
    public func values(for customerID: CustomerID) throws -> [Int64: CustomFieldValue] {
        try database.writer.read { db in try Self.values(db, customerID: customerID) }
    }

    static func values(_ db: Database, customerID: CustomerID) throws -> [Int64: CustomFieldValue] {
        let definitions = Dictionary(uniqueKeysWithValues: try definitions(db).map { ($0.id!, $0) })
        var values: [Int64: CustomFieldValue] = [:]
        let parser = PhoneNumberParser(defaultRegion: "US")  // values are stored canonical (E.164), region-free
        let stored = try db.mapRows(sql: "SELECT field_id, value FROM custom_field_value WHERE customer_id = ?", arguments: [customerID]) { row in
            (fieldID: row["field_id"] as Int64, text: row["value"] as String)
        }
        for (fieldID, text) in stored {
            guard let definition = definitions[fieldID],
                  case .success(let value?) = definition.value(from: text, phoneParser: parser) else { continue }
            values[fieldID] = value
        }
        return values
    }

    /// Sets (or clears, with nil) one value.
    public func setValue(_ value: CustomFieldValue?, fieldID: Int64, customerID: CustomerID) throws {
        try database.writer.write { db in try Self.setValue(db, value, fieldID: fieldID, customerID: customerID) }
    }

    /// Replaces all of a profile's values at once (the edit form's save).
    public func setValues(_ values: [Int64: CustomFieldValue?], customerID: CustomerID) throws {
        try database.writer.write { db in
            for (fieldID, value) in values { try Self.setValue(db, value, fieldID: fieldID, customerID: customerID) }
        }
    }

    static func setValue(_ db: Database, _ value: CustomFieldValue?, fieldID: Int64, customerID: CustomerID) throws {
        if let value { try refuseSensitive(db, value.storageText, fieldID: fieldID) }
        if let value {
            try db.execute(sql: """
                INSERT INTO custom_field_value (customer_id, field_id, value) VALUES (?, ?, ?)
                ON CONFLICT (customer_id, field_id) DO UPDATE SET value = excluded.value
                """, arguments: [customerID, fieldID, value.storageText])
        } else {
            try db.execute(sql: "DELETE FROM custom_field_value WHERE customer_id = ? AND field_id = ?", arguments: [customerID, fieldID])
        }
    }

    /// A value arrives typed (`.text(…)`), not through `CustomFieldDefinition.value(from:)`: the
    /// guard runs here too, inside the caller's transaction, so a refused value writes nothing.
    static func refuseSensitive(_ db: Database, _ text: String, fieldID: Int64) throws {
        guard let finding = SensitiveDataGuard.scan(text) else { return }
        let label = try String.fetchOne(db, sql: "SELECT label FROM custom_field WHERE id = ?", arguments: [fieldID]) ?? "Custom field"
        throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: label, problem: ValidationProblem(finding))]))
    }

    /// Sets (or clears, with nil) a value already in its stored form; a field deleted since is skipped.
    static func setStoredValue(_ db: Database, _ text: String?, fieldID: Int64, customerID: CustomerID) throws {
        if let text { try refuseSensitive(db, text, fieldID: fieldID) }
        if let text {
            try db.execute(sql: """
                INSERT INTO custom_field_value (customer_id, field_id, value) SELECT ?, id, ? FROM custom_field WHERE id = ?
                ON CONFLICT (customer_id, field_id) DO UPDATE SET value = excluded.value
                """, arguments: [customerID, text, fieldID])
        } else {
            try db.execute(sql: "DELETE FROM custom_field_value WHERE customer_id = ? AND field_id = ?", arguments: [customerID, fieldID])
        }
    }
}
