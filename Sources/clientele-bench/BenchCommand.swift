import Foundation
import CustomerCore
import CustomerStore

/// `clientele-bench [suite] [--count N] [--db PATH]`: prints figures and their ratio to a floor
/// measured in the same run, never pass/fail (DESIGN §6). Suites: `store` (default), `ui`,
/// `import`, `duplicates`, `paste`, `reminders`, `filters`, `bookings`, `attach`, `counters`,
/// `postgres`, and `all` (every one of them, at 100,000 customers unless `--count`). The figures
/// that have a goal end the run as one table (`Scorecard`).
@main
struct BenchCommand {
    static func main() {
        do { try runSuites() } catch {
            FileHandle.standardError.write(Data("clientele-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func runSuites() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        // One of the `counters` suite's writer processes (this binary, started by that suite).
        if arguments.first == "counters-writer" { return try WriterTally.runWriter(Array(arguments.dropFirst())) }
        var count = 1_000_000
        var countGiven = false
        var keepPath: String?
        var server: String?
        var suites: [String] = []
        while !arguments.isEmpty {
            let argument = arguments.removeFirst()
            switch argument {
            case "--count":
                count = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? count
                countGiven = true
            case "--db": keepPath = arguments.isEmpty ? nil : arguments.removeFirst()
            case "--server": server = arguments.isEmpty ? nil : arguments.removeFirst()
            case "--help", "-h":
                print("""
                    usage: clientele-bench [all] [store] [ui] [import] [duplicates] [paste] [reminders] [filters] [bookings] [attach] [counters] [postgres] [--count N] [--db PATH] [--server URL]
                      all    every suite below at 100,000 customers (unless --count), then one table of the figures
                             that have a goal: figure, ours, floor, ratio, goal, met (postgres only where a server can be
                             started or --server is given)
                      store  fill a database with N customers (default 1,000,000), time lookups and searches
                      ui     start-up, keystroke-to-frame and memory of the interface on that database
                             (--db keeps the file between runs; without it a temporary one is filled)
                      import N rows of the sample generator (Square's layout) through `clientele import`,
                             beside the sqlite3 shell's .import of the same file (and beside
                             ../shared/bench/sqlite_baseline.sh too when it is there) and beside SQLite alone storing
                             the same rows in our schema; then the CSV, vCard and JSON exports (beside the CSV, the
                             sqlite3 shell's json_object, and abook's vCard export when abook is installed), and
                             `clientele find` by last digits beside the sqlite3 shell and `clientele --help`
                      duplicates  precision and recall against the sample generator's truth file (100,000 rows);
                             the scan of N profiles beside a bare GROUP BY (--db keeps its database); merge
                             and undo of two full profiles
                      paste  1,000, 10,000 and 100,000 characters into a text field (one paste; typed key by key),
                             time and work per character beside the 1,000 run; 100,000 into the memo through the app
                      reminders  N customers and 100,000 open reminders: the reminders screen (openReminders, 500)
                             and the due count, each beside a bare scan of the partial index
                      filters  N customers with groups, loyalty members, reminders and amounts due: the directory's
                             first page and count under each filter and combinations, beside the unfiltered page
                      bookings  N customers and 300,000 bookings: the day's bookings (today and tomorrow) beside a
                             bare range of the start-time index; a card of 2,000 bookings, 2,000 payments, 5,000 messages
                      attach a 20 MB PNG-headed file: attach time beside a bare copy, and the peak memory it adds
                      counters  lookups and saves p50/p99 while another process imports N rows (200,000 unless
                             --count or all), beside the same with no import; four writer processes × 2,500 operations
                             (lost writes, locked errors, conflicts); change-to-visible at a second counter
                      postgres  N customers on a PostgreSQL server (a throwaway cluster, or --server URL allowed to
                             create databases): phone lookups and search as you type beside bare index reads (tsvector
                             and trigram), the duplicate scan beside a GROUP BY, a merge and its undo, change-to-visible
                             between two counters, and `clientele import` of N rows beside psql \\copy of the same file
                    """)
                return
            default: suites.append(argument)
            }
        }
        if suites.isEmpty { suites = ["store"] }
        let started = Stopwatch.now()
        var uiPath: String?
        if suites.contains("all") {
            if !countGiven { count = 100_000 }
            // The store suite fills the file the ui suite then opens (instead of filling a second one).
            uiPath = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-all-\(UUID().uuidString).sqlite").path
            let postgres = server != nil || PostgresBench.serverCanStart()
            suites = ["store", "ui", "import", "duplicates", "paste", "reminders", "filters", "bookings", "attach", "counters"] + (postgres ? ["postgres"] : [])
            if !postgres { print("postgres: no server given (--server) and initdb not found: the PostgreSQL suite is left out") }
        }
        defer {
            if let uiPath { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: uiPath + suffix) } }
        }
        var suiteMinutes: [(String, Double)] = []
        for suite in suites {
            let suiteStarted = Stopwatch.now()
            defer { suiteMinutes.append((suite, Double(Stopwatch.now() - suiteStarted) / 60e9)) }
            switch suite {
            case "store": try StoreBench(count: count, keepPath: uiPath ?? keepPath).run()
            case "import": try ImportBench(count: count).run()
            case "duplicates": try DuplicatesBench(count: count, keepPath: keepPath).run()
            case "paste": try PasteBench().run()
            case "reminders": try RemindersBench(count: count).run()
            case "filters": try FiltersBench(count: count).run()
            case "bookings": try BookingsBench(count: count).run()
            case "attach": try AttachBench().run()
            case "postgres": try PostgresBench(count: count, server: server).run()
            case "counters": try CountersBench(importRows: countGiven || uiPath != nil ? count : 200_000).run()
            case "ui":
                let path = uiPath ?? keepPath ?? FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-ui-\(count).sqlite").path
                try UIBench(count: count, path: path).run()
            default:
                FileHandle.standardError.write(Data("clientele-bench: unknown suite “\(suite)” (known: all, store, ui, import, duplicates, paste, reminders, filters, bookings, attach, counters, postgres)\n".utf8))
                exit(2)
            }
        }
        let minutes = Double(Stopwatch.now() - started) / 60e9
        // Where the run's time went, so that a suite that outgrows the five minutes is named.
        if suiteMinutes.count > 1 {
            print("time per suite: " + suiteMinutes.map { String(format: "%@ %.2f min", $0.0, $0.1) }.joined(separator: ", "))
        }
        if uiPath != nil {
            Scorecard.ceiling("clientele-bench all (\(count))", minutes, unit: "min", atMost: 5)
        }
        Scorecard.printTable(title: String(format: "goals (%@, %.1f min in all)", suites.joined(separator: " "), minutes))
    }
}
