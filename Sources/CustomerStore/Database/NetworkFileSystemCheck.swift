import Foundation
import CustomerCore

/// SQLite's locking is unreliable on network file systems; refuse them with a clear message
/// rather than risk a corrupt directory (DESIGN §3).
enum NetworkFileSystemCheck {
    static let networkTypes: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "9p", "ncpfs", "fuse.rclone"]

    static func refuseIfNetworked(directory: String) throws {
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return }
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        var best: (mountPoint: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let mountPoint = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            let isPrefix = resolved == mountPoint || resolved.hasPrefix(mountPoint.hasSuffix("/") ? mountPoint : mountPoint + "/")
            if isPrefix, mountPoint.count >= (best?.mountPoint.count ?? -1) {
                best = (mountPoint, String(fields[2]))
            }
        }
        if let best, networkTypes.contains(best.type) {
            throw StoreError.networkFileSystem(path: directory, type: best.type)
        }
    }
}
