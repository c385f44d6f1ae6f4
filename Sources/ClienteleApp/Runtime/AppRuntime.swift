import CustomerCore
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
    /// The interface's language: bound (as `AppText.language`) around every update and render.
    public let language: InterfaceLanguage
    /// Another counter's commits, looked for every `counterLook` (`CounterWatch`).
    let watch: any CounterWatch
    /// Draws waits for another counter while an effect waits (`CounterWaitBanner`).
    let waitBanner: CounterWaitBanner

    /// English unless asked: only the command line reads the environment, so tests never depend on `LANG`.
    /// `mailer` hands the quick actions' messages to the shop's mail command (`SendmailCommand`).
    public init(store: any ClienteleStoring, terminal: Terminal, theme: Theme, language: InterfaceLanguage = .en,
                mailer: any MailTransport, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.terminal = terminal
        self.language = language
        state = AppState(size: terminal.size, workingDirectory: FileManager.default.currentDirectoryPath)
        update = AppUpdate(region: store.region, clock: clock)
        view = AppView(theme: theme, region: store.region, clock: clock)
        runner = EffectRunner(store: store, mailer: mailer, clock: clock)
        watch = store.counters
        let banner = CounterWaitBanner(terminal: terminal, view: view, language: language, inbox: runner.inbox)
        waitBanner = banner
        store.counters.waits.onWait { wait in banner.show(wait) }
    }

    deinit { watch.waits.onWait(nil) }

    /// Handles one message and everything it leads to, then draws.
    public func send(_ msg: Msg) {
        AppText.$language.withValue(language) { process(msg) }
    }

    private func process(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in update.update(&state, next) {
                queue += waitBanner.performing(state) { runner.perform(effect) }
            }
        }
        redraw()
    }

    public func redraw() {
        let frame = AppText.$language.withValue(language) { view.render(state) }
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

    /// Hands what background work posted to `update`; true if there was anything.
    @discardableResult
    public func drainInbox() -> Bool {
        let messages = runner.inbox.drain()
        for msg in messages { send(msg) }
        return !messages.isEmpty
    }

    /// How often the counts are refreshed while the app is open (reminders come due).
    static let tick: TimeInterval = 30
    /// How often another counter's commits are looked for: a change there shows here within this
    /// (one pragma a look; an idle counter stays far under 1 % of a core).
    static let counterLook: TimeInterval = 0.5

    /// Looks whether another counter committed; if so, everything on screen is loaded again.
    /// Not while this counter's own background work runs: its commits are its own, and its end
    /// reloads what it changed (and the next look then sees the rest).
    ///
    /// A server that went away is said (and its return) on the same look: while it is away the
    /// store retries by itself, and nothing is reloaded (it would only fail).
    public func lookForOtherCounters() {
        let problem = watch.problem
        if problem != state.counters.offline {
            send(problem.map(Msg.serverOffline) ?? .serverBackOnline)
            return
        }
        guard problem == nil, !runner.inbox.isBusy, watch.changedSinceLastLook() else { return }
        send(.changedElsewhere)
    }

    /// Runs until the user quits. While background work runs, input is polled every 100 ms so
    /// its progress reaches the screen.
    public func run() {
        send(.started)
        _ = watch.changedSinceLastLook()  // the version everything just loaded was read at
        var lastTick = Date(), lastLook = Date()
        while state.isRunning {
            let busy = runner.inbox.isBusy
            // Woken at least every look, typing or not, so another counter's change shows within one.
            let untilLook = max(20, Int(Self.counterLook * 1000 - Date().timeIntervalSince(lastLook) * 1000))
            if let event = terminal.nextEvent(timeout: busy ? 100 : untilLook) {
                handle(event)
            }
            drainInbox()
            if Date().timeIntervalSince(lastLook) >= Self.counterLook {
                lastLook = Date()
                lookForOtherCounters()
            }
            // Not while an import holds the database: the refresh would wait for it and freeze the screen.
            if !busy, Date().timeIntervalSince(lastTick) >= Self.tick {
                send(.clockTicked)
                lastTick = Date()
            }
        }
    }
}
