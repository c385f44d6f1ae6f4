import Foundation

/// A shop setting kept with the directory (region, currency, theme, mail command…); the raw
/// value is the key as stored.
public enum SettingKey: String, Sendable, CaseIterable {
    case region, currency, theme, language, mailCommand = "mail_command", shopName = "shop_name", shopEmail = "shop_email",
         reminderPresets = "reminder_presets",
         // The quick actions' messages (`MessageTemplate.storedText`: the subject, a blank line, the body).
         overdueReminderTemplate = "template_overdue_reminder", invitationTemplate = "template_invite", chargeTemplate = "template_charge"

    /// A template's text runs over several lines; every other value is one line.
    public var isMultiline: Bool {
        switch self {
        case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate: true
        case .region, .currency, .theme, .language, .mailCommand, .shopName, .shopEmail, .reminderPresets: false
        }
    }

    /// The key as the command line spells it: `mail-command`, `shop-email`.
    /// (A character map, not Foundation's `replacingOccurrences`: `clientele settings`' help text
    /// lists these names, and every command's parse builds that text; Foundation's first call cost
    /// about 1.5 ms of each command's start.)
    public var commandLineName: String { String(rawValue.map { $0 == "_" ? "-" : $0 }) }

    /// The key the command line names (`shop-email`; the stored `shop_email` is read too).
    public init?(commandLineName: String) {
        guard let key = SettingKey(rawValue: String(commandLineName.lowercased().map { $0 == "-" ? "_" : $0 })) else { return nil }
        self = key
    }
}
