import Foundation

/// libpq's password file (`~/.pgpass`, or `PGPASSFILE`): lines of `host:port:database:user:password`,
/// `*` matching anything, `\:` and `\\` escaping. Ignored, as libpq does, when others may read it.
public struct PassFile: Sendable {
    struct Entry: Sendable {
        let fields: [String]  // host, port, database, user, password
    }

    let entries: [Entry]

    public init(text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = Self.fields(of: String(line))
            return fields.count == 5 ? Entry(fields: fields) : nil
        }
    }

    /// The file at `PGPASSFILE` or `~/.pgpass`, if it exists and only its owner may read it.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> PassFile? {
        let path = environment["PGPASSFILE"] ?? (NSHomeDirectory() as NSString).appendingPathComponent(".pgpass")
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return PassFile(text: text)
    }

    /// The first line matching, as libpq reads it.
    public func password(host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        for entry in entries where zip(entry.fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) {
            return entry.fields[4]
        }
        return nil
    }

    static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
