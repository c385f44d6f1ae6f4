import Foundation
import CustomerCore

/// SQLite's busy handler for every connection of a shared file: instead of failing with
/// "database is locked" after a fixed timeout, a statement that finds the file held waits —
/// sleeping a little longer each try, up to 2 ms, so that a save lands within milliseconds of
/// the other counter's commit — and after `CounterWait.worthSaying` reports what it waits for.
/// It gives up only after `CounterWait.givesUpAfter` (a program that holds a file that long has
/// hung) and the statement fails with SQLite's "database is locked".
final class WaitingBusyHandler: @unchecked Sendable {
    let waits: CounterWaitReporter
    let activityFile: CounterActivityFile?
    private let lock = NSLock()
    private var started: Date?
    private var lastReport = Date.distantPast

    /// The longest sleep between two tries, in microseconds: shorter than the pause a long
    /// operation leaves between its slices (`SlicedImportWriter.pauseBetweenSlices`), or the
    /// waiter would sleep through every pause and starve (measured: saves p50 733 ms behind an
    /// import with 20 ms sleeps). A try is one lock call: 500 of them a second cost nothing.
    static let longestSleep = 2_000

    init(waits: CounterWaitReporter, activityFile: CounterActivityFile?) {
        self.waits = waits
        self.activityFile = activityFile
    }

    /// GRDB's `BusyCallback`: true to try again, false to let the statement fail with SQLITE_BUSY.
    func shouldRetry(numberOfTries: Int) -> Bool {
        let now = Date()
        lock.lock()
        if numberOfTries == 0 || started == nil { started = now }
        let waited = now.timeIntervalSince(started ?? now)
        let due = waited >= CounterWait.worthSaying && now.timeIntervalSince(lastReport) >= 0.25
        if due { lastReport = now }
        lock.unlock()
        if waited >= CounterWait.givesUpAfter { return false }
        if due { waits.report(CounterWait(waited: waited, activity: activityFile?.current(at: now))) }
        usleep(UInt32(min(Self.longestSleep, 250 << min(numberOfTries, 6))))
        return true
    }
}
