import Foundation

/// What a long operation at one counter says it is doing, so that another counter whose write
/// waits for it can say what it waits for ("an import at another counter, 45 %") instead of
/// waiting silently. Written beside the database by the operation, read by the one waiting.
public struct CounterActivity: Codable, Equatable, Sendable {
    public enum Operation: String, Codable, Sendable, CaseIterable {
        case importing
        case backingUp
    }

    public let operation: Operation
    /// How far it has gone, 0…1, when it knows.
    public let fraction: Double?
    /// The process doing it: a record left by a process that is gone is not believed.
    public let processID: Int32
    /// When it last said so: a record not refreshed for `staleAfter` is not believed either.
    public let updatedAt: Date

    /// A long operation refreshes its record at least this often.
    public static let staleAfter: TimeInterval = 15

    public init(operation: Operation, fraction: Double?, processID: Int32, updatedAt: Date) {
        self.operation = operation
        self.fraction = fraction.map { min(1, max(0, $0)) }
        self.processID = processID
        self.updatedAt = updatedAt
    }

    /// Whether the record still describes something under way at `now`.
    public func isCurrent(at now: Date) -> Bool {
        guard now.timeIntervalSince(updatedAt) < Self.staleAfter else { return false }
        // kill(pid, 0): ESRCH means no such process; EPERM means it exists (another user's).
        return kill(processID, 0) == 0 || errno == EPERM
    }

    /// Whole percent, for people.
    public var percent: Int? { fraction.map { Int(($0 * 100).rounded(.down)) } }
}
