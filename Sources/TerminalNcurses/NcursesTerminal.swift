import CNcursesw
import Foundation
import TerminalCore

/// The real terminal: draws `ScreenBuffer` diffs with the wide API and reads keys, mouse and
/// resizes through `wget_wch`. Only the UI thread may call it (curses keeps global state).
public final class NcursesTerminal: Terminal {
    let session: NcursesSession
    private var previous: ScreenBuffer?
    private var pairs: [ColorPairKey: Int32] = [:]
    private var nextPair: Int32 = 1

    public init(session: NcursesSession) { self.session = session }

    public var size: Size { Size(width: Int(clientele_cols()), height: Int(clientele_lines())) }

    struct ColorPairKey: Hashable {
        let foreground: Int
        let background: Int
    }

    /// Colour pairs are allocated on first use; past the terminal's limit, colours are dropped.
    func pair(for style: Style) -> Int32 {
        guard session.hasColors else { return 0 }
        let key = ColorPairKey(foreground: style.foreground.paletteIndex, background: style.background.paletteIndex)
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let colors = Int(clientele_colors())
        guard nextPair < clientele_color_pairs(), key.foreground < colors, key.background < colors else { return 0 }
        init_pair(Int16(nextPair), Int16(key.foreground), Int16(key.background))
        pairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    func attributes(for style: Style) -> attr_t {
        var attrs: attr_t = 0
        if style.bold { attrs |= clientele_a_bold() }
        if style.underline { attrs |= clientele_a_underline() }
        if style.reverse { attrs |= clientele_a_reverse() }
        if style.dim { attrs |= clientele_a_dim() }
        if style.italic { attrs |= clientele_a_italic() }
        return attrs
    }

    public func draw(_ buffer: ScreenBuffer) {
        if previous?.size != buffer.size {
            previous = nil
            clear()
        }
        for change in buffer.diff(from: previous) where !change.cell.isContinuation {
            var scalars = change.cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
            if scalars.isEmpty { scalars = [wchar_t(32)] }
            scalars.append(0)
            _ = clientele_put_cell(Int32(change.point.y), Int32(change.point.x), scalars, attributes(for: change.cell.style), Int32(pair(for: change.cell.style)))
        }
        previous = buffer
        refresh()
    }

    public func setCursor(_ point: Point?) {
        if let point {
            move(Int32(point.y), Int32(point.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        refresh()
    }

    public func nextEvent(timeout milliseconds: Int?) -> InputEvent? {
        wtimeout(clientele_stdscr(), Int32(milliseconds ?? -1))
        var character: wint_t = 0
        let result = wget_wch(clientele_stdscr(), &character)
        if result == ERR { return nil }
        let isKeyCode = result == clientele_key_code_yes()
        let code = Int32(bitPattern: UInt32(character))
        if isKeyCode && code == NcursesKeyDecoder.keyResize {
            previous = nil
            return .resize(size)
        }
        if isKeyCode && code == NcursesKeyDecoder.keyMouse {
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let kinds: [MouseEvent.Kind] = [.press, .release, .wheelUp, .wheelDown]
            let kind = clientele_mouse_kind(event.bstate)
            guard kind >= 0 else { return nil }
            return .mouse(MouseEvent(kind: kinds[Int(kind)], point: Point(x: Int(event.x), y: Int(event.y))))
        }
        // Alt+key arrives as Escape followed at once by the key.
        if !isKeyCode && code == 0x1B {
            wtimeout(clientele_stdscr(), 0)
            var next: wint_t = 0
            let second = wget_wch(clientele_stdscr(), &next)
            if second != ERR, second != clientele_key_code_yes(), let scalar = Unicode.Scalar(UInt32(next)), next >= 0x20 {
                return .key(.alt(Character(scalar)))
            }
            // Not an alt chord: Escape, and the next key (read together, say "esc" then "ctrl+q")
            // goes back to be read as itself instead of being lost.
            if second == clientele_key_code_yes() {
                _ = ungetch(Int32(bitPattern: UInt32(next)))
            } else if second != ERR {
                _ = unget_wch(wchar_t(bitPattern: UInt32(next)))
            }
            return .key(.escape)
        }
        guard let key = NcursesKeyDecoder.decode(code: code, isKeyCode: isKeyCode) else { return nil }
        return .key(key)
    }
}
