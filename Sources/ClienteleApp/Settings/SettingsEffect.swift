import CustomerCore

/// Work on the shop's settings.
public enum SettingsEffect: Equatable, Sendable {
    case load
    /// Checked (`SettingCheck`) then stored.
    case save(SettingKey, String)
    case unset(SettingKey)
    case saveProgram(LoyaltyProgram)
}
