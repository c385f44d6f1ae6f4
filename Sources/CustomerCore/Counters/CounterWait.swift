import Foundation

/// A write (or read) that cannot go on because another counter holds the database: how long it
/// has waited so far and, when that counter said so, what it is doing.
public struct CounterWait: Equatable, Sendable {
    public let waited: TimeInterval
    public let activity: CounterActivity?

    public init(waited: TimeInterval, activity: CounterActivity?) {
        self.waited = waited
        self.activity = activity
    }

    /// A wait shorter than this is not worth a word: a counter's everyday save takes milliseconds.
    public static let worthSaying: TimeInterval = 0.2
    /// After this long the wait gives up (a program holding the file this long has hung; the
    /// statement fails and nothing is written).
    public static let givesUpAfter: TimeInterval = 300
}

/// Where the store reports that an operation waits for another counter (again every quarter of a
/// second while it lasts; its end is the operation's answer). The interface shows it on the status line; the command line says it once on stderr.
/// Called on the thread that waits (the store's), so a handler must be quick and thread-safe.
public final class CounterWaitReporter: @unchecked Sendable {
    private let lock = NSLock()
    private var handler: (@Sendable (CounterWait) -> Void)?

    public init() {}

    /// Replaces the handler; nil stops reporting.
    public func onWait(_ handler: (@Sendable (CounterWait) -> Void)?) {
        lock.lock(); defer { lock.unlock() }
        self.handler = handler
    }

    public func report(_ wait: CounterWait) {
        lock.lock(); let handler = self.handler; lock.unlock()
        handler?(wait)
    }
}
