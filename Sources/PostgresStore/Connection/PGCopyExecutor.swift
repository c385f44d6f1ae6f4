import Foundation

/// The thread `COPY … FROM STDIN` runs its async work on (postgres-nio offers COPY only as an async
/// function). The store's callers are synchronous and block until the copy ends; were the copy's
/// task on Swift concurrency's shared pool, callers that themselves run on that pool (tests do)
/// could hold every pool thread while waiting for it — two of them on two cores, and nothing would
/// run it. A thread of its own cannot be taken that way.
final class PGCopyExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = PGCopyExecutor()

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    private init() {
        let thread = Thread { [unowned self] in self.runJobs() }
        thread.name = "clientele.postgres.copy"
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func runJobs() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}

/// The outcome of work done on another thread, waited for by the caller's.
final class PGAwaitedOutcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Void, any Error> = .success(())

    func finish(_ result: Result<Void, any Error>) {
        self.result = result
        done.signal()
    }

    /// The outcome, or nil when `hasFailed` has held for `grace` seconds without one (checked every
    /// 50 ms): work that can no longer finish is not waited for.
    func wait(givingUpAfter grace: TimeInterval, once hasFailed: () -> Bool) -> Result<Void, any Error>? {
        var failedSince: Date?
        while done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            guard hasFailed() else { failedSince = nil; continue }
            let since = failedSince ?? Date()
            failedSince = since
            if Date().timeIntervalSince(since) >= grace { return nil }
        }
        return result
    }
}
