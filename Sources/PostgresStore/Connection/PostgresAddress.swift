import Foundation

/// Where a shop's shared PostgreSQL server is, read from `--db postgres://user[:password]@host[:port]/dbname[?sslmode=…]`
/// (or `CLIENTELE_DB` set to such a URL). The password is kept apart and never part of any text this
/// type produces: `description` is what messages name.
public struct PostgresAddress: Hashable, Sendable, CustomStringConvertible {
    public enum TLSMode: String, Sendable, CaseIterable {
        /// Plain TCP (loopback, a trusted network).
        case disable
        /// TLS when the server offers it, plain otherwise (libpq's default).
        case prefer
        /// TLS or nothing; the server's certificate is not checked against a CA (libpq's `require`).
        case require
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var tls: TLSMode
    /// From the URL, else `PGPASSWORD`, else `~/.pgpass` (`PassFile`); nil when none of them has one.
    public var password: String?

    public init(host: String, port: Int = 5432, user: String, database: String, tls: TLSMode = .prefer, password: String? = nil) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.tls = tls
        self.password = password
    }

    /// True for text a `--db` option holds that means a server rather than a file.
    public static func isServerURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// What is wrong with a server URL, in words: the URL is never echoed whole, since it may hold a password.
    public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { "the --db server address is not usable: \(reason)" }
    }

    /// Reads a URL; the password comes from the URL, `environment["PGPASSWORD"]` or the pass file,
    /// in that order (as libpq does). The user defaults to `environment["PGUSER"]`, then `USER`.
    public static func parse(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                             passFile: PassFile? = PassFile.standard()) throws -> PostgresAddress {
        guard isServerURL(text), let components = URLComponents(string: text) else {
            throw Refusal(reason: "expected postgres://user@host[:port]/database")
        }
        guard let host = components.percentEncodedHost.flatMap({ $0.removingPercentEncoding }), !host.isEmpty else {
            throw Refusal(reason: "no host (postgres://user@HOST/database)")
        }
        let database = String(components.path.drop(while: { $0 == "/" })).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else {
            throw Refusal(reason: "no database name (postgres://user@host/DATABASE)")
        }
        let user = components.user ?? environment["PGUSER"] ?? environment["USER"] ?? ""
        guard !user.isEmpty else { throw Refusal(reason: "no user name (postgres://USER@host/database)") }
        let port = components.port ?? environment["PGPORT"].flatMap(Int.init) ?? 5432
        guard (1...65535).contains(port) else { throw Refusal(reason: "the port \(port) is out of range") }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, let mode = TLSMode(rawValue: value) else {
                    throw Refusal(reason: "sslmode must be one of disable, prefer, require (was \(item.value ?? "empty"))")
                }
                tls = mode
            default:
                throw Refusal(reason: "unknown setting “\(item.name)” (only sslmode is read)")
            }
        }
        var address = PostgresAddress(host: host, port: port, user: user, database: database, tls: tls)
        address.password = components.password
            ?? environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            ?? passFile?.password(host: host, port: port, database: database, user: user)
        return address
    }

    /// `postgres://user@host:port/database`: never the password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// The `--db` text that reaches this address again (psql reads it too), its TLS mode included:
    /// never the password (`PGPASSWORD` or `~/.pgpass` give it).
    public var dbOption: String { description + "?sslmode=\(tls.rawValue)" }
}
