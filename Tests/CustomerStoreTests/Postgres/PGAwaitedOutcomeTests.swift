import Foundation
import Testing
@testable import PostgresStore

/// The wait for work on another thread (a COPY's async task) that gives up once the work can no
/// longer finish: postgres-nio never resumes a COPY handed to a channel that has just closed.
struct PGAwaitedOutcomeTests {
    @Test func anOutcomeThatComesIsReturned() {
        let outcome = PGAwaitedOutcome()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { outcome.finish(.success(())) }
        let result = outcome.wait(givingUpAfter: 0.2, once: { false })
        #expect(result != nil)
    }

    @Test func workThatCanNoLongerFinishIsGivenUpAfterTheGrace() {
        let outcome = PGAwaitedOutcome()
        let started = Date()
        #expect(outcome.wait(givingUpAfter: 0.3, once: { true }) == nil)
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= 0.3 && waited < 5, "waited \(waited) s")
    }

    @Test func aFailureThatPassesDoesNotCountTowardsTheGrace() {
        let outcome = PGAwaitedOutcome()
        var checks = 0
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.6) { outcome.finish(.success(())) }
        // "Failed" only in the first 100 ms: the grace of 0.3 s is never reached, the outcome comes.
        let started = Date()
        let result = outcome.wait(givingUpAfter: 0.3, once: { checks += 1; return Date().timeIntervalSince(started) < 0.1 })
        #expect(result != nil)
        #expect(checks > 0)
    }
}
