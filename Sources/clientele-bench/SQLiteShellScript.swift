import Foundation

/// A script run by the sqlite3 shell on a database (`sqlite3 -bail DB < script`), written to a file
/// in `work` first: the floors the benches measure beside our own code.
enum SQLiteShellScript {
    /// The shell's wall time and what it printed (an error, since the scripts send answers to files).
    static func run(_ script: String, on database: String, named name: String, in work: URL) throws -> ImportBench.Outcome {
        let path = work.appendingPathComponent("\(name).sql").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ImportBench.spawn("/bin/sh", ["-c", "sqlite3 -bail '\(database)' < '\(path)'"])
    }
}
