import Foundation

/// Remembers, beside the file (`FILE.damaged`), that SQLite found it damaged — `clientele check`'s
/// integrity check, or any statement answered SQLITE_CORRUPT — so that every later opening, by any
/// command or counter, is read-only with the advice to restore a backup. Finding the damage again
/// at each open would need a full scan (`PRAGMA quick_check`: 4.4 s at 1,000,000 customers); reading
/// this mark costs one failed `open(2)` when there is none.
///
/// The mark names the file's state by its header's change counter and its size, which a damaged file
/// keeps (nothing writes to it): once a backup is restored over it — a new copy, or the same inode
/// rewritten by `cp` — they differ and the mark is dropped at the next open.
enum DamageMark {
    static func markPath(for path: String) -> String { path + ".damaged" }

    /// The header's file change counter (bytes 24–27) and the size, or nil when unreadable.
    static func state(of path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 28), header.count == 28,
              let size = try? handle.seekToEnd() else { return nil }
        let counter = header[24..<28].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return "\(counter) \(size)"
    }

    /// Marks `path` damaged; silently nothing when its folder cannot be written (the refusal still
    /// reaches the person, only the memory of it is lost).
    static func record(path: String) {
        guard let state = state(of: path) else { return }
        try? Data((state + "\n").utf8).write(to: URL(fileURLWithPath: markPath(for: path)), options: .atomic)
    }

    /// Whether `path` is the file that was marked; a mark left by a file since replaced goes.
    static func isMarked(path: String) -> Bool {
        let mark = markPath(for: path)
        guard let recorded = FileManager.default.contents(atPath: mark) else { return false }
        if String(decoding: recorded, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == state(of: path) { return true }
        try? FileManager.default.removeItem(atPath: mark)
        return false
    }
}
