import Foundation
import CustomerCore

/// `<database>.activity`: the one long operation under way at some counter, as JSON. Written by
/// the operation (atomically: a temporary file renamed over it), read by a counter whose write
/// waits. A file left by a killed process is ignored (`CounterActivity.isCurrent`) and replaced
/// by the next operation's; losing it costs only the words of a wait, never data.
public struct CounterActivityFile: Sendable {
    public let path: String

    public init(databasePath: String) { path = databasePath + ".activity" }

    /// What is under way now, or nil (no file, unreadable, stale, or its process gone).
    public func current(at now: Date = Date()) -> CounterActivity? {
        guard let data = FileManager.default.contents(atPath: path),
              let activity = try? Self.decoder.decode(CounterActivity.self, from: data),
              activity.isCurrent(at: now) else { return nil }
        return activity
    }

    /// Says what this process is doing; failures are ignored (a read-only folder: the wait at the
    /// other counter is then only less explicit).
    public func say(_ operation: CounterActivity.Operation, fraction: Double?, now: Date = Date()) {
        let activity = CounterActivity(operation: operation, fraction: fraction, processID: getpid(), updatedAt: now)
        guard let data = try? Self.encoder.encode(activity) else { return }
        try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Removes the record if it is this process's.
    public func clear() {
        guard let data = FileManager.default.contents(atPath: path),
              let activity = try? Self.decoder.decode(CounterActivity.self, from: data),
              activity.processID == getpid() else { return }
        try? FileManager.default.removeItem(atPath: path)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }()
    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()
}

/// Refreshes an operation's activity record at most twice a second, however often it is told.
final class ActivityReporter {
    let file: CounterActivityFile?
    let operation: CounterActivity.Operation
    private var lastSaid = Date.distantPast

    init(file: CounterActivityFile?, operation: CounterActivity.Operation) {
        self.file = file
        self.operation = operation
    }

    func progress(_ fraction: Double?) {
        guard let file else { return }
        let now = Date()
        guard now.timeIntervalSince(lastSaid) >= 0.5 else { return }
        lastSaid = now
        file.say(operation, fraction: fraction, now: now)
    }

    func finish() { file?.clear() }
}
