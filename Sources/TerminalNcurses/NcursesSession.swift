import CNcursesw
import Foundation
import TerminalCore

/// Owns curses from `initscr` to `endwin`: the terminal is restored on every way out — normal
/// return, thrown error, SIGTERM, SIGHUP — and after a crash signal, bracketed paste turned off
/// with it. Ctrl-C arrives as a key in raw mode.
public final class NcursesSession {
    nonisolated(unsafe) private static var active = false
    public let hasColors: Bool

    /// The environment's locale, if it is a UTF-8 one that this machine has; else C.UTF-8 for the
    /// characters. A LANG naming a locale that is not installed (es_ES.UTF-8 on a bare Debian)
    /// would otherwise leave curses in the C locale, where every accent is dropped from the screen.
    static func chooseUTF8Locale() {
        if let chosen = setlocale(LC_ALL, ""), String(cString: chosen).uppercased().replacingOccurrences(of: "-", with: "").contains("UTF8") {
            return
        }
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" { return }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil { return }
    }

    /// Starts curses in raw mode with the wide-character API; throws if there is no terminal.
    public init() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw SessionError.notATerminal }
        Self.chooseUTF8Locale()
        guard initscr() != nil else { throw SessionError.notATerminal }
        NcursesSession.active = true
        raw()
        noecho()
        nonl()
        keypad(clientele_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        hasColors = has_colors()
        if hasColors {
            start_color()
            use_default_colors()
        }
        mousemask(clientele_mouse_mask(), nil)
        mouseinterval(0)
        NcursesSession.installSignalHandlers()
        // After curses' first output (which may switch to the alternate screen), so the mode is set
        // on the screen we draw on.
        refresh()
        NcursesSession.emit(NcursesSession.bracketedPasteOn)
    }

    /// xterm's bracketed paste: the terminal sends pasted text between `ESC[200~` and `ESC[201~`,
    /// so a paste is one event (`NcursesInputDecoder`), not a key per character. Terminals that do
    /// not know the mode ignore it, and their pastes arrive as keys.
    static let bracketedPasteOn: StaticString = "\u{1B}[?2004h"
    /// Turned off on every way out (`restore`), or the shell would receive the markers around pastes.
    static let bracketedPasteOff: StaticString = "\u{1B}[?2004l"

    /// Writes straight to the terminal with `write(2)`: no allocation, so a signal handler may call it.
    static func emit(_ sequence: StaticString) {
        _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
    }

    /// Restores the terminal; safe to call twice.
    public func end() { NcursesSession.restore() }

    deinit { end() }

    static func restore() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
        emit(bracketedPasteOff)
    }

    static func installSignalHandlers() {
        for signal in [SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL] {
            Foundation.signal(signal) { received in
                // Put the terminal back, then die of the same signal so the exit status tells the truth.
                NcursesSession.restore()
                Foundation.signal(received, SIG_DFL)
                raise(received)
            }
        }
        // Ctrl-C outside raw mode (e.g. while suspended): restore and exit like SIGINT.
        Foundation.signal(SIGINT) { received in
            NcursesSession.restore()
            Foundation.signal(received, SIG_DFL)
            raise(received)
        }
    }

    public enum SessionError: Error, CustomStringConvertible {
        case notATerminal
        public var description: String { "Clientele's interface needs a terminal (standard input and output must be a TTY); for scripts use the subcommands (clientele --help)." }
    }
}
