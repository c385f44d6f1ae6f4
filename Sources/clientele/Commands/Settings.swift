import ArgumentParser
import CustomerCore
import Foundation

/// `clientele settings`: the shop's settings kept with the directory, as the command line spells
/// their keys (region, currency, theme, mail-command, shop-name, shop-email, reminder-presets).
struct Settings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the shop's settings; set or unset one.",
        discussion: """
            Keys: \(SettingKey.allCases.map { $0.commandLineName }.joined(separator: ", ")). Exit 0 done, 3 a value refused \
            (an unknown region, an address that is not one, a preset code that is not one, a card number, a template with \
            an unknown placeholder), 64 an unknown key. A template's first line is the message's subject, the rest its text; \
            the placeholders are \(MessageTemplate.Placeholder.allCases.map(\.token).joined(separator: " ")).
            """,
        subcommands: [ShowSettings.self, SetSetting.self, UnsetSetting.self],
        defaultSubcommand: ShowSettings.self)

    static func key(_ name: String) throws -> SettingKey {
        guard let key = SettingKey(commandLineName: name) else {
            throw ValidationError("no setting “\(name)”; the keys are \(SettingKey.allCases.map(\.commandLineName).joined(separator: ", "))")
        }
        return key
    }
}

struct ShowSettings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Every setting and its value, or (not set).")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print a JSON object: {\"region\": \"US\", \"shop-email\": null, …}.") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store)
        let values = try CardWork.run("settings") { try SettingKey.allCases.map { ($0, try opened.settings.value($0)) } }
        if json {
            var object: [String: Any] = [:]
            for (key, value) in values { object[key.commandLineName] = value ?? NSNull() }
            print(try JSONOutput.string(jsonObject: object))
            return
        }
        for (key, value) in values {
            // A template shows its subject line and how many lines follow (--json has the whole text).
            let lines = value?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
            let shown = lines.count > 1 ? "\(lines[0]) (+\(lines.count - 1) lines)" : value ?? (key.isMultiline ? "(not set: the standard one)" : "(not set)")
            print(HumanText.row([key.commandLineName, shown]))
        }
    }
}

struct SetSetting: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a setting.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The key (region, currency, theme, mail-command, shop-name, shop-email, reminder-presets).") var key: String
    @Argument(help: "The value.") var value: String

    func validate() throws { _ = try Settings.key(key) }

    func run() throws {
        let setting = try Settings.key(key)
        let checked = try Self.checked(setting, value.trimmingCharacters(in: .whitespacesAndNewlines))
        let opened = try StoreOpener.open(store)
        try CardWork.run("settings set") { try opened.settings.set(setting, to: checked) }
        say("\(setting.commandLineName) set.")
    }

    /// The value as stored, or exit 3 saying why not.
    static func checked(_ key: SettingKey, _ value: String) throws -> String {
        func refuse(_ why: String) -> Error {
            Stderr.print("clientele settings set: \(key.commandLineName): \(why) — nothing was stored")
            return ExitStatus.invalidData
        }
        if value.isEmpty { throw refuse("the value is empty (use clientele settings unset \(key.commandLineName))") }
        // A template runs over lines (its first is the subject); no other control character is kept anywhere.
        let allowed: Set<Unicode.Scalar> = key.isMultiline ? ["\n", "\t"] : []
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !allowed.contains($0) }) {
            throw refuse(key.isMultiline ? "the value holds a control character other than a line end or a tab" : "the value holds a control character")
        }
        if let finding = SensitiveDataGuard.scan(value) {
            throw refuse(ValidationFailure([ValidationIssue(fieldLabel: key.commandLineName, problem: ValidationProblem(finding))]).description)
        }
        switch key {
        case .region:
            guard RegionCodes.supported.contains(value.uppercased()) else { throw refuse(RegionCodes.refusal(value, option: "region")) }
            return value.uppercased()
        case .currency:
            guard value.count == 3, value.allSatisfy({ $0.isASCII && $0.isLetter }) else { throw refuse("a currency is a three-letter code such as USD, EUR, MXN") }
            return value.uppercased()
        case .shopEmail:
            guard Self.looksLikeAnAddress(value) else { throw refuse("“\(value)” does not look like an email address (name@example.com)") }
            return value
        case .reminderPresets:
            let codes = value.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if let bad = codes.first(where: { ReminderPreset(code: $0) == nil }) {
                throw refuse("“\(bad)” is not a preset; write codes such as 1d,3d,1w,2w,1m separated by commas")
            }
            return codes.compactMap { ReminderPreset(code: $0)?.code }.joined(separator: ",")
        case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate:
            let template = MessageTemplate(storedText: value.replacingOccurrences(of: "\r\n", with: "\n"))
            if let problem = template.problem { throw refuse(problem) }
            return template.storedText
        case .theme, .mailCommand, .shopName:
            return value
        }
    }

    static func looksLikeAnAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," }) else { return false }
        return true
    }
}

struct UnsetSetting: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unset", abstract: "Remove a setting.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The key.") var key: String

    func validate() throws { _ = try Settings.key(key) }

    func run() throws {
        let setting = try Settings.key(key)
        let opened = try StoreOpener.open(store)
        try CardWork.run("settings unset") { try opened.settings.set(setting, to: nil) }
        say("\(setting.commandLineName) unset.")
    }
}
