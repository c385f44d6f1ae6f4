import Foundation

/// `../shared/bench/sqlite_baseline.sh`, the floor the import was first measured against, run as
/// well when the shared folder is beside the checkout (or `$CLIENTELE_SHARED` names it), so the
/// figures stay comparable with those in docs/DECISIONS.md. Never needed: `ImportFloor` is the
/// bench's own floor, and a missing or failing script only loses this one line.
struct SharedBaseline {
    let script: String

    /// The script, looked for from the working directory and from the program's folder upwards.
    static func locate() -> SharedBaseline? {
        let relative = "bench/sqlite_baseline.sh"
        if let path = ProcessInfo.processInfo.environment["CLIENTELE_SHARED"], !path.isEmpty {
            let script = URL(fileURLWithPath: path).appendingPathComponent(relative).path
            return FileManager.default.fileExists(atPath: script) ? SharedBaseline(script: script) : nil
        }
        let starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                      URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        for start in starts {
            var directory = start
            for _ in 0..<6 {
                let candidate = directory.appendingPathComponent("../shared/" + relative).standardizedFileURL.path
                if FileManager.default.fileExists(atPath: candidate) { return SharedBaseline(script: candidate) }
                directory.deleteLastPathComponent()
            }
        }
        return nil
    }

    /// The seconds the script reports ("sqlite3-baseline rows=N seconds=S"), or why there are none.
    func measure(csv: String) -> Result<Double, BaselineError> {
        guard let outcome = try? ImportBench.spawn("/bin/bash", [script, csv]) else { return .failure(BaselineError(output: "could not start")) }
        let seconds = outcome.output.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("seconds=") }.flatMap { Double($0.dropFirst(8)) }
        return seconds.map { .success($0) } ?? .failure(BaselineError(output: outcome.output))
    }

    struct BaselineError: Error, CustomStringConvertible {
        let output: String
        var description: String { output.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
