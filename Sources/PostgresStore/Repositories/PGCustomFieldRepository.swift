import CustomerCore
import Foundation

/// The owner's custom fields and each profile's values for them, on PostgreSQL:
/// `CustomFieldRepository`'s contract. A save that changes a field's kind locks its row
/// (`FOR UPDATE`) before reading its values, so two counters' changes of the same field run one
/// after the other, and a new value for it (whose foreign key check takes a share lock on that row)
/// waits for the conversion to commit.
public struct PGCustomFieldRepository: CustomFieldsStore {
    let link: PGLink
    /// The shop's region: a value becoming a phone number is read for it.
    let region: String

    public func definitions() throws -> [CustomFieldDefinition] {
        try Self.definitions(link)
    }

    static func definitions(_ db: PGLink, locking: Bool = false) throws -> [CustomFieldDefinition] {
        try db.query("SELECT id, label, kind, choices, position FROM custom_field ORDER BY position, id" + (locking ? " FOR UPDATE" : "")).map { row in
            let choices = (try? JSONDecoder().decode([String].self, from: Data(try row.text("choices").utf8))) ?? []
            return CustomFieldDefinition(id: try row.int("id"), label: try row.text("label"), kind: CustomFieldKind(rawValue: try row.text("kind")) ?? .text,
                                         choices: choices, position: Int(try row.int("position")))
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
        return try link.write { db in
            if let id = saved.id { _ = try db.one("SELECT 1 FROM custom_field WHERE id = ? FOR UPDATE", [id]) }
            let existing = try Self.definitions(db)
            if existing.contains(where: { $0.id != saved.id && $0.label.lowercased() == saved.label.lowercased() }) {
                throw StoreError.duplicateName(what: "custom field", name: saved.label)
            }
            do {
                if let id = saved.id {
                    guard let before = existing.first(where: { $0.id == id }) else { throw StoreError.notFound(what: "custom field", id: id) }
                    if before.kind != saved.kind || before.choices != saved.choices {
                        // Rewritten as read; a refusal throws, and the transaction takes the rewrites back.
                        let change = try Self.retype(db, fieldID: id, from: before, to: saved, phoneParser: parser, rewriting: true)
                        guard change.isAllowed else { throw CustomFieldTypeChangeRefused(change) }
                    }
                    try db.execute("UPDATE custom_field SET label = ?, kind = ?, choices = ?, position = ? WHERE id = ?",
                                   [saved.label, saved.kind.rawValue, choices, saved.position, id])
                } else {
                    if saved.position == 0 {
                        saved.position = Int(try db.int("SELECT coalesce(max(position), 0) + 1 FROM custom_field") ?? 1)
                    }
                    saved.id = try db.int("INSERT INTO custom_field (label, kind, choices, position) VALUES (?, ?, ?, ?) RETURNING id",
                                          [saved.label, saved.kind.rawValue, choices, saved.position])
                }
            } catch let error as PGServerError where error.isUniqueViolation {
                // The same label committed at another counter since the check above.
                throw StoreError.duplicateName(what: "custom field", name: saved.label)
            }
            return saved
        }
    }

    /// Deletes a field and every profile's value for it (the interface confirms first).
    public func delete(id: Int64) throws {
        try link.write { db in
            if try db.execute("DELETE FROM custom_field WHERE id = ?", [id]) == 0 { throw StoreError.notFound(what: "custom field", id: id) }
        }
    }

    public func valueCounts() throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for row in try link.query("SELECT field_id, count(*) AS n FROM custom_field_value GROUP BY field_id") {
            counts[try row.int("field_id")] = Int(try row.int("n"))
        }
        return counts
    }

    /// What changing the kind would do, read from one snapshot of the values.
    public func planTypeChange(fieldID: Int64, to kind: CustomFieldKind, choices: [String]) throws -> CustomFieldTypeChange {
        let parser = PhoneNumberParser(defaultRegion: region)
        return try link.snapshot { db in
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
        // `save` locks the field and reads it and its values again inside its write transaction.
        return try save(changed)
    }

    public func move(fieldID: Int64, to position: Int) throws -> [CustomFieldDefinition] {
        try link.write { db in
            // Every field locked: two counters' moves renumber one after the other, never interleaved.
            var order = try Self.definitions(db, locking: true)
            guard let from = order.firstIndex(where: { $0.id == fieldID }) else { throw StoreError.notFound(what: "custom field", id: fieldID) }
            let field = order.remove(at: from)
            order.insert(field, at: min(max(position, 1), order.count + 1) - 1)
            for index in order.indices {
                order[index].position = index + 1
                try db.execute("UPDATE custom_field SET position = ? WHERE id = ?", [index + 1, order[index].id])
            }
            return order
        }
    }

    /// Reads every value of the field as `after`, 1,000 at a time in customer order, rewriting each
    /// whose stored form changes while nothing has been refused; then names the customers of the
    /// listed refusals.
    static func retype(_ db: PGLink, fieldID: Int64, from before: CustomFieldDefinition, to after: CustomFieldDefinition,
                       phoneParser: PhoneNumberParser, rewriting: Bool) throws -> CustomFieldTypeChange {
        var change = CustomFieldTypeChange(before: before, after: after)
        var last: CustomerID = 0
        while true {
            let chunk = try db.query("""
                SELECT customer_id, value FROM custom_field_value WHERE field_id = ? AND customer_id > ? ORDER BY customer_id LIMIT 1000
                """, [fieldID, last]).map { row in (customerID: try row.int("customer_id"), text: try row.text("value")) }
            guard let tail = chunk.last else { break }
            last = tail.customerID
            for stored in chunk {
                let read = change.read(StoredCustomFieldValue(customerID: stored.customerID, customerName: "", text: stored.text), phoneParser: phoneParser)
                guard rewriting, change.isAllowed, let converted = read, converted != stored.text else { continue }
                if converted.isEmpty {
                    try db.execute("DELETE FROM custom_field_value WHERE customer_id = ? AND field_id = ?", [stored.customerID, fieldID])
                } else {
                    try db.execute("UPDATE custom_field_value SET value = ? WHERE customer_id = ? AND field_id = ?",
                                   [converted, stored.customerID, fieldID])
                }
            }
        }
        let names = try customerNames(db, ids: change.refusals.map(\.customerID))
        for index in change.refusals.indices { change.refusals[index].customerName = names[change.refusals[index].customerID] ?? "" }
        return change
    }

    /// What the screen calls each customer (`Customer.displayName`), for at most a hundred ids.
    static func customerNames(_ db: PGLink, ids: [CustomerID]) throws -> [CustomerID: String] {
        guard !ids.isEmpty else { return [:] }
        var names: [CustomerID: String] = [:]
        for row in try db.query("SELECT id, given_name, family_name, company_name, email_address, phone_number FROM customer WHERE id = ANY(?)",
                                [PGArray(ids)]) {
            var customer = Customer()
            customer.givenName = try row.text("given_name")
            customer.familyName = try row.text("family_name")
            customer.companyName = try row.text("company_name")
            customer.emailAddress = try row.text("email_address")
            customer.phoneNumber = try row.text("phone_number")
            names[try row.int("id")] = customer.displayName
        }
        return names
    }

    /// A profile's values, keyed by field id (a value its field's kind cannot read is left out).
    public func values(for customerID: CustomerID) throws -> [Int64: CustomFieldValue] {
        try link.snapshot { db in try Self.values(db, customerID: customerID) }
    }

    static func values(_ db: PGLink, customerID: CustomerID) throws -> [Int64: CustomFieldValue] {
        let definitions = Dictionary(uniqueKeysWithValues: try definitions(db).map { ($0.id!, $0) })
        var values: [Int64: CustomFieldValue] = [:]
        let parser = PhoneNumberParser(defaultRegion: "US")  // values are stored canonical (E.164), region-free
        for row in try db.query("SELECT field_id, value FROM custom_field_value WHERE customer_id = ?", [customerID]) {
            let fieldID = try row.int("field_id")
            guard let definition = definitions[fieldID],
                  case .success(let value?) = definition.value(from: try row.text("value"), phoneParser: parser) else { continue }
            values[fieldID] = value
        }
        return values
    }

    /// Sets (or clears, with nil) one value; a card number is refused, nothing written.
    public func setValue(_ value: CustomFieldValue?, fieldID: Int64, customerID: CustomerID) throws {
        try link.write { db in try PGCustomValues.set(db, [fieldID: value], customerID: customerID) }
    }

    /// Replaces all of a profile's values at once (the edit form's save), in one transaction.
    public func setValues(_ values: [Int64: CustomFieldValue?], customerID: CustomerID) throws {
        try link.write { db in try PGCustomValues.set(db, values, customerID: customerID) }
    }
}
