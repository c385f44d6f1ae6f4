/// What a status-line message says, as a value (a case and its arguments) of the feature that
/// raised it; turned into words only when drawn, so a language switch never leaves stale text.
public protocol StatusNote: Equatable, Sendable {
    var isError: Bool { get }
    /// In the interface's language (`AppText.current`), at render time.
    var text: String { get }
}

/// A short message in the status line: what just happened, or what went wrong.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, error }

    public let note: any StatusNote

    public init(_ note: some StatusNote) { self.note = note }

    public var kind: Kind { note.isError ? .error : .info }
    public var text: String { note.text }

    public static func == (lhs: StatusMessage, rhs: StatusMessage) -> Bool { sameValue(lhs.note, rhs.note) }
}

/// Messages of the app as a whole.
public enum ShellNote: StatusNote {
    case loadingDemo
    case demoLoaded(Int)
    /// The store or the file system refused; the error's own words.
    case failed(String)

    public var isError: Bool { if case .failed = self { true } else { false } }

    public var text: String {
        switch self {
        case .loadingDemo: AppText.current.loadingDemo
        case .demoLoaded(let count): AppText.current.demoLoaded(count)
        case .failed(let detail): detail
        }
    }
}
