import ArgumentParser
import ClienteleApp
import CustomerStore
import Foundation
import Mailing
import TerminalCore
import TerminalNcurses

/// Bare `clientele`: the full-screen directory.
struct OpenInterface: StoreCommand {
    /// A missing file is a new shop's database (created; the first start offers the demo data); a damaged
    /// one opens read-only, so that customers can still be looked up and each save says why it cannot be.
    var storeAccess: StoreAccess { .browses }
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the full-screen directory (the default).")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Colour theme: default, high-contrast, dark, monochrome, a NAME.theme in a theme folder, or the path to a .theme file (NO_COLOR is honoured).", valueName: "name-or-path"))
    var theme: String?

    @Option(help: "Interface language: en, es or fr (default: the shop's language setting, else LC_ALL, LC_MESSAGES or LANG).")
    var lang: String?

    func validate() throws {
        if let lang, InterfaceLanguage(rawValue: lang) == nil {
            throw ValidationError("Unknown language “\(lang)”: choose en, es or fr.")
        }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let themeName = theme ?? (try? opened.settings.value(.theme)) ?? "default"
        let loadedTheme: Theme
        do { loadedTheme = try Theme.load(named: themeName, searchPaths: ThemeLocations.searchPaths) } catch {
            Stderr.print("clientele: \(error)")
            throw ExitCode.validationFailure
        }
        let session: NcursesSession
        do { session = try NcursesSession() } catch {
            Stderr.print("clientele: \(error)")
            throw ExitCode.validationFailure
        }
        defer { session.end() }
        // --lang for this run, else the shop's setting (every counter the same), else the locale.
        let language = lang.flatMap(InterfaceLanguage.init(rawValue:)) ?? ((try? opened.settings.value(.language)) ?? nil).flatMap(InterfaceLanguage.init(rawValue:))
            ?? InterfaceLanguage.resolve(environment: ProcessInfo.processInfo.environment)
        // A terminal without colours gets what NO_COLOR gets: attributes, the highlights in reverse video.
        let shownTheme = session.hasColors ? loadedTheme : loadedTheme.withoutColors
        AppRuntime(store: opened, terminal: NcursesTerminal(session: session), theme: shownTheme, language: language, mailer: SendmailCommand()).run()
    }
}

/// Where theme files are looked for: the user's config, then beside the program (a checkout's
/// `Themes/`, or an installed share folder), then the working directory.
enum ThemeLocations {
    static var searchPaths: [String] {
        let environment = ProcessInfo.processInfo.environment
        var paths: [String] = []
        if let explicit = environment["CLIENTELE_THEMES"], !explicit.isEmpty { paths.append(explicit) }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.config")
        paths.append(configHome + "/clientele/themes")
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for up in ["../../Themes", "../../../Themes", "../share/clientele/themes"] {
            paths.append(executable.appendingPathComponent(up).standardizedFileURL.path)
        }
        paths.append(FileManager.default.currentDirectoryPath + "/Themes")
        return paths
    }
}
