import TerminalCore

/// Turns what `wget_wch` returns into key events, without a terminal: a pure, table-driven
/// function so the mapping is unit-tested.
public enum NcursesKeyDecoder {
    /// curses key codes (from curses.h) we understand.
    public static let keyCodes: [Int32: KeyEvent] = [
        0o402: .down, 0o403: .up, 0o404: .left, 0o405: .right, 0o406: .home, 0o407: .backspace,
        0o512: .delete, 0o513: .insert, 0o522: .pageDown, 0o523: .pageUp, 0o527: .enter, 0o541: .backTab,
        0o550: .end,
    ]
    public static let keyResize: Int32 = 0o632
    public static let keyMouse: Int32 = 0o631
    static let keyF0: Int32 = 0o410

    /// A function-key code (`isKeyCode`) or a character code point.
    public static func decode(code: Int32, isKeyCode: Bool) -> KeyEvent? {
        if isKeyCode {
            if let key = keyCodes[code] { return key }
            if code > keyF0 && code <= keyF0 + 12 { return .function(Int(code - keyF0)) }
            return nil
        }
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0x00: return .control(" ")
        default:
            guard code >= 0x20, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            return .character(Character(scalar))
        }
    }
}
