import Foundation

/// Runs one program with input on stdin, its stdout and stderr gathered in a temporary file (a pipe
/// it filled would block it), stopped with everything it started when it takes longer than `timeout`.
public struct CommandRun: Sendable {
    public let executable: String
    public let arguments: [String]
    public let timeout: TimeInterval

    public init(executable: String, arguments: [String], timeout: TimeInterval) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }

    /// How it ended.
    public enum Ending: Hashable, Sendable {
        case exited(Int32)
        /// Killed by a signal (the number).
        case signalled(Int32)
        case timedOut
        /// It could not be started (the reason).
        case notStarted(String)
    }

    public struct Result: Hashable, Sendable {
        public let ending: Ending
        /// What it wrote on stdout and stderr, at most the last 8 KiB.
        public let output: String
    }

    public func run(input: Data?) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe()
        process.standardInput = stdin
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-command-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil, attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(at: log) }
        guard let output = try? FileHandle(forWritingTo: log) else { return Result(ending: .notStarted("no temporary file"), output: "") }
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = output
        do { try process.run() } catch { return Result(ending: .notStarted(error.localizedDescription), output: "") }
        // A command that exits without reading must not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        if let input { try? stdin.fileHandleForWriting.write(contentsOf: input) }
        try? stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        var timedOut = false
        if process.isRunning {
            timedOut = true
            // The shell's children first (the mail program it started), so that none is left running.
            for child in Self.descendants(of: process.processIdentifier).reversed() { kill(child, SIGKILL) }
            process.terminate()
            let grace = Date().addingTimeInterval(2)
            while process.isRunning, Date() < grace { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        let said = (try? Data(contentsOf: log)).map { String(decoding: $0.suffix(8_192), as: UTF8.self) } ?? ""
        if timedOut { return Result(ending: .timedOut, output: said) }
        let ending: Ending = process.terminationReason == .exit ? .exited(process.terminationStatus) : .signalled(process.terminationStatus)
        return Result(ending: ending, output: said)
    }

    /// Every process below `pid`, parents before children (Linux: each `/proc/N/stat` names its parent).
    static func descendants(of pid: Int32) -> [Int32] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var parentOf: [Int32: Int32] = [:]
        for entry in entries {
            guard let child = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // "pid (name) state ppid …": the name may hold spaces and parentheses, hence after the last ")".
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = Int32(fields[1]) { parentOf[child] = parent }
        }
        var found: [Int32] = [], frontier = [pid]
        while let next = frontier.popLast() {
            let children = parentOf.filter { $0.value == next }.map(\.key)
            found += children
            frontier += children
        }
        return found
    }
}
