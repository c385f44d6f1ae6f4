import Foundation

/// A real mail command for the tests, standing in for `msmtp`: a shell script that records its
/// arguments and the message it reads on stdin, one file per message, and exits with the status it
/// was made with (0 "sent"; 75, EX_TEMPFAIL, what msmtp says when the server cannot be reached).
public struct RecordingMailCommand {
    public let folder: URL
    public let exitStatus: Int32

    /// The script's path: what `clientele settings set mail-command` is given.
    public var command: String { folder.appendingPathComponent("sendmail").path }

    public init(in parent: URL, exitStatus: Int32 = 0) throws {
        folder = parent.appendingPathComponent("mail-\(exitStatus)-\(FolderName.random(8))")
        self.exitStatus = exitStatus
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sent"), withIntermediateDirectories: true)
        let script = """
            #!/bin/sh
            # Records one message: its arguments, then what came on stdin.
            out="\(folder.path)/sent/$(date +%s%N)-$$.eml"
            { printf 'ARGS:'; for a in "$@"; do printf ' [%s]' "$a"; done; printf '\\n'; cat; } > "$out.part"
            mv "$out.part" "$out"
            if [ \(exitStatus) -ne 0 ]; then echo "sendmail: cannot connect to mail.example.com: Connection refused" >&2; fi
            exit \(exitStatus)
            """
        try script.write(toFile: command, atomically: true, encoding: .utf8)
        chmod(command, 0o755)
    }

    /// Every message it was given, oldest first, each as recorded (the ARGS line, headers, body).
    public var messages: [String] {
        let sent = folder.appendingPathComponent("sent")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: sent.path)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
        return names.compactMap { try? String(contentsOf: sent.appendingPathComponent($0), encoding: .utf8) }
    }
}
