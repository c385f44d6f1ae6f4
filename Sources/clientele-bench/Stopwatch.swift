import Foundation

/// Monotonic timing and percentiles for the benchmark's figures.
struct Stopwatch {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Runs `body` and returns its duration in milliseconds.
    static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return Double(now() - start) / 1_000_000
    }
}

/// Latency samples in milliseconds.
struct Samples {
    var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
        return sorted[min(sorted.count - 1, max(0, rank))]
    }
}

/// One line per figure, aligned, with the ratio to its floor when there is one.
enum Report {
    static func line(_ name: String, _ value: Double, unit: String, floor: Double? = nil) {
        var text = name.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: "%10.3f %@", value, unit)
        if let floor, floor > 0 {
            text += String(format: "   floor %9.3f %@   ratio %6.2f×", floor, unit, value / floor)
        }
        print(text)
    }

    static func latency(_ name: String, _ ours: Samples, floor: Samples?) {
        line(name + " p50", ours.percentile(50), unit: "ms", floor: floor?.percentile(50))
        line(name + " p99", ours.percentile(99), unit: "ms", floor: floor?.percentile(99))
    }
}
