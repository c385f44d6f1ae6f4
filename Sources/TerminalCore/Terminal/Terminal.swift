/// What the app's runtime needs from a terminal: its size, a way to show a frame, and events.
/// `NcursesTerminal` is the real one; `MemoryTerminal` runs the same runtime in tests.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Shows the frame (implementations draw only what changed).
    func draw(_ buffer: ScreenBuffer)
    /// Places the visible cursor at a text field's caret, or hides it (nil).
    func setCursor(_ point: Point?)
    /// The next event, waiting at most `milliseconds` (nil: wait for ever); nil on timeout.
    func nextEvent(timeout milliseconds: Int?) -> InputEvent?
}

/// A terminal in memory: events are queued by the test, frames are kept for reading.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var frames: [ScreenBuffer] = []
    public private(set) var cursor: Point?
    private var events: [InputEvent] = []

    public init(size: Size = Size(width: 80, height: 24)) { self.size = size }

    public func draw(_ buffer: ScreenBuffer) {
        frames.append(buffer)
        if frames.count > 8 { frames.removeFirst(frames.count - 8) }  // keep memory flat in long journeys
    }

    public func setCursor(_ point: Point?) { cursor = point }

    public func nextEvent(timeout milliseconds: Int?) -> InputEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    public var pendingEventCount: Int { events.count }

    public func enqueue(_ event: InputEvent) { events.append(event) }
    public func enqueue(keys: [KeyEvent]) { events += keys.map { .key($0) } }

    /// Queues each character of `text` as a key press, as a person typing.
    public func type(_ text: String) { events += text.map { .key(.character($0)) } }

    /// Changes the size and queues the resize event a real terminal would send.
    public func resize(to newSize: Size) {
        size = newSize
        events.append(.resize(newSize))
    }

    public var lastBuffer: ScreenBuffer? { frames.last }

    /// The last frame as text lines.
    public var screenText: [String] { lastBuffer?.lines() ?? [] }
}
