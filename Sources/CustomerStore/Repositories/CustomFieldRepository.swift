import Foundation
import GRDB
import CustomerCore

/// The owner's custom fields and each profile's values for them.
public struct CustomFieldRepository: CustomFieldsStore {
    let database: AppDatabase
    /// The shop's region: a value becoming a phone number is read for it.
    let region: String

    public init(database: AppDatabase, region: String = "US") {
        self.database = database
        self.region = region
    }

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

    /// Adds a field, or renames/changes it when it has an id: a rename keeps the values, a new
    /// kind or new options convert them (or throw `CustomFieldTypeChangeRefused`, nothing changed).
    public func save(_ definition: CustomFieldDefinition) throws -> CustomFieldDefinition {
        var saved = definition.normalized
        let issues = saved.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        let choices = String(decoding: try JSONEncoder().encode(saved.choices), as: UTF8.self)
        let parser = PhoneNumberParser(defaultRegion: region)
        return try database.writer.write { db in
            let existing = try Self.definitions(db)
            if existing.contains(where: { $0.id != saved.id && $0.label.lowercased() == saved.label.lowercased() }) {
                throw StoreError.duplicateName(what: "custom field", name: saved.label)
            }
            if let id = saved.id {
                guard let before = existing.first(where: { $0.id == id }) else { throw StoreError.notFound(what: "custom field", id: id) }
                if before.kind != saved.kind || before.choices != saved.choices {
                    // Rewritten as read; a refusal throws, and the transaction takes the rewrites back.
                    let change = try Self.retype(db, fieldID: id, from: before, to: saved, phoneParser: parser, rewriting: true)
                    guard change.isAllowed else { throw CustomFieldTypeChangeRefused(change) }
                }
                try db.execute(sql: "UPDATE custom_field SET label = ?, kind = ?, choices = ?, position = ? WHERE id = ?",
                               arguments: [saved.label, saved.kind.rawValue, choices, saved.position, id])
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
            if db.changesCount == 0 { throw StoreError.notFound(what: "custom field", id: id) }
        }
    }

    public func valueCounts() throws -> [Int64: Int] {
        try database.writer.read { db in
            var counts: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT field_id, count(*) AS n FROM custom_field_value GROUP BY field_id") {
                counts[row["field_id"]] = row["n"]
            }
            return counts
        }
    }

    public func planTypeChange(fieldID: Int64, to kind: CustomFieldKind, choices: [String]) throws -> CustomFieldTypeChange {
        let parser = PhoneNumberParser(defaultRegion: region)
        return try database.writer.read { db in
            guard let before = try Self.definitions(db).first(where: { $0.id == fieldID }) else { throw StoreError.notFound(what: "custom field", id: fieldID) }
            var after = before
            after.kind = kind
            after.choices = choices
            return try Self.retype(db, fieldID: fieldID, from: before, to: after.normalized, phoneParser: parser, rewriting: false)
        }
    }

    public func changeType(fieldID: Int64, to kind: CustomFieldKind, choices: [String]) throws -> CustomFieldDefinition {
        var changed = try definition(id: fieldID)
        changed.kind = kind
        changed.choices = choices
        // `save` reads the field and its values again inside its write transaction.
        return try save(changed)
    }

    public func move(fieldID: Int64, to position: Int) throws -> [CustomFieldDefinition] {
        try database.writer.write { db in
            var order = try Self.definitions(db)
            guard let from = order.firstIndex(where: { $0.id == fieldID }) else { throw StoreError.notFound(what: "custom field", id: fieldID) }
            let field = order.remove(at: from)
            order.insert(field, at: min(max(position, 1), order.count + 1) - 1)
            for index in order.indices {
                order[index].position = index + 1
                try db.execute(sql: "UPDATE custom_field SET position = ? WHERE id = ?", arguments: [index + 1, order[index].id])
            }
            return order
        }
    }

    /// Reads every value of the field as `after`, 1,000 at a time in customer order (the
    /// `custom_field_value_by_field` index holds the customer ids), rewriting each whose stored form
    /// changes while nothing has been refused; then names the customers of the listed refusals.
    static func retype(_ db: Database, fieldID: Int64, from before: CustomFieldDefinition, to after: CustomFieldDefinition,
                       phoneParser: PhoneNumberParser, rewriting: Bool) throws -> CustomFieldTypeChange {
        var change = CustomFieldTypeChange(before: before, after: after)
        var last: CustomerID = 0
        while true {
            let chunk = try db.mapRows(sql: """
                SELECT customer_id, value FROM custom_field_value WHERE field_id = ? AND customer_id > ? ORDER BY customer_id LIMIT 1000
                """, arguments: [fieldID, last]) { row in (customerID: row["customer_id"] as CustomerID, text: row["value"] as String) }
            guard let tail = chunk.last else { break }
            last = tail.customerID
            for stored in chunk {
                let read = change.read(StoredCustomFieldValue(customerID: stored.customerID, customerName: "", text: stored.text), phoneParser: phoneParser)
                guard rewriting, change.isAllowed, let converted = read, converted != stored.text else { continue }
                if converted.isEmpty {
                    try db.execute(sql: "DELETE FROM custom_field_value WHERE customer_id = ? AND field_id = ?", arguments: [stored.customerID, fieldID])
                } else {
                    try db.execute(sql: "UPDATE custom_field_value SET value = ? WHERE customer_id = ? AND field_id = ?",
                                   arguments: [converted, stored.customerID, fieldID])
                }
            }
        }
        let names = try customerNames(db, ids: change.refusals.map(\.customerID))
        for index in change.refusals.indices { change.refusals[index].customerName = names[change.refusals[index].customerID] ?? "" }
        return change
    }

    /// What the screen calls each customer (`Customer.displayName`), for at most a hundred ids.
    static func customerNames(_ db: Database, ids: [CustomerID]) throws -> [CustomerID: String] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var names: [CustomerID: String] = [:]
        try db.mapRows(sql: "SELECT id, given_name, family_name, company_name, email_address, phone_number FROM customer WHERE id IN (\(marks))",
                       arguments: StatementArguments(ids)) { row in
            var customer = Customer()
            customer.givenName = row["given_name"] ?? ""
            customer.familyName = row["family_name"] ?? ""
            customer.companyName = row["company_name"] ?? ""
            customer.emailAddress = row["email_address"] ?? ""
            customer.phoneNumber = row["phone_number"] ?? ""
            return (row["id"] as CustomerID, customer.displayName)
        }.forEach { names[$0.0] = $0.1 }
        return names
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
