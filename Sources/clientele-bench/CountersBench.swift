import Foundation
import CustomerCore
import CustomerStore
import SampleCustomers

/// `clientele-bench counters`: several counters on one file (issue 16's figures).
/// 1. While `clientele import` loads N rows (200,000 by default here) in another process, this
///    process looks customers up and saves new ones at a counter's pace: p50/p99 of each, beside
///    the same lookups and saves with no import running (the floor).
/// 2. Four writer processes (this binary, `counters-writer`) do 10,000 operations between them —
///    adds, notes, edits of one shared profile — : throughput, lost writes, "locked" errors, and
///    conflicts reported to the loser.
/// 3. Change-to-visible: a commit at one counter until a second counter, looking as the interface
///    does (`CounterWatch` every 0.5 s) and loading its first page, shows it: p50/p99.
struct CountersBench {
    let importRows: Int

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-counters-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("shop.sqlite").path
        let clientele = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clientele").path
        print("clientele-bench counters: \(importRows) rows imported by another process; 4 writers × 2,500 operations")

        // 1. Lookups and saves during an import.
        let csv = work.appendingPathComponent("customers.csv").path
        _ = try CustomerListFile.write(CustomerListOptions(rows: importRows, layout: .square), to: csv)
        let store = ClienteleStore(database: try AppDatabase(path: db), region: "US")
        for index in 0..<2_000 { _ = try store.customers.create(Customer(givenName: "Seed", familyName: "Client\(index)", phoneNumber: "+1 415 555 \(String(format: "%04d", index))")) }
        let idle = try counterLoad(store, seconds: 3, while: { true })
        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: clientele)
        importer.arguments = ["import", csv, "--db", db, "--region", "US"]
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        let importStart = Date()
        try importer.run()
        let busy = try counterLoad(store, seconds: nil, while: { importer.isRunning })
        importer.waitUntilExit()
        print(String(format: "import of %d rows took %.1f s (exit %d) with this counter working beside it", importRows, Date().timeIntervalSince(importStart), importer.terminationStatus))
        Report.latency("lookup during an import", busy.lookups, floor: idle.lookups)
        Report.latency("save during an import", busy.saves, floor: idle.saves)
        print("lookups \(busy.lookups.values.count), saves \(busy.saves.values.count), failed \(busy.failures) during the import")

        // 2. Four writers.
        let shared = try store.customers.create(Customer(givenName: "Shared", familyName: "Profile"))
        let before = try store.customers.count()
        let writersStart = Date()
        let writers = try (0..<4).map { index -> (Process, Pipe) in
            let process = Process(), pipe = Pipe()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["counters-writer", db, String(index), String(shared.id!), "2500"]
            process.standardOutput = pipe
            try process.run()
            return (process, pipe)
        }
        var claimed = WriterTally()
        for (process, pipe) in writers {
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            claimed.add(WriterTally(line: output))
        }
        let seconds = Date().timeIntervalSince(writersStart)
        let addsFound = try store.customers.count() - before
        let notesFound = try store.notes.notes(for: shared.id!).count
        print(String(format: "4 writers, %d operations in %.1f s: %.0f operations/s", claimed.operations, seconds, Double(claimed.operations) / seconds))
        print("lost writes \((claimed.adds - addsFound) + (claimed.notes - notesFound)) (adds \(claimed.adds) claimed, \(addsFound) stored; notes \(claimed.notes) claimed, \(notesFound) stored)")
        print("locked errors \(claimed.locked), other errors \(claimed.otherErrors); edits of the shared profile \(claimed.edits) saved, \(claimed.conflicts) conflicts reported to the loser")
        let version = try store.customers.customer(id: shared.id!)?.version ?? 0
        print("shared profile version \(version) = 1 + edits saved \(claimed.edits): \(version == 1 + claimed.edits ? "no edit overwritten" : "AN EDIT WAS OVERWRITTEN")")

        // 3. Change to visible.
        let watcher = ClienteleStore(database: try AppDatabase(path: db), region: "US")
        _ = watcher.counters.changedSinceLastLook()
        var visible = Samples()
        // The interface's loop looks every 0.5 s on its own clock, whenever the commit comes.
        let look = 0.5
        let clockStart = Date()
        for index in 0..<40 {
            usleep(UInt32.random(in: 0..<500_000))
            let committed = Date()
            let name = "Visible\(index)"
            _ = try store.customers.create(Customer(givenName: name, familyName: "Latency"))
            while true {
                let sinceStart = Date().timeIntervalSince(clockStart)
                let nextLook = (sinceStart / look).rounded(.up) * look
                usleep(UInt32(max(0, nextLook - sinceStart) * 1_000_000))
                if watcher.counters.changedSinceLastLook(), try !watcher.customers.search(name).rows.isEmpty { break }
            }
            visible.add(Date().timeIntervalSince(committed) * 1000)
        }
        Report.latency("change at one counter visible at another", visible, floor: nil)
    }

    struct Load { var lookups = Samples(); var saves = Samples(); var failures = 0 }

    /// A counter's work: a lookup by the last digits of a phone, then a new profile, every 50 ms.
    func counterLoad(_ store: ClienteleStore, seconds: Double?, while going: () -> Bool) throws -> Load {
        var load = Load()
        let end = seconds.map { Date().addingTimeInterval($0) }
        var index = 0
        while going(), end.map({ Date() < $0 }) ?? true {
            index += 1
            do {
                load.lookups.add(try Stopwatch.measure { _ = try store.customers.search(String(format: "555 %04d", index % 2_000)) })
                load.saves.add(try Stopwatch.measure { _ = try store.customers.create(Customer(givenName: "Walk-in", familyName: "Client\(index)")) })
            } catch {
                load.failures += 1
            }
            usleep(50_000)
        }
        return load
    }
}

/// What one writer did, on one line of its stdout ("adds=… notes=… edits=… conflicts=… locked=… errors=…").
struct WriterTally {
    var adds = 0, notes = 0, edits = 0, conflicts = 0, locked = 0, otherErrors = 0
    var operations: Int { adds + notes + edits + conflicts + locked + otherErrors }

    init() {}
    init(line: String) {
        var values: [String: Int] = [:]
        for pair in line.split(whereSeparator: \.isWhitespace) {
            let parts = pair.split(separator: "=")
            if parts.count == 2 { values[String(parts[0])] = Int(parts[1]) }
        }
        adds = values["adds"] ?? 0; notes = values["notes"] ?? 0; edits = values["edits"] ?? 0
        conflicts = values["conflicts"] ?? 0; locked = values["locked"] ?? 0; otherErrors = values["errors"] ?? 0
    }

    mutating func add(_ other: WriterTally) {
        adds += other.adds; notes += other.notes; edits += other.edits
        conflicts += other.conflicts; locked += other.locked; otherErrors += other.otherErrors
    }

    var line: String { "adds=\(adds) notes=\(notes) edits=\(edits) conflicts=\(conflicts) locked=\(locked) errors=\(otherErrors)" }

    /// `counters-writer DB INDEX SHARED_ID COUNT`: one of the four writers.
    static func runWriter(_ arguments: [String]) throws {
        guard arguments.count == 4, let index = Int(arguments[1]), let shared = Int64(arguments[2]), let count = Int(arguments[3]) else {
            throw ImportBench.SpawnError(command: "counters-writer", code: 2)
        }
        let store = ClienteleStore(database: try AppDatabase(path: arguments[0]), region: "US")
        var tally = WriterTally()
        for operation in 0..<count {
            do {
                switch operation % 5 {
                case 0, 1, 2:
                    _ = try store.customers.create(Customer(givenName: "Writer\(index)", familyName: "Add\(operation)"))
                    tally.adds += 1
                case 3:
                    _ = try store.notes.save(Note(customerID: shared, body: "writer \(index) note \(operation)"))
                    tally.notes += 1
                default:
                    // Read, change, save with the version read: a save that lost the race is refused.
                    guard var profile = try store.customers.customer(id: shared) else { tally.otherErrors += 1; continue }
                    profile.memo = "writer \(index) edit \(operation)"
                    do {
                        _ = try store.customers.update(profile)
                        tally.edits += 1
                    } catch StoreError.conflict {
                        tally.conflicts += 1
                    }
                }
            } catch {
                if String(describing: error).contains("locked") { tally.locked += 1 } else { tally.otherErrors += 1 }
            }
        }
        print(tally.line)
    }
}
