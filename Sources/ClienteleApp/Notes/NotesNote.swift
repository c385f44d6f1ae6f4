import CustomerCore
import Foundation

/// Status messages about notes.
public enum NotesNote: StatusNote {
    case saved(remindAt: Date?)
    case pinned, unpinned, deleted
    /// The card keys that act on a note, pressed with none selected (or on another tab).
    case noNoteSelected

    public var isError: Bool { self == .noNoteSelected }

    public var text: String {
        let text = AppText.current
        switch self {
        case .saved(let remindAt): return text.noteSaved(remindAt.map(DateText.dateTime))
        case .pinned: return text.notePinned
        case .unpinned: return text.noteUnpinned
        case .deleted: return text.noteDeleted
        case .noNoteSelected: return text.noNoteSelected
        }
    }
}

/// Questions about notes.
public enum NotesQuestion: ConfirmQuestion {
    case delete(Note)
    case discardDraft

    public var title: String {
        switch self {
        case .delete: AppText.current.deleteNoteTitle
        case .discardDraft: AppText.current.discardNoteTitle
        }
    }

    public var message: String {
        switch self {
        case .delete(let note): AppText.current.deleteNoteMessage(String(note.body.prefix(80)))
        case .discardDraft: AppText.current.discardNoteMessage
        }
    }
}
