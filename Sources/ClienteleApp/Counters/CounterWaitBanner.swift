import CustomerCore
import Foundation
import TerminalCore

/// Shows "Waiting for an import at another counter (45 %)…" while a save or a load waits for
/// another counter's write. Effects run on the loop's thread, so while one waits the loop cannot
/// draw: the store's busy handler calls `show` from the thread that waits, and the banner draws
/// the last state with that status itself. Safe because the loop is inside `performing` — it
/// touches neither the state nor the terminal until `performing` returns, which takes the same
/// lock. A wait of background work (the loop is free) goes to the inbox as a Msg instead.
final class CounterWaitBanner: @unchecked Sendable {
    private let lock = NSLock()
    private let terminal: Terminal
    private let view: AppView
    private let language: InterfaceLanguage
    private let inbox: Inbox
    /// The state the loop is blocked on, while it performs an effect.
    private var blocked: AppState?

    init(terminal: Terminal, view: AppView, language: InterfaceLanguage, inbox: Inbox) {
        self.terminal = terminal
        self.view = view
        self.language = language
        self.inbox = inbox
    }

    /// Runs one effect, during which waits are drawn over `state`.
    func performing<T>(_ state: AppState, _ body: () -> T) -> T {
        lock.lock(); blocked = state; lock.unlock()
        defer { lock.lock(); blocked = nil; lock.unlock() }
        return body()
    }

    func show(_ wait: CounterWait) {
        lock.lock(); defer { lock.unlock() }
        guard var state = blocked else {
            inbox.post(.waitingForOtherCounter(wait))
            return
        }
        state.say(CounterWaitNote(wait))
        let frame = AppText.$language.withValue(language) { view.render(state) }
        terminal.draw(frame.buffer)
    }
}
