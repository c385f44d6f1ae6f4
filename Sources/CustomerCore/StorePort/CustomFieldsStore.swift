import Foundation

/// The owner's custom fields and each profile's values for them.
public protocol CustomFieldsStore: Sendable {
    /// In the owner's order.
    func definitions() throws -> [CustomFieldDefinition]
    /// Adds a field, or changes it when it has an id: a rename keeps the values; a new kind or new
    /// options convert them in the same transaction, or throw `CustomFieldTypeChangeRefused`
    /// (nothing changed) when some do not fit.
    func save(_ definition: CustomFieldDefinition) throws -> CustomFieldDefinition
    /// Deletes a field and every profile's value for it.
    func delete(id: Int64) throws
    /// A profile's values, keyed by field id.
    func values(for customerID: CustomerID) throws -> [Int64: CustomFieldValue]
    /// Sets (or clears, with nil) one value.
    func setValue(_ value: CustomFieldValue?, fieldID: Int64, customerID: CustomerID) throws
    /// Sets (or clears) several values at once.
    func setValues(_ values: [Int64: CustomFieldValue?], customerID: CustomerID) throws
    /// How many profiles have a value for each field (a field nobody filled is absent).
    func valueCounts() throws -> [Int64: Int]
    /// What changing the field to `kind` (with `choices`) would do to its values, without changing anything.
    func planTypeChange(fieldID: Int64, to kind: CustomFieldKind, choices: [String]) throws -> CustomFieldTypeChange
    /// Changes the field's kind (and options) and converts its values, in one write transaction;
    /// throws `CustomFieldTypeChangeRefused` with the values that do not fit, and changes nothing then.
    func changeType(fieldID: Int64, to kind: CustomFieldKind, choices: [String]) throws -> CustomFieldDefinition
    /// Moves the field to `position` (1 is first; past the end is last) and numbers every field
    /// 1, 2, 3… in the new order, which it returns.
    func move(fieldID: Int64, to position: Int) throws -> [CustomFieldDefinition]
}

extension CustomFieldsStore {
    /// How many profiles have a value for the field (what deleting it asks about).
    public func valueCount(fieldID: Int64) throws -> Int { try valueCounts()[fieldID] ?? 0 }

    /// The field with that id, or `StoreError.notFound`.
    public func definition(id: Int64) throws -> CustomFieldDefinition {
        guard let found = try definitions().first(where: { $0.id == id }) else { throw StoreError.notFound(what: "custom field", id: id) }
        return found
    }
}
