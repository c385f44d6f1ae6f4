import Foundation
import SampleCustomers

/// Kills the real `clientele` binary with SIGKILL at seeded random moments of an operation: the
/// operation is run once to completion and timed, then each kill falls at a uniform random
/// fraction of that time after the start. The time only chooses moments — nothing asserts on it,
/// so a slow machine moves the moments, never the verdict. The seed is printed in every
/// `description`, and `CLIENTELE_STRESS_SEED` replays a run's fractions.
public struct KillAtRandomMoment: Sendable, CustomStringConvertible {
    /// How many kills of each operation a test makes: `CLIENTELE_STRESS_RUNS` (`scripts/stress`), else `standard`.
    public static func runs(standard: Int = 5) -> Int {
        ProcessInfo.processInfo.environment["CLIENTELE_STRESS_RUNS"].flatMap { Int($0) }.map { max(1, $0) } ?? standard
    }

    /// One kill: where it fell and whether the process was still running then.
    public struct Moment: Sendable, CustomStringConvertible {
        public let seed: UInt64
        public let run: Int
        public let fraction: Double
        public let delay: Double
        public let measured: Double
        public let killedWhileRunning: Bool

        public var description: String {
            "seed \(seed) (CLIENTELE_STRESS_SEED=\(seed)), run \(run): killed \(String(format: "%.3f", delay)) s after the start "
                + "(\(String(format: "%.2f", fraction)) of the measured \(String(format: "%.3f", measured)) s)"
                + (killedWhileRunning ? "" : ", after it had ended")
        }
    }

    public let seed: UInt64
    private var generator: SplitMix64

    /// `seed`, else `CLIENTELE_STRESS_SEED`, else a fresh random one.
    public init(seed: UInt64? = nil) {
        let chosen = seed ?? ProcessInfo.processInfo.environment["CLIENTELE_STRESS_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        self.seed = chosen
        generator = SplitMix64(seed: chosen)
    }

    public var description: String { "seed \(seed) (CLIENTELE_STRESS_SEED=\(seed))" }

    /// Runs `clientele arguments…` to completion; its outcome and how long it took, start to exit.
    public static func measure(_ arguments: [String]) throws -> (outcome: ClienteleProcess.Outcome, seconds: Double) {
        let started = Date()
        let outcome = try ClienteleProcess.run(arguments)
        return (outcome, Date().timeIntervalSince(started))
    }

    /// Starts `clientele arguments…` and kills it at a random fraction of `seconds` after the start.
    public mutating func kill(_ arguments: [String], run: Int, within seconds: Double) throws -> Moment {
        let fraction = Double(generator.next() >> 11) * 0x1.0p-53
        let delay = fraction * seconds
        let killed = try ClienteleProcess.killMidway(arguments, settle: delay) { true }
        return Moment(seed: seed, run: run, fraction: fraction, delay: delay, measured: seconds, killedWhileRunning: killed)
    }
}
