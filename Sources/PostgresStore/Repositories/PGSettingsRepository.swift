import CustomerCore
import Foundation

/// The shop's settings on the server, shared by every counter (`SettingsRepository`'s contract).
public struct PGSettingsRepository: SettingsStore {
    let link: PGLink

    public func value(_ key: SettingKey) throws -> String? {
        try link.one("SELECT value FROM setting WHERE key = ?", [key.rawValue]).map { try $0.text(0) }
    }

    public func set(_ key: SettingKey, to value: String?) throws {
        // A setting is a stored text (a shop name, a mail command…): a card number stays out of it too.
        if let value, let finding = SensitiveDataGuard.scan(value) {
            throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: key.rawValue, problem: ValidationProblem(finding))]))
        }
        try link.write { db in
            if let value {
                try db.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               [key.rawValue, value])
            } else {
                try db.execute("DELETE FROM setting WHERE key = ?", [key.rawValue])
            }
        }
    }
}
