import CustomerCore

/// Work on notes.
public enum NotesEffect: Equatable, Sendable {
    /// Adds or updates (the editor's ctrl+s).
    case save(Note)
    case setPinned(Note, Bool)
    case delete(Note)
}
