import Foundation

/// Makes a file or a folder read-only for the process that runs the tests and the binaries they
/// start. `chmod` alone means nothing to root (a container's or CI's usual user), so as root the
/// immutable attribute (`chattr +i`) is used instead: even root may not write then, as a shop's
/// unprivileged user may not write a 0444 file. `unlock` undoes it (call it before removing the folder).
public enum ReadOnlyFile {
    public static func lock(_ path: String) throws {
        if getuid() == 0 {
            try run("/usr/bin/chattr", ["+i", path])
        } else {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            try FileManager.default.setAttributes([.posixPermissions: isFolder.boolValue ? 0o555 : 0o444], ofItemAtPath: path)
        }
    }

    public static func unlock(_ path: String) {
        if getuid() == 0 {
            try? run("/usr/bin/chattr", ["-i", path])
        } else {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            try? FileManager.default.setAttributes([.posixPermissions: isFolder.boolValue ? 0o755 : 0o644], ofItemAtPath: path)
        }
    }

    struct Refused: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Refused(description: "\(tool) \(arguments.joined(separator: " ")) failed") }
    }
}
