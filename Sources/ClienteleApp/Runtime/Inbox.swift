import Foundation

/// Messages posted by work running off the UI thread (an import), collected for the UI thread's
/// loop to hand to `update`; and the cancel flag that work checks.
public final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Msg] = []
    private var running = 0
    private var cancelRequested = false

    public init() {}

    public func post(_ msg: Msg) {
        lock.lock(); defer { lock.unlock() }
        messages.append(msg)
    }

    public func drain() -> [Msg] {
        lock.lock(); defer { lock.unlock() }
        let drained = messages
        messages.removeAll()
        return drained
    }

    /// Whether background work is running or has posted messages not yet handled.
    public var isBusy: Bool {
        lock.lock(); defer { lock.unlock() }
        return running > 0 || !messages.isEmpty
    }

    func started() { lock.lock(); running += 1; cancelRequested = false; lock.unlock() }
    /// Work that cannot be cancelled (a duplicate scan) starts; an import's cancel request stands.
    func startedUncancellable() { lock.lock(); running += 1; lock.unlock() }
    func finished() { lock.lock(); running -= 1; lock.unlock() }
    func requestCancel() { lock.lock(); cancelRequested = true; lock.unlock() }
    var isCancelRequested: Bool { lock.lock(); defer { lock.unlock() }; return cancelRequested }
}
