import Foundation
import CustomerCore

/// Where the database is and which region phone numbers default to, resolved the same way
/// by the interface and every command (PRODUCT §11).
public enum StoreLocation {
    /// `--db`, else `CLIENTELE_DB`, else `$XDG_DATA_HOME/clientele/clientele.sqlite`
    /// (XDG's default `~/.local/share` when unset).
    public static func databasePath(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return expand(option, environment: environment) }
        if let path = environment["CLIENTELE_DB"], !path.isEmpty { return expand(path, environment: environment) }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/clientele/clientele.sqlite"
    }

    static func expand(_ path: String, environment: [String: String]) -> String {
        guard path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
    }

    /// `--region`, else `CLIENTELE_REGION`, else the stored setting, else the locale's country
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`: "es_MX.UTF-8" → MX), else US.
    public static func region(option: String?, stored: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for candidate in [option, environment["CLIENTELE_REGION"], stored] {
            if let candidate, !candidate.isEmpty { return candidate.uppercased() }
        }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], let region = PhoneNumberParser.region(fromLocaleName: value) { return region }
        }
        return "US"
    }
}
