/// `--db` (and `CLIENTELE_DB`) take a file path. A URL such as `postgres://…` is refused with a
/// sentence, before anything is created: SQLite would otherwise make a folder called `postgres:`.
enum DatabaseAddress {
    /// Why `value` cannot be used, or nil for a file path.
    static func refusal(_ value: String) -> String? {
        guard let range = value.range(of: "://") else { return nil }
        let scheme = value[..<range.lowerBound]
        guard let first = scheme.first, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        let name: String
        switch scheme.lowercased() {
        case "postgres", "postgresql": name = "PostgreSQL"
        case "mysql", "mariadb": name = "MySQL"
        case "file", "sqlite": name = "A \(scheme):// URL"
        default: name = "A \(scheme):// database"
        }
        return "\(name) (\(value)) is not supported yet; --db takes a file path"
    }
}
