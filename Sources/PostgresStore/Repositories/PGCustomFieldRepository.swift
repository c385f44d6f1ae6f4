import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGCustomFieldRepository: CustomFieldsStore {
    let link: PGLink
    let region: String

    public func definitions() throws -> [CustomFieldDefinition] { throw PGUnported(part: "CustomFieldsStore") }
    public func save(_ definition: CustomFieldDefinition) throws -> CustomFieldDefinition { throw PGUnported(part: "CustomFieldsStore") }
    public func delete(id: Int64) throws { throw PGUnported(part: "CustomFieldsStore") }
    public func values(for customerID: CustomerID) throws -> [Int64: CustomFieldValue] { throw PGUnported(part: "CustomFieldsStore") }
    public func setValue(_ value: CustomFieldValue?, fieldID: Int64, customerID: CustomerID) throws { throw PGUnported(part: "CustomFieldsStore") }
    public func setValues(_ values: [Int64: CustomFieldValue?], customerID: CustomerID) throws { throw PGUnported(part: "CustomFieldsStore") }
    public func valueCounts() throws -> [Int64: Int] { throw PGUnported(part: "CustomFieldsStore") }
    public func planTypeChange(fieldID: Int64, to kind: CustomFieldKind, choices: [String]) throws -> CustomFieldTypeChange { throw PGUnported(part: "CustomFieldsStore") }
    public func changeType(fieldID: Int64, to kind: CustomFieldKind, choices: [String]) throws -> CustomFieldDefinition { throw PGUnported(part: "CustomFieldsStore") }
    public func move(fieldID: Int64, to position: Int) throws -> [CustomFieldDefinition] { throw PGUnported(part: "CustomFieldsStore") }
}
