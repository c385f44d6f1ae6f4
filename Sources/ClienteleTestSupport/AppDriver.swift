import ClienteleApp
import CustomerCore
import CustomerStore
import Foundation
import Mailing
import TerminalCore

/// Runs the real app runtime on a `MemoryTerminal` with a real database, synchronously:
/// keys in, screen text and state out (DESIGN §5, layer 5).
public final class AppDriver {
    public let temporary: TemporaryStore
    public let terminal: MemoryTerminal
    public let runtime: AppRuntime
    /// How far this driver's clock has moved past `now` (a journey that waits for a reminder).
    private let elapsed = ElapsedTime()

    /// A fixed "now" so due dates and relative times render the same on every run.
    public static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 11:06:40 UTC

    /// The app shows times in the process's time zone, so journeys pin it to UTC once, before their
    /// first screen: a machine in Paris or Tokyo then renders the dates CI renders (and the snapshots
    /// hold). `TZ` and the reset move `TimeZone.current`; the default zone moves `Calendar.current`
    /// and every formatter made from then on (one made earlier would keep its zone).
    private static let utc: Void = {
        setenv("TZ", "UTC", 1)
        tzset()
        NSTimeZone.resetSystemTimeZone()
        NSTimeZone.default = TimeZone(identifier: "UTC")!
    }()

    public init(size: Size = Size(width: 80, height: 24), region: String = "US", theme: Theme = .builtInDefault, language: InterfaceLanguage = .en,
                mailer: any MailTransport = SendmailCommand(timeout: 10), prepare: (ClienteleStore) throws -> Void = { _ in },
                reopen: ((TemporaryStore) throws -> ClienteleStore)? = nil) throws {
        AppDriver.utc
        temporary = try TemporaryStore(region: region)
        try prepare(temporary.store)
        // `reopen`: the app runs on another opening of the same file (one made read-only after `prepare`).
        store = try reopen?(temporary) ?? temporary.store
        terminal = MemoryTerminal(size: size)
        let elapsed = self.elapsed
        runtime = AppRuntime(store: store, terminal: terminal, theme: theme, language: language, mailer: mailer,
                             clock: { AppDriver.now.addingTimeInterval(elapsed.seconds) })
        runtime.send(.started)
    }

    /// The store the app runs on: the temporary one's, or what `reopen` opened.
    public let store: ClienteleStore

    /// Moves this driver's clock on (its "now" is `AppDriver.now` plus every advance so far).
    public func advanceClock(by seconds: TimeInterval) { elapsed.add(seconds) }
    public var state: AppState { runtime.state }

    /// The screen as text lines.
    public var lines: [String] { terminal.screenText }
    public var screen: String { lines.joined(separator: "\n") }

    public func press(_ keys: KeyEvent...) {
        for key in keys { runtime.handle(.key(key)) }
    }

    /// Types text as key presses, one character at a time.
    public func type(_ text: String) {
        for character in text { runtime.handle(.key(.character(character))) }
    }

    /// Pastes text as a terminal with bracketed paste does: one event, however long.
    public func paste(_ text: String) {
        runtime.handle(.key(.paste(text)))
    }

    public func resize(_ size: Size) {
        terminal.resize(to: size)
        while let event = terminal.nextEvent(timeout: 0) { runtime.handle(event) }
    }

    public func click(_ point: Point) { runtime.handle(.mouse(MouseEvent(kind: .press, point: point))) }

    /// Lets work running off the UI thread (an import) finish, handing its messages to the app.
    public func waitForBackgroundWork(timeout: Double = 60) {
        let deadline = Date().addingTimeInterval(timeout)
        while runtime.runner.inbox.isBusy && Date() < deadline {
            if !runtime.drainInbox() { Thread.sleep(forTimeInterval: 0.01) }
        }
        runtime.drainInbox()
    }

    /// Row index of the first screen line containing `text`, if any.
    public func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }
}

/// Seconds added to a driver's clock, read by the runtime's clock closure from any thread.
final class ElapsedTime: @unchecked Sendable {
    private let lock = NSLock()
    private var value: TimeInterval = 0

    var seconds: TimeInterval { lock.withLock { value } }
    func add(_ seconds: TimeInterval) { lock.withLock { value += seconds } }
}
