import CustomerCore

/// Answers about the shop's settings.
public enum SettingsMsg: Equatable, Sendable {
    case loaded([SettingKey: String], LoyaltyProgram?)
    case saved(SettingKey)
    case unset(SettingKey)
    case refused(SettingRefusal)
    case programSaved
}
