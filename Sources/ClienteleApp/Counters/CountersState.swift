import CustomerCore
import Foundation

/// What the live view of other counters' changes remembers between looks.
public struct CountersState: Equatable, Sendable {
    /// When the duplicates were last counted because of a change elsewhere.
    public var lastDuplicateRecount: Date?
    /// Why the shop's server cannot be reached, while it cannot (nil: online, or a local file).
    public var offline: StoreError?

    public init() {}
}
