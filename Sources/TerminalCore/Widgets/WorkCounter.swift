/// Counts elementary steps a widget took (characters inserted, moved, measured or drawn), so a
/// test or the benchmark can check that work grows linearly with the text without timing anything.
/// It is bookkeeping, not state: two values are always equal, so it never changes a widget's identity.
public struct WorkCounter: Hashable, Sendable {
    public private(set) var steps = 0

    public init() {}

    mutating func add(_ count: Int) { steps += count }

    public static func == (_: WorkCounter, _: WorkCounter) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
