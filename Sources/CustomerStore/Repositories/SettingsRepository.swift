import Foundation
import GRDB
import CustomerCore

/// Shop settings kept in the database (region, currency, theme, mail command…).
public struct SettingsRepository: SettingsStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The port's `SettingKey`, under the name callers already use.
    public typealias Key = SettingKey

    public func value(_ key: Key) throws -> String? {
        try database.writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue]) }
    }

    public func set(_ key: Key, to value: String?) throws {
        // A setting is a stored text (a shop name, a mail command…): a card number stays out of it too.
        if let value, let finding = SensitiveDataGuard.scan(value) {
            throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: key.rawValue, problem: ValidationProblem(finding))]))
        }
        try database.writer.write { db in
            if let value {
                try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               arguments: [key.rawValue, value])
            } else {
                try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key.rawValue])
            }
        }
    }
}
