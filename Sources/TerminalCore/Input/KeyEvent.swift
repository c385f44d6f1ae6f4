/// A key press, decoded: what the app's key map is written in.
public enum KeyEvent: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter ("ctrl+s" is `.control("s")`).
    case control(Character)
    /// Alt/Meta plus a character.
    case alt(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Text the terminal pasted (xterm's bracketed paste, `ESC[200~ … ESC[201~`), delivered as
    /// one event so a 100,000-character paste is one update and one frame, not 100,000.
    case paste(String)

    /// Whether the key types text into a focused field: a character, or a paste.
    public var isPrintable: Bool {
        switch self {
        case .character, .paste: true
        case .control, .alt, .enter, .escape, .tab, .backTab, .backspace, .delete, .insert, .up, .down, .left, .right,
             .home, .end, .pageUp, .pageDown, .function: false
        }
    }
}

/// A key as written in key maps and help: "ctrl+s", "shift+tab", "enter", "?", "j", "F1".
public struct KeyChord: Hashable, Sendable, CustomStringConvertible {
    public let event: KeyEvent

    public init(_ event: KeyEvent) { self.event = event }

    /// Parses the written form; nil when it names no key.
    public init?(_ text: String) {
        let lower = text.lowercased()
        let named: [String: KeyEvent] = [
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "shift+tab": .backTab,
            "backspace": .backspace, "delete": .delete, "del": .delete, "insert": .insert, "up": .up, "down": .down,
            "left": .left, "right": .right, "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp,
            "pgdn": .pageDown, "pagedown": .pageDown, "space": .character(" "),
        ]
        if let event = named[lower] { self.event = event; return }
        if lower.hasPrefix("ctrl+"), text.count == 6, let c = lower.last { self.event = .control(c); return }
        if lower.hasPrefix("alt+"), text.count == 5, let c = text.last { self.event = .alt(c); return }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { self.event = .function(n); return }
        if text.count == 1, let c = text.first { self.event = .character(c); return }
        return nil
    }

    /// The written form, for help text and the status bar.
    public var description: String {
        switch event {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .control(let c): "ctrl+\(c)"
        case .alt(let c): "alt+\(c)"
        case .enter: "enter"
        case .escape: "esc"
        case .tab: "tab"
        case .backTab: "shift+tab"
        case .backspace: "backspace"
        case .delete: "del"
        case .insert: "ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "home"
        case .end: "end"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .function(let n): "F\(n)"
        case .paste: "paste"
        }
    }
}

/// A mouse report: a press or release of a button at a cell, or the wheel.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, release, wheelUp, wheelDown }
    public var kind: Kind
    public var point: Point

    public init(kind: Kind, point: Point) {
        self.kind = kind
        self.point = point
    }
}

/// Everything a terminal can report.
public enum InputEvent: Hashable, Sendable {
    case key(KeyEvent)
    case resize(Size)
    case mouse(MouseEvent)
}
