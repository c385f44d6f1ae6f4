import Foundation
import CustomerCore
import CustomerStore

/// A throwaway shop for a bench: a store in a temporary folder (removed by `remove()`), holding
/// `count` demo customers; the customers' ids and the fill's time in ms.
///
/// The demo customers are made and inserted (in batches of 50,000) once per count in a run, into a
/// template file that is then closed; every shop after the first is a copy of that file. In
/// `clientele-bench all` three suites (reminders, filters, bookings) each needed the same 100,000
/// customers and spent 11–13 s making them; a copy takes a fraction of a second. The fill time
/// reported is the one measured when the template was made.
struct BenchDirectory {
    let folder: URL
    let store: ClienteleStore
    let ids: [CustomerID]
    let fillMilliseconds: Double

    init(name: String, customers count: Int) throws {
        let template = try Self.template(customers: count)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("bench.sqlite").path
        try FileManager.default.copyItem(atPath: template.path, toPath: path)
        store = ClienteleStore(database: try AppDatabase(path: path), region: "US")
        // A template still open somewhere would have rows only in its journal: the copy would lack them.
        guard try store.customers.count() == count else { throw IncompleteTemplate(path: template.path) }
        ids = template.ids
        fillMilliseconds = template.fillMilliseconds
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A closed database file of `count` demo customers (so wholly in its main file: the last
    /// connection's close checkpoints the journal), made on first use and removed at exit.
    struct Template {
        let path: String
        let ids: [CustomerID]
        let fillMilliseconds: Double
    }

    nonisolated(unsafe) static var templates: [Int: Template] = [:]

    static func template(customers count: Int) throws -> Template {
        if let made = templates[count] { return made }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-template-\(getpid())-\(count)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if templates.isEmpty { atexit { BenchDirectory.removeTemplates() } }
        let path = folder.appendingPathComponent("bench.sqlite").path
        var ids: [CustomerID] = []
        ids.reserveCapacity(count)
        let fill: Double = try {
            let store = ClienteleStore(database: try AppDatabase(path: path), region: "US")
            var seed: UInt64 = 1
            return try Stopwatch.measure {
                while ids.count < count {
                    let customers = DemoCustomers.make(count: min(50_000, count - ids.count), seed: seed, shopRegion: "US") { PhoneNumberParser(defaultRegion: $0) }
                    seed += 1
                    ids += try store.customers.insertBatch(customers)
                }
            }
        }()  // the store is released here: its connection closes and the file is whole
        let made = Template(path: path, ids: ids, fillMilliseconds: fill)
        templates[count] = made
        return made
    }

    static func removeTemplates() {
        for template in templates.values {
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: template.path).deletingLastPathComponent())
        }
    }
}

/// A template whose copy does not hold every customer it was filled with.
struct IncompleteTemplate: Error, CustomStringConvertible {
    let path: String
    var description: String { "the bench's template database \(path) was copied before all its rows were in its main file" }
}
