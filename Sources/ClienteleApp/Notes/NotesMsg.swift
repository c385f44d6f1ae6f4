import CustomerCore

/// Answers about notes.
public enum NotesMsg: Equatable, Sendable {
    case saved(Note)
    /// The store refused the note (empty, too long, a card number): said in the editor, which stays open.
    case saveRefused([ValidationIssue])
    /// A note was pinned, unpinned or deleted: the card and counts reload.
    case changed(NotesNote)
}
