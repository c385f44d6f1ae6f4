import Foundation

/// Whether this opening of the file has met damage: set when the file was opened damaged, or when a
/// statement first answers SQLITE_CORRUPT (and then marked beside the file, `DamageMark`). From then
/// on every write is refused before it starts — the interface, which stays open, becomes read-only
/// with the advice instead of failing one save after another on the same broken pages.
final class DamageLatch: @unchecked Sendable {
    private let lock = NSLock()
    private var damaged: Bool

    init(damaged: Bool) { self.damaged = damaged }

    var isDamaged: Bool { lock.withLock { damaged } }

    /// Records the damage once (the mark beside the file too).
    func set(path: String) {
        let first = lock.withLock { () -> Bool in
            defer { damaged = true }
            return !damaged
        }
        if first { DamageMark.record(path: path) }
    }
}
