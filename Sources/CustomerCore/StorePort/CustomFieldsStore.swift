import Foundation

/// The owner's custom fields and each profile's values for them.
public protocol CustomFieldsStore: Sendable {
    /// In the owner's order.
    func definitions() throws -> [CustomFieldDefinition]
    /// Adds a field, or changes it when it has an id (values are kept on a rename).
    func save(_ definition: CustomFieldDefinition) throws -> CustomFieldDefinition
    /// Deletes a field and every profile's value for it.
    func delete(id: Int64) throws
    /// A profile's values, keyed by field id.
    func values(for customerID: CustomerID) throws -> [Int64: CustomFieldValue]
    /// Sets (or clears, with nil) one value.
    func setValue(_ value: CustomFieldValue?, fieldID: Int64, customerID: CustomerID) throws
    /// Sets (or clears) several values at once.
    func setValues(_ values: [Int64: CustomFieldValue?], customerID: CustomerID) throws
}
