import Foundation

/// A shop setting kept with the directory (region, currency, theme, mail command…); the raw
/// value is the key as stored.
public enum SettingKey: String, Sendable, CaseIterable {
    case region, currency, theme, mailCommand = "mail_command", shopName = "shop_name"
}
