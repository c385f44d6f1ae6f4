/// `--db` (and `CLIENTELE_DB`) take a file path or a PostgreSQL server's URL. Any other URL
/// (`mysql://…`) is refused with a sentence, before anything is created: SQLite would otherwise make
/// a folder called `mysql:`.
enum DatabaseAddress {
    /// Why `value` cannot be used, or nil for a file path.
    static func refusal(_ value: String) -> String? {
        guard let range = value.range(of: "://") else { return nil }
        let scheme = value[..<range.lowerBound]
        guard let first = scheme.first, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        let name: String
        switch scheme.lowercased() {
        case "postgres", "postgresql": return nil
        case "mysql", "mariadb": name = "MySQL"
        case "file", "sqlite": name = "A \(scheme):// URL"
        default: name = "A \(scheme):// database"
        }
        return "\(name) (\(value)) is not supported; --db takes a file path or postgres://user@host/database"
    }
}
