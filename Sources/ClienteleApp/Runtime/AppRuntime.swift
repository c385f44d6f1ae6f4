import CustomerCore
import CustomerStore
import Foundation
import TerminalCore

/// The loop, the same for ncurses and for `MemoryTerminal`: event → Msg → update → effects
/// (each answering with Msgs) → render → draw.
public final class AppRuntime {
    public private(set) var state: AppState
    public let update: AppUpdate
    public let view: AppView
    public let runner: EffectRunner
    public let terminal: Terminal

    public init(store: ClienteleStore, terminal: Terminal, theme: Theme, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.terminal = terminal
        state = AppState(size: terminal.size)
        update = AppUpdate(region: store.region)
        view = AppView(theme: theme, region: store.region, clock: clock)
        runner = EffectRunner(store: store, clock: clock)
    }

    /// Handles one message and everything it leads to, then draws.
    public func send(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in update.update(&state, next) {
                queue += runner.perform(effect)
            }
        }
        redraw()
    }

    public func redraw() {
        let frame = view.render(state)
        terminal.draw(frame.buffer)
        terminal.setCursor(frame.cursor)
    }

    /// Turns a terminal event into a Msg.
    public func handle(_ event: InputEvent) {
        switch event {
        case .key(let key): send(.keyPressed(key))
        case .resize(let size): send(.terminalResized(size))
        case .mouse(let mouse): send(.mouseClicked(mouse))
        }
    }

    /// Runs until the user quits.
    public func run() {
        send(.started)
        while state.isRunning {
            guard let event = terminal.nextEvent(timeout: 60_000) else {
                send(.clockTicked)
                continue
            }
            handle(event)
        }
    }
}
