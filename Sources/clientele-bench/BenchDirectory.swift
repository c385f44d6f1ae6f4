import Foundation
import CustomerCore
import CustomerStore

/// A throwaway shop for a bench: a store in a temporary folder (removed by `remove()`), filled with
/// `count` demo customers in batches of 50,000; the customers' ids and the fill's time in ms.
struct BenchDirectory {
    let folder: URL
    let store: ClienteleStore
    let ids: [CustomerID]
    let fillMilliseconds: Double

    init(name: String, customers count: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = ClienteleStore(database: try AppDatabase(path: folder.appendingPathComponent("bench.sqlite").path), region: "US")
        var ids: [CustomerID] = []
        ids.reserveCapacity(count)
        var seed: UInt64 = 1
        fillMilliseconds = try Stopwatch.measure {
            while ids.count < count {
                let customers = DemoCustomers.make(count: min(50_000, count - ids.count), seed: seed, shopRegion: "US") { PhoneNumberParser(defaultRegion: $0) }
                seed += 1
                ids += try store.customers.insertBatch(customers)
            }
        }
        self.store = store
        self.ids = ids
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
