import Foundation

/// Shop settings kept with the directory.
public protocol SettingsStore: Sendable {
    func value(_ key: SettingKey) throws -> String?
    /// Sets a setting, or removes it with nil.
    func set(_ key: SettingKey, to value: String?) throws
}
