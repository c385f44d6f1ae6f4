import TerminalCore

/// One thing `wget_wch` returned: a character, a curses key code, or nothing before the timeout.
public enum CursesInput: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
    case nothing
}

/// Turns what `wget_wch` returns into key events, across reads: Escape and Alt+key (Escape then
/// a character at once), and xterm's bracketed paste, `ESC[200~` text `ESC[201~`, as ONE
/// `.paste` event whatever its length, however the terminal split it, and whatever it contains
/// (ESC bytes included: only the exact end marker ends it). Pure, so each case is unit-tested.
public struct NcursesInputDecoder: Sendable {
    static let escape: UInt32 = 0x1B
    /// After ESC: what makes the start of a paste ("[200~") and, inside one, its end ("ESC[201~").
    static let pasteStart: [UInt32] = Array("[200~".unicodeScalars.map(\.value))
    static let pasteEnd: [UInt32] = Array("\u{1B}[201~".unicodeScalars.map(\.value))

    enum Mode: Equatable, Sendable {
        case idle
        /// ESC read; `seen` is what followed it so far, a prefix of `pasteStart`.
        case afterEscape(seen: [UInt32])
        /// Inside a paste; `held` is a prefix of `pasteEnd` not yet known to be text.
        case pasting(held: [UInt32])
    }

    private(set) var mode: Mode = .idle
    private var pasted = String.UnicodeScalarView()

    public init() {}

    /// Whether a sequence is half read: the caller reads again (with `waitMilliseconds`) and feeds
    /// what comes, `.nothing` included, before waiting for the user.
    public var isPending: Bool { mode != .idle }

    /// How long to wait for the rest of a half-read sequence. Right after ESC nothing: curses has
    /// already waited its ESCDELAY, and a key pressed with Alt comes at once. Inside "ESC[2…" a
    /// little, for a terminal that split the marker. Inside a paste long enough for a slow link;
    /// after that the paste is taken as ended, so a lost end marker cannot freeze the counter.
    public var waitMilliseconds: Int {
        switch mode {
        case .idle: 0
        case .afterEscape(let seen): seen.isEmpty ? 0 : 25
        case .pasting: 1_000
        }
    }

    /// Feeds one input; returns the events it completes (often none, sometimes several).
    public mutating func feed(_ input: CursesInput) -> [KeyEvent] {
        switch mode {
        case .idle: return idle(input)
        case .afterEscape(let seen): return afterEscape(seen, input)
        case .pasting(let held): return pasting(held, input)
        }
    }

    mutating func idle(_ input: CursesInput) -> [KeyEvent] {
        switch input {
        case .character(Self.escape):
            mode = .afterEscape(seen: [])
            return []
        case .character(let code):
            return NcursesKeyDecoder.decode(code: Int32(bitPattern: code), isKeyCode: false).map { [$0] } ?? []
        case .keyCode(let code):
            return NcursesKeyDecoder.decode(code: code, isKeyCode: true).map { [$0] } ?? []
        case .nothing:
            return []
        }
    }

    mutating func afterEscape(_ seen: [UInt32], _ input: CursesInput) -> [KeyEvent] {
        if case .character(let code) = input, seen.count < Self.pasteStart.count, code == Self.pasteStart[seen.count] {
            let more = seen + [code]
            if more.count == Self.pasteStart.count {
                mode = .pasting(held: [])
                pasted = String.UnicodeScalarView()
            } else {
                mode = .afterEscape(seen: more)
            }
            return []
        }
        mode = .idle
        guard !seen.isEmpty else {
            // ESC then a printable character at once: Alt plus that character (alt+backspace too).
            if case .character(let code) = input, code >= 0x20, code != Self.escape, let scalar = Unicode.Scalar(code) {
                return [.alt(Character(scalar))]
            }
            return [.escape] + idle(input)
        }
        // "ESC[" and perhaps digits that were no paste: Alt+[ and the digits, as before pastes were known.
        let digits = seen.dropFirst().compactMap { Unicode.Scalar($0).map { KeyEvent.character(Character($0)) } }
        return [.alt("[")] + digits + idle(input)
    }

    mutating func pasting(_ held: [UInt32], _ input: CursesInput) -> [KeyEvent] {
        switch input {
        case .character(let code):
            if code == Self.pasteEnd[held.count] {
                let more = held + [code]
                if more.count == Self.pasteEnd.count { return finishPaste() }
                mode = .pasting(held: more)
                return []
            }
            // Not the end marker after all: what was held is text, and this character may start a marker.
            append(held)
            if code == Self.escape {
                mode = .pasting(held: [code])
            } else {
                append([code])
                mode = .pasting(held: [])
            }
            return []
        case .keyCode:
            // Curses read a key sequence inside the pasted bytes ("ESC[A" copied from a terminal):
            // it is not text, and not a key the user pressed. Dropped.
            return []
        case .nothing:
            // The end marker never came: what arrived is the paste.
            append(held)
            return finishPaste()
        }
    }

    mutating func append(_ codes: [UInt32]) {
        for code in codes { if let scalar = Unicode.Scalar(code) { pasted.append(scalar) } }
    }

    mutating func finishPaste() -> [KeyEvent] {
        mode = .idle
        let text = String(pasted)
        pasted = String.UnicodeScalarView()
        return text.isEmpty ? [] : [.paste(text)]
    }
}
