import Foundation

/// `clientele-bench import`: N rows of `generate_customers.py --format square` imported by the
/// `clientele` binary into a database with all its indexes, beside `sqlite_baseline.sh` (the
/// sqlite3 shell loading the same file, no parsing or validation) in the same run; then the export
/// of the result. Peak memory is the child's (getrusage), so it is the import's alone.
struct ImportBench {
    let count: Int

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let csv = work.appendingPathComponent("customers.csv").path
        let shared = Self.sharedDirectory()
        print("clientele-bench import: \(count) rows, \(shared)")
        _ = try Self.spawn("/usr/bin/env", ["python3", shared + "/data/generate_customers.py", "--rows", String(count), "--format", "square", "--out", csv])
        let size = (try FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0

        let baseline = try Self.spawn("/bin/bash", [shared + "/bench/sqlite_baseline.sh", csv])
        let floorSeconds = baseline.output.split(separator: " ").first { $0.hasPrefix("seconds=") }.flatMap { Double($0.dropFirst(8).trimmingCharacters(in: .whitespacesAndNewlines)) } ?? .nan

        let clientele = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clientele").path
        let db = work.appendingPathComponent("import.sqlite").path
        let ours = try Self.spawn(clientele, ["import", csv, "--db", db, "--no-group", "--region", "US"])
        Report.line("import time", ours.seconds, unit: "s", floor: floorSeconds)
        Report.line("import rows/s", Double(count) / ours.seconds, unit: "rows/s", floor: Double(count) / floorSeconds)
        Report.line("import peak memory (child)", ours.peakMegabytes, unit: "MB", floor: nil)
        print(String(format: "file size %.1f MB; %@", Double(size) / 1_048_576, ours.output.split(separator: "\n").first.map(String.init) ?? ""))

        let out = work.appendingPathComponent("export.csv").path
        let export = try Self.spawn(clientele, ["export", "--db", db, "--out", out])
        Report.line("export time (CSV)", export.seconds, unit: "s", floor: ours.seconds)
        Report.line("export peak memory (child)", export.peakMegabytes, unit: "MB", floor: nil)
    }

    static func sharedDirectory() -> String {
        if let path = ProcessInfo.processInfo.environment["CLIENTELE_SHARED"] { return path }
        var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("../shared").standardizedFileURL
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("bench/sqlite_baseline.sh").path) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        return "../shared"
    }

    struct Outcome { let seconds: Double; let peakMegabytes: Double; let output: String }

    /// Runs a program to completion; wall time and the child's peak resident memory.
    static func spawn(_ executable: String, _ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let start = Stopwatch.now()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Double(Stopwatch.now() - start) / 1e9
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Outcome(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, output: String(decoding: data, as: UTF8.self))
    }
}
