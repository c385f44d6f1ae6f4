import Foundation
import CustomerCore
import CustomerStore

/// Fills a database with N customers through the store's batch insert, then times the lookups a
/// counter makes (phone by E.164 and by last digits, name prefixes of 1, 2 and 4 letters) through
/// the repository, beside the same index lookups in raw SQL on the same file (the floor, `FloorQueries`).
struct StoreBench {
    let count: Int
    let keepPath: String?

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if keepPath == nil { try? FileManager.default.removeItem(at: directory) } }
        let path = keepPath ?? directory.appendingPathComponent("bench.sqlite").path
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = ClienteleStore(database: try AppDatabase(path: path), region: "US")
        print("clientele-bench store: \(count) customers, SQLite \(JournalPolicy.linkedVersionText), journal \(store.database.journalMode.rawValue), \(path)")

        // Insert in batches so memory stays flat; generation is not part of the insert figure.
        var insertMilliseconds = 0.0
        var sample: [Customer] = []
        let batch = 50_000
        var inserted = 0
        var seed: UInt64 = 1
        while inserted < count {
            let customers = DemoCustomers.make(count: min(batch, count - inserted), seed: seed, shopRegion: "US") { PhoneNumberParser(defaultRegion: $0) }
            seed += 1
            insertMilliseconds += try Stopwatch.measure { try store.customers.insertBatch(customers) }
            inserted += customers.count
            var random = DemoRandom(seed: seed)
            for _ in 0..<20 { sample.append(random.pick(customers)) }
        }
        Report.line("insert (batch, with FTS and indexes)", Double(count) / (insertMilliseconds / 1000), unit: "rows/s")

        let withPhones = sample.filter { $0.phoneE164 != nil }
        let e164s = withPhones.map { $0.phoneE164! }
        let typedPhones = withPhones.map(\.phoneNumber)
        let lastFour = e164s.map { String($0.suffix(4)) }
        let floorQueries = store.floorQueries
        let iterations = 400

        func time(_ inputs: [String], _ body: (String) throws -> Void) rethrows -> Samples {
            var samples = Samples()
            for index in 0..<iterations {
                let input = inputs[index % inputs.count]
                samples.add(try Stopwatch.measure { try body(input) })
            }
            return samples
        }

        // Phone by E.164 (as typed, any form) and by its last 4 digits.
        let phoneFloor = try time(e164s) { e164 in
            _ = try floorQueries.ids(phoneE164: e164)
        }
        let phoneOurs = try time(typedPhones) { typed in _ = try store.customers.search(typed, limit: 50) }
        Report.latency("phone lookup, full number as typed", phoneOurs, floor: phoneFloor)

        let lastFloor = try time(lastFour) { digits in _ = try floorQueries.ids(phoneEndingIn: digits, limit: 51) }
        let lastOurs = try time(lastFour) { digits in _ = try store.customers.search(digits, limit: 50) }
        Report.latency("phone lookup, last 4 digits", lastOurs, floor: lastFloor)

        // Name prefixes: the search box after 1, 2 and 4 letters of a family name.
        for length in [1, 2, 4] {
            let prefixes = sample.map { String(SearchFolding.fold($0.familyName).prefix(length)) }.filter { $0.count == length }
            let floor = try time(prefixes) { prefix in _ = try floorQueries.searchIndexRowIDs(prefix: prefix, limit: 51) }
            let ours = try time(prefixes) { prefix in _ = try store.customers.search(prefix, limit: 50) }
            Report.latency("name search, \(length)-letter prefix", ours, floor: floor)
        }

        // The directory's first page and a deep page (keyset pagination).
        let pageFloor = try time(["x"]) { _ in _ = try floorQueries.idsByName(limit: 51) }
        let pageOurs = try time(["x"]) { _ in _ = try store.customers.page(sort: .name, limit: 50) }
        Report.latency("directory first page (50 rows by name)", pageOurs, floor: pageFloor)
    }
}
