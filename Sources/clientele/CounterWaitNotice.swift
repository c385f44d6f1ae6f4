import CustomerCore
import Foundation

/// The command line's word on a wait for another counter: said once on stderr, when the wait
/// passes `CounterWait.worthSaying`, so a script's user knows why a command is slow and that it
/// will complete (it never fails with "database is locked" for a wait shorter than
/// `CounterWait.givesUpAfter`).
enum CounterWaitNotice {
    static func install(on waits: CounterWaitReporter) {
        let said = SaidOnce()
        waits.onWait { wait in
            guard said.first() else { return }
            Stderr.print("clientele: \(sentence(wait))")
        }
    }

    static func sentence(_ wait: CounterWait) -> String {
        guard let activity = wait.activity else {
            return "waiting for another counter or program that is writing to the database…"
        }
        let what = switch activity.operation {
        case .importing: "an import"
        case .backingUp: "a backup"
        }
        let progress = activity.percent.map { " (\($0) % done)" } ?? ""
        return "waiting for \(what) at another counter\(progress); this will go on when it is done…"
    }
}

/// True the first time only, from any thread.
private final class SaidOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var said = false
    func first() -> Bool {
        lock.lock(); defer { lock.unlock() }
        defer { said = true }
        return !said
    }
}
