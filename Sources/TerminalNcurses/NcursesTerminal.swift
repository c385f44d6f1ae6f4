import CNcursesw
import Foundation
import TerminalCore

/// The real terminal: draws `ScreenBuffer` diffs with the wide API, a grapheme cluster per cell
/// (`CursesCellWriter`), and reads keys, pastes, mouse and resizes through `wget_wch`
/// (`NcursesInputDecoder`). Only the UI thread may call it (curses keeps global state).
public final class NcursesTerminal: Terminal {
    let session: NcursesSession
    private var previous: ScreenBuffer?
    private var pairs: [ColorPairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private var decoder = NcursesInputDecoder()
    /// Events read but not yet returned (a paste followed by a resize, Escape then a key).
    private var queued: [InputEvent] = []
    /// Curses measures with the C library's `wcwidth` (in the locale the session chose).
    private let writer = CursesCellWriter { Int(clientele_wcwidth($0)) }

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
        for write in writer.writes(for: buffer, previous: previous) {
            let characters = write.characters.map { wchar_t(bitPattern: $0) } + [0]
            _ = clientele_put_cell(Int32(write.point.y), Int32(write.point.x), characters, attributes(for: write.style), Int32(pair(for: write.style)))
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
        if queued.isEmpty { readEvents(timeout: milliseconds) }
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    /// Reads until an event is complete: a key, a whole paste (however many reads it takes), a
    /// resize or a click; or until `milliseconds` pass with nothing. A resize or a click that
    /// arrives inside a paste is kept for after it.
    func readEvents(timeout milliseconds: Int?) {
        var wait = milliseconds
        var deferred: [InputEvent] = []
        while true {
            let input = read(timeout: wait)
            if case .keyCode(let code) = input, code == NcursesKeyDecoder.keyResize || code == NcursesKeyDecoder.keyMouse {
                if let event = special(code) { deferred.append(event) }
            } else if input != .nothing || decoder.isPending {
                queued += decoder.feed(input).map(InputEvent.key)
            }
            if !decoder.isPending { break }
            wait = decoder.waitMilliseconds
        }
        queued += deferred
    }

    /// One `wget_wch`, waiting at most `milliseconds` (nil: for ever).
    func read(timeout milliseconds: Int?) -> CursesInput {
        wtimeout(clientele_stdscr(), Int32(milliseconds ?? -1))
        var character: wint_t = 0
        let result = wget_wch(clientele_stdscr(), &character)
        if result == ERR { return .nothing }
        if result == clientele_key_code_yes() { return .keyCode(Int32(bitPattern: UInt32(character))) }
        return .character(UInt32(character))
    }

    /// A resize or a mouse report, as an event.
    func special(_ code: Int32) -> InputEvent? {
        if code == NcursesKeyDecoder.keyResize {
            previous = nil
            return .resize(size)
        }
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kinds: [MouseEvent.Kind] = [.press, .release, .wheelUp, .wheelDown]
        let kind = clientele_mouse_kind(event.bstate)
        guard kind >= 0 else { return nil }
        return .mouse(MouseEvent(kind: kinds[Int(kind)], point: Point(x: Int(event.x), y: Int(event.y))))
    }
}
