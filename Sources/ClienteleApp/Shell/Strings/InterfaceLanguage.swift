/// The language of the interface's own sentences (PRODUCT §10). Customer data is never translated.
public enum InterfaceLanguage: String, CaseIterable, Sendable {
    case en, es, fr

    /// "es_MX.UTF-8" → es, "fr_CA" → fr, "fr" → fr; anything else (C, POSIX, de_DE, empty) → English.
    public init(localeName: String) {
        let language = localeName.prefix { $0.isLetter }.lowercased()
        self = InterfaceLanguage(rawValue: language) ?? .en
    }

    /// The POSIX precedence for messages: `LC_ALL`, else `LC_MESSAGES`, else `LANG`; the first
    /// one set and non-empty decides, even if it names a language we do not have (then English).
    public static func resolve(environment: [String: String]) -> InterfaceLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return InterfaceLanguage(localeName: value) }
        }
        return .en
    }
}
