import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation
import TerminalCore

/// `clientele settings`: the shop's settings kept with the directory, as the command line spells
/// their keys (region, currency, theme, mail-command, shop-name, shop-email, reminder-presets).
struct Settings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
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

struct ShowSettings: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Every setting and its value, or (not set).")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print a JSON object: {\"region\": \"US\", \"shop-email\": null, …}.") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
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

struct SetSetting: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a setting.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The key (\(SettingKey.allCases.map(\.commandLineName).joined(separator: ", "))).") var key: String
    @Argument(help: "The value.") var value: String

    func validate() throws { _ = try Settings.key(key) }

    func run() throws {
        let setting = try Settings.key(key)
        let checked = try Self.checked(setting, value)
        let opened = try StoreOpener.open(store, for: self)
        try CardWork.run("settings set") { try opened.settings.set(setting, to: checked) }
        say("\(setting.commandLineName) set.")
    }

    /// The value as stored, or exit 3 saying why not (`SettingCheck`, the settings screen's check too).
    static func checked(_ key: SettingKey, _ value: String) throws -> String {
        switch SettingCheck.checked(key, value, themes: ThemeLookup.availableNames(in: ThemeLocations.searchPaths)) {
        case .success(let stored): return stored
        case .failure(let refusal):
            let why = refusal == .empty ? "the value is empty (use clientele settings unset \(key.commandLineName))" : refusal.description
            Stderr.print("clientele settings set: \(key.commandLineName): \(why) — nothing was stored")
            throw ExitStatus.invalidData
        }
    }
}

struct UnsetSetting: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "unset", abstract: "Remove a setting.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The key.") var key: String

    func validate() throws { _ = try Settings.key(key) }

    func run() throws {
        let setting = try Settings.key(key)
        let opened = try StoreOpener.open(store, for: self)
        try CardWork.run("settings unset") { try opened.settings.set(setting, to: nil) }
        say("\(setting.commandLineName) unset.")
    }
}
