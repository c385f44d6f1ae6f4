/// A small seeded generator of 64-bit numbers (SplitMix64, Steele, Lea and Flood 2014), with the
/// few draws the sample lists need. Its own draws rather than `Int.random(in:using:)`: the
/// standard library does not promise how it turns 64 bits into a number in a range, and a list
/// must be the same, byte for byte, for a seed on every toolchain — tests and benchmarks compare
/// runs made months apart.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for one item of a family (one person of a list): its own stream, derived from
    /// the family's seed and the item's number, so an item can be made again on its own.
    public init(seed: UInt64, stream: UInt64) {
        state = Self.mix(seed ^ Self.mix(stream &+ 0x9E37_79B9_7F4A_7C15))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's finaliser: every bit of the input reaches every bit of the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< bound, by the high half of a 128-bit product (Lemire): no division, and a bias of at
    /// most bound / 2⁶⁴, far below anything a list of customers could show.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(\(bound))")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    public mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// True with the given probability (0…1), from 53 bits: the precision of a Double.
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1.0p-53 < probability
    }
}
