import CustomerCore
import Foundation

/// Saving, pinning and deleting notes.
extension EffectRunner {
    func perform(_ effect: NotesEffect) throws -> [Msg] {
        switch effect {
        case .save(let note):
            do { return [.notes(.saved(try store.notes.save(note, now: clock())))] } catch StoreError.invalid(let failure) {
                return [.notes(.saveRefused(failure.issues))]
            }
        case .setPinned(var note, let pinned):
            note.isPinned = pinned
            _ = try store.notes.save(note, now: clock())
            return [.notes(.changed(pinned ? .pinned : .unpinned))]
        case .delete(let note):
            guard let id = note.id else { return [] }
            try store.notes.delete(id: id)
            return [.notes(.changed(.deleted))]
        }
    }
}
