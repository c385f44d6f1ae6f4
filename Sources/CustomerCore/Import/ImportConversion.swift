import Foundation

/// A valid row and the columns the store derives from its profile, computed on a conversion thread
/// (they were a third of the writing thread's time when the insert computed them).
public struct ConvertedImportRow: Sendable {
    public let row: ImportedRow
    public let columns: DerivedCustomerColumns

    static func convert(_ record: CSVRecord, with converter: ImportRowConverter, now: Date) -> Result<ConvertedImportRow, ImportRowRefusal> {
        converter.convert(record, now: now).map { ConvertedImportRow(row: $0, columns: DerivedCustomerColumns($0.customer)) }
    }

    /// Converts records on all cores, the stored columns derived from each profile included;
    /// results in the records' order.
    static func convert(_ records: [CSVRecord], with converter: ImportRowConverter, now: Date) -> [Result<ConvertedImportRow, ImportRowRefusal>] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        guard records.count >= 64, workers > 1 else { return records.map { convert($0, with: converter, now: now) } }
        let results = ImportResultSlots(count: records.count)
        // More slices than threads, so a thread that finishes early takes another slice.
        let slices = workers * 4
        let slice = (records.count + slices - 1) / slices
        DispatchQueue.concurrentPerform(iterations: slices) { worker in
            let range = min(records.count, worker * slice)..<min(records.count, (worker + 1) * slice)
            for index in range { results.set(index, convert(records[index], with: converter, now: now)) }
        }
        return results.values
    }
}

/// A chunk being converted on other threads; `wait()` returns the results in record order.
final class ImportChunkConversion: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var results: [Result<ConvertedImportRow, ImportRowRefusal>] = []

    init(_ records: [CSVRecord], converter: ImportRowConverter, now: Date) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.results = ConvertedImportRow.convert(records, with: converter, now: now)
            self.done.signal()
        }
    }

    func wait() -> [Result<ConvertedImportRow, ImportRowRefusal>] {
        done.wait()
        done.signal()  // a second wait returns at once
        return results
    }
}

/// Slots the conversion threads fill, each thread its own indices (no two write the same slot).
/// Raw memory, not an Array, so no copy-on-write check races between threads.
final class ImportResultSlots: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Result<ConvertedImportRow, ImportRowRefusal>?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Result<ConvertedImportRow, ImportRowRefusal>) { storage[index] = value }

    var values: [Result<ConvertedImportRow, ImportRowRefusal>] { storage.map { $0! } }
}
