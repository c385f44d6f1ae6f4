import CustomerCore
import Foundation

/// Writing custom values in their stored form, shared by the profile's save, the custom-fields part
/// and the import: a card number is refused, a field deleted at another counter is skipped.
enum PGCustomValues {
    static func set(_ db: PGLink, _ values: [Int64: CustomFieldValue?], customerID: CustomerID) throws {
        for (fieldID, value) in values { try setStored(db, value?.storageText, fieldID: fieldID, customerID: customerID) }
    }

    static func setStored(_ db: PGLink, _ text: String?, fieldID: Int64, customerID: CustomerID) throws {
        guard let text else {
            try db.execute("DELETE FROM custom_field_value WHERE customer_id = ? AND field_id = ?", [customerID, fieldID])
            return
        }
        try refuseSensitive(db, text, fieldID: fieldID)
        try db.execute("""
            INSERT INTO custom_field_value (customer_id, field_id, value) SELECT ?, id, ? FROM custom_field WHERE id = ?
            ON CONFLICT (customer_id, field_id) DO UPDATE SET value = excluded.value
            """, [customerID, text, fieldID])
    }

    static func refuseSensitive(_ db: PGLink, _ text: String, fieldID: Int64) throws {
        guard let finding = SensitiveDataGuard.scan(text) else { return }
        let label = try db.one("SELECT label FROM custom_field WHERE id = ?", [fieldID]).map { try $0.text(0) } ?? "Custom field"
        throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: label, problem: ValidationProblem(finding))]))
    }
}
