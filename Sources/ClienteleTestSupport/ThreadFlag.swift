import Foundation

/// A flag one thread sets and others read (a background import is done, writers are to stop).
public final class ThreadFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    public init() {}

    public var isSet: Bool { lock.withLock { value } }
    public func set() { lock.withLock { value = true } }
}
