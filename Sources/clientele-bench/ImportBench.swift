import Foundation
import SampleCustomers

/// `clientele-bench import`: N rows of the sample generator in Square's layout imported by the
/// `clientele` binary into a database with all its indexes (and a new group, the default), beside
/// `ImportFloor` (the sqlite3 shell loading the same file, no parsing or validation) in the same
/// run — and beside `../shared/bench/sqlite_baseline.sh` too when it is there — and beside SQLite
/// alone storing the same rows in our schema (`SchemaFloor`); then the three exports of the result
/// (`ExportBench`) and a `find` on it (`StartupBench`). Peak memory is the child's own
/// (`PeakMemoryWatch`), so it is the import's alone.
struct ImportBench {
    let count: Int

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let csv = work.appendingPathComponent("customers.csv").path
        let options = CustomerListOptions(rows: count, layout: .square)
        print("clientele-bench import: \(count) rows from SampleCustomers (\(options.layout), \(options.encoding), seed \(options.seed), "
              + "\(Int(options.duplicateRate * 100)) % planted duplicates)")
        let start = Stopwatch.now()
        let generated = try CustomerListFile.write(options, to: csv)
        let generation = Double(Stopwatch.now() - start) / 1e9
        let size = (try FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0
        print(String(format: "generated %d rows (%d people) in %.2f s, %.1f MB; bench peak memory %.0f MB", generated.rows, generated.people,
                     generation, Double(size) / 1_048_576, Memory.peakResidentMegabytes()))

        let floorSeconds = try ImportFloor(csv: csv, rows: count, work: work).measure()
        let shared = SharedBaseline.locate().map { ($0, $0.measure(csv: csv)) }

        let clientele = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clientele").path
        let db = work.appendingPathComponent("import.sqlite").path
        // As a shop imports: into a new group named for the file (every profile also joins it).
        let ours = try Self.spawn(clientele, ["import", csv, "--db", db, "--region", "US"])
        Report.line("import time", ours.seconds, unit: "s", floor: floorSeconds)
        Report.line("import rows/s", Double(count) / ours.seconds, unit: "rows/s", floor: Double(count) / floorSeconds)
        switch shared {
        case (_, .success(let seconds))?:
            Report.line("import time vs ../shared sqlite_baseline.sh", ours.seconds, unit: "s", floor: seconds)
            Report.line("sqlite3 .import floor vs sqlite_baseline.sh", floorSeconds, unit: "s", floor: seconds)
        case (let baseline, .failure(let error))?:
            print("\(baseline.script) failed, its ratio is left out: \(error)")
        case nil:
            print("../shared/bench/sqlite_baseline.sh not found: its ratio is left out (the floor above is the bench's own)")
        }
        Report.line("import peak memory (child)", ours.peakMegabytes, unit: "MB", floor: nil)
        print(String(format: "file size %.1f MB; %@", Double(size) / 1_048_576, ours.output.split(separator: "\n").first.map(String.init) ?? ""))
        // The same rows stored by SQLite alone in our schema: the part of our time no parsing
        // or validation work can take away.
        let schemaFloor = try SchemaFloor(source: db, work: work).measure(clientele: clientele)
        Report.line("same rows, SQLite alone, our schema", schemaFloor, unit: "s", floor: floorSeconds)
        Report.line("import time vs SQLite alone, our schema", ours.seconds, unit: "s", floor: schemaFloor)
        Scorecard.ratio("import vs our schema's floor (\(count))", ours.seconds, unit: "s", floor: schemaFloor, atMost: 1.3)
        Scorecard.ceiling("import peak memory (\(count))", ours.peakMegabytes, unit: "MB", atMost: 150)
        Scorecard.record("schema floor vs bare .import (\(count))", schemaFloor, unit: "s", floor: floorSeconds,
                         goal: "reported (what our schema costs)", met: true)

        try ExportBench(database: db, count: count, clientele: clientele, work: work).run()
        try StartupBench(database: db, count: count, clientele: clientele).run()
    }

    struct Outcome { let seconds: Double; let peakMegabytes: Double; let output: String }

    /// Runs a program to completion; wall time and that child's own peak resident memory (its
    /// VmHWM, read every 2 ms until it exits).
    static func spawn(_ executable: String, _ arguments: [String]) throws -> Outcome {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("bench-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = Stopwatch.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw SpawnError(command: executable, code: spawned) }
        // The child's own high-water mark, read from /proc by a thread while it runs: `ru_maxrss`
        // from `wait4` starts from this process's size at the spawn (Linux carries the high-water
        // mark across exec), so every child looked at least as big as the bench itself. This thread
        // blocks in `waitpid`, so the time ends when the child does (polling it added up to 2 ms to
        // every run of a 3 ms command).
        let peak = PeakMemoryWatch(pid: pid)
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        let seconds = Double(Stopwatch.now() - start) / 1e9
        let peakKilobytes = peak.stop()
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Outcome(seconds: seconds, peakMegabytes: peakKilobytes / 1024, output: output)
    }

    struct SpawnError: Error { let command: String; let code: Int32 }
}

/// A child's peak resident memory (VmHWM), read every 2 ms on a thread of its own until `stop`.
/// VmHWM only grows, so the last read before the child exits is its peak but for those 2 ms.
final class PeakMemoryWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var peak = 0.0
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    init(pid: pid_t) {
        Thread.detachNewThread { [self] in
            while !lock.withLock({ stopped }) {
                if let kilobytes = Memory.highWaterKilobytes(of: pid) { lock.withLock { peak = max(peak, kilobytes) } }
                usleep(2_000)
            }
            finished.signal()
        }
    }

    /// Ends the watch (the child has exited); the peak in KiB.
    func stop() -> Double {
        lock.withLock { stopped = true }
        finished.wait()
        return lock.withLock { peak }
    }
}
