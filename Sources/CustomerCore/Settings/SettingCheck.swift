import Foundation

/// The one check of a setting's value, for `clientele settings set` and the settings screen alike:
/// the value as it is stored, or why it is refused (in English for the command line; the screen
/// words `SettingRefusal` itself).
public enum SettingCheck {
    /// The currency codes a shop may choose: those in common use (ISO 4217).
    public static let currencies: [String] = Locale.commonISOCurrencyCodes.sorted()

    /// `themes`: the theme names the shop may choose (the shipped ones and those in its theme folders).
    public static func checked(_ key: SettingKey, _ raw: String, themes: [String]) -> Result<String, SettingRefusal> {
        let value = key.isMultiline ? raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            : raw.trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return .failure(.empty) }
        // A template runs over lines (its first is the subject); no other control character is kept anywhere.
        let allowed: Set<Unicode.Scalar> = key.isMultiline ? ["\n", "\t"] : []
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !allowed.contains($0) }) {
            return .failure(.controlCharacter(multiline: key.isMultiline))
        }
        if let finding = SensitiveDataGuard.scan(value) { return .failure(.sensitive(ValidationProblem(finding))) }
        switch key {
        case .region:
            guard PhoneNumberParser.supportedRegions.contains(value.uppercased()) else { return .failure(.unknownRegion(value)) }
            return .success(value.uppercased())
        case .currency:
            // A code in use (ISO 4217, as the system's locale data knows it): "EUR", not "EUO" or "ABC".
            guard value.count == 3, value.allSatisfy({ $0.isASCII && $0.isLetter }), currencies.contains(value.uppercased()) else {
                return .failure(.notACurrency(value))
            }
            return .success(value.uppercased())
        case .shopEmail:
            // The profiles' own email rule, and one address a header can carry.
            guard EmailAddress.isValid(value), MailMessage.address(value) != nil else { return .failure(.notAnAddress(value)) }
            return .success(value)
        case .reminderPresets:
            let codes = value.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if let bad = codes.first(where: { ReminderPreset(code: $0) == nil }) { return .failure(.notAPreset(bad)) }
            return .success(codes.compactMap { ReminderPreset(code: $0)?.code }.joined(separator: ","))
        case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate:
            let template = MessageTemplate(storedText: value)
            if let problem = template.problem { return .failure(.template(problem)) }
            return .success(template.storedText)
        case .language:
            guard ["en", "es", "fr"].contains(value.lowercased()) else { return .failure(.unknownLanguage(value)) }
            return .success(value.lowercased())
        case .theme:
            guard themes.contains(value) || value.contains("/") else { return .failure(.unknownTheme(value, themes)) }
            return .success(value)
        case .mailCommand, .shopName:
            return .success(value)
        }
    }
}

/// Why a setting's value is refused.
public enum SettingRefusal: Error, Hashable, Sendable {
    case empty
    case controlCharacter(multiline: Bool)
    case sensitive(ValidationProblem)
    case unknownRegion(String)
    case notACurrency(String)
    case notAnAddress(String)
    case notAPreset(String)
    case template(String)
    case unknownLanguage(String)
    case unknownTheme(String, [String])

    /// In English, for the command line.
    public var description: String {
        switch self {
        case .empty: "the value is empty"
        case .controlCharacter(let multiline): multiline ? "the value holds a control character other than a line end or a tab" : "the value holds a control character"
        case .sensitive(let problem): ValidationFailure([ValidationIssue(fieldLabel: "value", problem: problem)]).description
        case .unknownRegion(let value):
            "a region is a two-letter country code that libphonenumber knows, not “\(value)”; valid codes: \(PhoneNumberParser.supportedRegions.joined(separator: " "))"
        case .notACurrency(let value): "“\(value)” is not a currency code in use; valid codes: \(SettingCheck.currencies.joined(separator: " "))"
        case .notAnAddress(let value): "“\(value)” does not look like an email address (name@example.com)"
        case .notAPreset(let bad): "“\(bad)” is not a preset; write codes such as 1d,3d,1w,2w,1m separated by commas"
        case .template(let problem): problem
        case .unknownLanguage(let value): "“\(value)” is not a language of the interface: choose en, es or fr"
        case .unknownTheme(let value, let themes): "no theme “\(value)”; choose \(themes.joined(separator: ", ")), or give the path to a .theme file"
        }
    }
}
