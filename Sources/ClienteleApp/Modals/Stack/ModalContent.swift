import Foundation
import CustomerCore
import TerminalCore

/// A dialog over the panes: its key scope, its keys, and how it draws. Each modal is a value of
/// its own type in its own feature folder; `ModalStack` holds them and `ModalKeys` routes keys to
/// the top one, handling Escape, `?`/F1 and "a focused text field takes printable characters
/// first" once for every modal.
public protocol ModalContent: Equatable, Sendable {
    /// The scope whose bindings apply while this modal is on top.
    var scope: KeyScope { get }

    /// True while a text field of this modal has focus: printable characters reach `handle`
    /// with no action looked up, so typing "q" or "?" in a name never closes or opens anything.
    var takesPrintableCharacters: Bool { get }

    /// A key for this modal. It is off the stack while it handles the key (so `app.modals` is
    /// what lies below) and goes back in its place unless the reply closes it; modals it pushes
    /// land above it.
    mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply

    /// Escape (`cancelModal` in its scope). Closes by default; a form with edits asks first, a
    /// wizard goes back a step.
    mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply

    /// Draws over the panes; returns the caret of its focused text field, if any.
    func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point?
}

extension ModalContent {
    public var takesPrintableCharacters: Bool { false }

    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply { .close }

}

/// What a modal's key handler decided: whether it stays open, and the effects to perform.
public struct ModalReply: Equatable, Sendable {
    public var keepsOpen: Bool
    public var effects: [Effect]

    public static let stay = ModalReply(keepsOpen: true, effects: [])
    public static let close = ModalReply(keepsOpen: false, effects: [])
    public static func stay(_ effects: [Effect]) -> ModalReply { ModalReply(keepsOpen: true, effects: effects) }
    public static func close(_ effects: [Effect]) -> ModalReply { ModalReply(keepsOpen: false, effects: effects) }
}

/// What a modal may read while drawing: the theme, the key map, the app's state.
public struct ModalDrawContext {
    public let theme: Theme
    public let keyMap: KeyMap
    let phones: PhoneDisplay
    public let state: AppState
    /// The view's clock: what is due, and how long ago things happened.
    public var now = Date()

    /// A bordered, titled box centred on `screen`, cleared; returns its inside.
    func popup(_ title: String, width: Int, height: Int, in screen: Rect, on buffer: inout ScreenBuffer) -> Rect {
        Popup(title: title, width: width, height: height, borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
            .draw(in: screen, on: &buffer)
    }
}
