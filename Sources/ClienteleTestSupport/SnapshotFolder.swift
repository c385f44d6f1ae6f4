import Foundation

/// A fresh folder whose path has the same length on every machine, `/tmp/clientele-snap-` and six
/// random characters, for files whose path shows on a snapshotted screen. A text field scrolls by
/// the length of its text, so only a path of one length renders the same way everywhere
/// (`FileManager.temporaryDirectory` is `/tmp` here but `/var/folders/…` on a Mac);
/// `replacement` then hides the random part. Removed when the value is released.
public final class SnapshotFolder: @unchecked Sendable {
    public static let placeholder = "/tmp/clientele-snap-XXXXXX"
    public let path: String

    public init() throws {
        var template = Array(Self.placeholder.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: Self.placeholder])
        }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// `name` inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Shows the folder as `/tmp/clientele-snap-XXXXXX`, as wide as the real path.
    public var replacement: SnapshotReplacement { .text(path, with: Self.placeholder) }
}
