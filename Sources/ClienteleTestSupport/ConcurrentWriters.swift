import Foundation

/// Several writers at once, as several counters of one shop: each writer is a thread running its
/// own list of `clientele` commands one after another (each a real process on the real file), and
/// all the writers start together, so up to `writers` processes write at any moment.
public enum ConcurrentWriters {
    /// One command a writer ran and what came of it.
    public struct Step: Sendable {
        public let writer: Int
        public let index: Int
        public let arguments: [String]
        public let outcome: ClienteleProcess.Outcome
    }

    /// Runs `steps` commands in each of `writers` threads (`command(writer, index)` names each);
    /// every step's outcome, in writer then index order.
    public static func run(writers: Int, steps: Int, _ command: @escaping @Sendable (_ writer: Int, _ index: Int) -> [String]) -> [Step] {
        let results = Results(writers: writers)
        let group = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for writer in 0..<writers {
            group.enter()
            // Threads of their own: a dispatch pool of two cores might run only two writers at once.
            let thread = Thread {
                start.wait()
                var mine: [Step] = []
                for index in 0..<steps {
                    let arguments = command(writer, index)
                    let outcome = (try? ClienteleProcess.run(arguments))
                        ?? ClienteleProcess.Outcome(status: -1, standardOutput: "", standardError: "the process could not be started")
                    mine.append(Step(writer: writer, index: index, arguments: arguments, outcome: outcome))
                }
                results.set(mine, for: writer)
                group.leave()
            }
            thread.start()
        }
        for _ in 0..<writers { start.signal() }
        group.wait()
        return results.all
    }

    /// The writers' steps, each writer's list set once from its own thread.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [[Step]]

        init(writers: Int) { steps = Array(repeating: [], count: writers) }

        func set(_ mine: [Step], for writer: Int) {
            lock.lock()
            steps[writer] = mine
            lock.unlock()
        }

        var all: [Step] {
            lock.lock()
            defer { lock.unlock() }
            return steps.flatMap { $0 }
        }
    }
}
