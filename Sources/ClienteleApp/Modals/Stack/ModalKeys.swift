import TerminalCore

/// Keys while a modal is open, for every modal alike: a focused text field takes printable
/// characters (and pastes) first, `?`/F1 opens the help of the modal's screen (unless its scope binds the key),
/// Escape (`cancelModal`) goes to the modal's `cancel`, and the rest to its `handle`.
enum ModalKeys {
    static func handle(_ key: KeyEvent, _ state: inout AppState, update: AppUpdate) -> [Effect] {
        let index = state.modals.count - 1
        guard var modal = state.modals.pop() else { return [] }
        let keyMap = update.keyMap
        let reply: ModalReply
        // A paste is printable too: it reaches the focused field whole, like the characters typed.
        if key.isPrintable && modal.takesPrintableCharacters {
            reply = modal.handle(key, action: nil, app: &state, update: update)
        } else if let action = keyMap.action(for: key, in: modal.scope) {
            reply = action.cancelsModal ? modal.cancel(app: &state, update: update) : modal.handle(key, action: action, app: &state, update: update)
        } else if keyMap.action(for: key, in: .global) == .global(.showHelp) && modal.scope != .help {
            state.modals.reinsert(modal, at: index)
            state.modals.push(HelpModal(explaining: modal.scope))
            return []
        } else {
            reply = modal.handle(key, action: nil, app: &state, update: update)
        }
        if reply.keepsOpen { state.modals.reinsert(modal, at: index) }
        return reply.effects
    }
}
