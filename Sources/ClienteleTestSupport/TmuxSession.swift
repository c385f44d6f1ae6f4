import Foundation

/// The built `clientele` in a real terminal: a detached tmux session of fixed size, driven with
/// `send-keys` and read with `capture-pane` (DESIGN §5, layer 6).
public final class TmuxSession {
    public let name: String
    let socket: String

    /// Starts `clientele arguments…` in a new tmux server of its own (its own socket, so tests
    /// never touch a user's tmux). When it ends, the pane prints "[exited STATUS]" and runs
    /// `afterExit` (shell text), which keeps the pane open to be read.
    public init(arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
                afterExit: String = "sleep 30") throws {
        name = "clientele-test"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8))").path
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)=" + Self.quoted($0.value) }.joined(separator: " ")
        // The tmux server inherits the test runner's environment, which may carry NO_COLOR (swift test
        // sets it when its output is not a terminal) or a shop's settings: only what a test asks for counts.
        // LC_ALL and LC_MESSAGES would outrank LANG and choose the interface's language.
        let unset = ["NO_COLOR", "CLIENTELE_DB", "CLIENTELE_REGION", "LC_ALL", "LC_MESSAGES"].filter { env[$0] == nil }.map { "-u \($0)" }.joined(separator: " ")
        let command = "env \(unset) \(exports) " + ([ClienteleProcess.binaryPath] + arguments).map(Self.quoted).joined(separator: " ")
            + "; echo \"[exited $?]\"; " + afterExit
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command], capture: false)
    }

    deinit { try? tmux(["kill-server"], capture: false) }

    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Runs a tmux command through `/bin/sh` and waits for it. Not through `Process`: the tmux
    /// server that `new-session` forks would inherit Foundation's child-monitoring descriptor and
    /// keep `waitUntilExit` waiting until the server dies.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let command = (["tmux", "-S", socket] + arguments).map(Self.quoted).joined(separator: " ")
            + " </dev/null >" + Self.quoted(capture ? output : "/dev/null") + " 2>/dev/null"
        let status = system(command)
        guard status != -1 else { throw TmuxError.couldNotRun(command) }
        return capture ? ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") : ""
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    public enum TmuxError: Error { case couldNotRun(String) }

    /// Sends keys as tmux names them ("Enter", "Escape", "C-s", "Down") or literal text.
    public func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys, capture: false)
    }

    public func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text], capture: false) }

    /// Pastes `text` as a terminal does: tmux `paste-buffer -p` wraps it in `ESC[200~ … ESC[201~`
    /// when the program turned bracketed paste on, and types it as keys when not. Line feeds are sent
    /// as carriage returns, as tmux (and most terminals) send them. Through a file: a long text is
    /// too big for one tmux command.
    public func paste(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-paste-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        try tmux(["load-buffer", "-b", "clientele-paste", file], capture: false)
        try tmux(["paste-buffer", "-p", "-d", "-b", "clientele-paste", "-t", name], capture: false)
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)], capture: false)
    }

    /// The visible screen as text; with `escapes`, with the SGR sequences of its colours and attributes.
    public func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", name])
    }

    /// Everything the pane holds, its scrollback included (what a person could scroll back to), with
    /// wrapped lines joined (`-J`).
    public func history() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", name])
    }

    /// The process running in the pane under the shell tmux started (`env` execs `clientele`), once it runs.
    public func programPID(timeout: Double = 10) throws -> pid_t? {
        guard let shell = pid_t(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            return nil
        }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ pid_t($0) }) {
                let name = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
                if name == "clientele" { return child }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Waits (up to `timeout` seconds) until the screen contains `text`; returns the last screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until every one of `texts` is on the screen at once; a screen drawn in two steps (a
    /// title first, then what an effect loaded) must not be judged between them.
    @discardableResult
    public func waitForAll(_ texts: String..., timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout) { screen in texts.allSatisfy { screen.contains($0) } }
    }

    /// Waits until `condition` holds for the screen (the program keeps drawing while keys
    /// arrive, so a single capture can show an intermediate frame); returns the last screen.
    /// The screen returned is a settled one: the same on two captures in a row (for up to a
    /// second) — CI once caught a form's title drawn over the modal before the form's own lines,
    /// and the test judged that half-drawn frame.
    @discardableResult
    public func waitUntil(timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return try settled(last, condition) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return last
    }

    /// `first` captured again until two captures agree while `condition` still holds (a second at
    /// most: a screen that keeps changing — a clock, a progress bar — is taken as it is then).
    private func settled(_ first: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(1)
        var last = first
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.03)
            let next = try screen()
            guard condition(next) else { return last }
            if next == last { return next }
            last = next
        }
        return last
    }
}
