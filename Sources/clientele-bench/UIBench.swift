import ClienteleApp
import CustomerCore
import CustomerStore
import Foundation
import Mailing
import TerminalCore

/// The interface at N customers: start to first frame, keystroke in the search box to the frame
/// drawn (update + query + render into a `MemoryTerminal`), and peak memory — each beside the
/// bare store query it is built on, measured in the same run on the same file.
struct UIBench {
    let count: Int
    let path: String

    func run() throws {
        try ensureDatabase()
        let residentBefore = Memory.peakResidentMegabytes()

        // Start: open the file, build the runtime, load and draw the first frame.
        var firstFrame = 0.0
        var runtime: AppRuntime!
        let terminal = MemoryTerminal(size: Size(width: 160, height: 50))
        // Its three parts are printed too, so that a slow start says where it was slow.
        var opening = 0.0, building = 0.0, drawing = 0.0
        firstFrame = try Stopwatch.measure {
            var store: ClienteleStore!
            opening = try Stopwatch.measure { store = ClienteleStore(database: try AppDatabase(path: path), region: "US") }
            building = Stopwatch.measure { runtime = AppRuntime(store: store, terminal: terminal, theme: .builtInDefault, mailer: SendmailCommand()) }
            drawing = Stopwatch.measure { runtime.send(.started) }
        }
        let floorStart = try Stopwatch.measure {
            _ = try FloorQueries(database: try AppDatabase(path: path)).firstNamesByName(limit: 200)
        }
        print("clientele-bench ui: \(count) customers, \(path)")
        Report.line("start to first frame", firstFrame, unit: "ms", floor: floorStart)
        print(String(format: "  of which: open the store %.1f ms, build the runtime %.1f ms, load and draw the first frame %.1f ms",
                     opening, building, drawing))
        Scorecard.ceiling("interface start to first frame, in process (\(count))", firstFrame, unit: "ms", floor: floorStart, atMost: 40)
        guard terminal.screenText.joined().contains("customers") else { throw BenchError.noFrame }

        // Keystrokes: type names and phone numbers as a person would, one key at a time.
        let store = runtime.runner.store
        var random = DemoRandom(seed: 99)
        let sample = try store.customers.page(sort: .recentlyAdded, limit: 400).rows
        var typed: [String] = []
        for _ in 0..<40 {
            let row = random.pick(sample)
            typed.append(random.chance(50) ? String(SearchFolding.fold(row.displayName.split(separator: " ").last.map(String.init) ?? "").prefix(6))
                                         : String((row.phoneE164 ?? "+14155550100").suffix(7)))
        }
        var keystrokes = Samples(), floor = Samples()
        for text in typed {
            runtime.handle(.key(.character("/")))
            var soFar = ""
            for character in text {
                soFar.append(character)
                keystrokes.add(Stopwatch.measure { runtime.handle(.key(.character(character))) })
                let query = soFar
                floor.add(try Stopwatch.measure { _ = try store.customers.search(query, limit: AppUpdate.searchLimit) })
            }
            runtime.handle(.key(.escape))
        }
        Report.latency("keystroke to frame (search as you type)", keystrokes, floor: floor)

        // Browsing: arrow keys through the directory (with keyset page loads).
        var arrows = Samples()
        for _ in 0..<600 { arrows.add(Stopwatch.measure { runtime.handle(.key(.down)) }) }
        Report.latency("arrow key to frame (browsing)", arrows, floor: nil)

        Report.line("peak memory (resident)", Memory.peakResidentMegabytes(), unit: "MB", floor: residentBefore)
    }

    /// Fills the database in a child process when it is missing, so this process's peak memory
    /// is the interface's, not the bulk insert's.
    func ensureDatabase() throws {
        if FileManager.default.fileExists(atPath: path),
           let existing = try? AppDatabase(path: path), (try? CustomerRepository(database: existing, region: "US").count()) ?? 0 >= count {
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["store", "--count", String(count), "--db", path]
        try process.run()
        process.waitUntilExit()
    }

    enum BenchError: Error { case noFrame }
}

/// Peak resident memory, from /proc (Linux).
enum Memory {
    /// This process's.
    static func peakResidentMegabytes() -> Double {
        (highWaterKilobytes(of: nil) ?? .nan) / 1024
    }

    /// VmHWM of `pid` (nil: this process) in KiB, or nil when it has none (gone, or a zombie).
    static func highWaterKilobytes(of pid: pid_t?) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid.map(String.init) ?? "self")/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Double(line.split(separator: " ").dropFirst().first ?? "")
    }
}
