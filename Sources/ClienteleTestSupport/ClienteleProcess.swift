import Foundation

/// Runs the built `clientele` binary as a user or a script would, for command-line and tmux tests.
public enum ClienteleProcess {
    /// The binary beside the test bundle (`.build/<triple>/debug/clientele`), or `CLIENTELE_BIN`.
    public static var binaryPath: String {
        if let path = ProcessInfo.processInfo.environment["CLIENTELE_BIN"], !path.isEmpty { return path }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // Inside an .xctest bundle on some platforms: climb out of it.
        while directory.pathComponents.contains(where: { $0.hasSuffix(".xctest") }) { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("clientele").path
    }

    public struct Outcome: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    /// The runner's environment made predictable: no database or region of the user's, and a
    /// locale that the runner's own cannot outrank.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["CLIENTELE_REGION"] = nil
        environment["CLIENTELE_DB"] = nil
        environment["LANG"] = "C.UTF-8"
        // They outrank LANG for the shop's region and the interface's language: the runner's locale must not leak in.
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment.merge(extra) { $1 }
        return environment
    }

    /// Starts `clientele arguments…`, waits until `started` says its work is under way (or 60 s),
    /// lets it run `settle` seconds more, then kills it with SIGKILL — a crash or a power cut, as
    /// the database sees it. Returns whether it was still running when killed.
    public static func killMidway(_ arguments: [String], settle: Double, once started: () throws -> Bool) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binaryPath)
        process.arguments = arguments
        process.environment = environment([:])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while try !started(), process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        Thread.sleep(forTimeInterval: settle)
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return wasRunning && process.terminationReason == .uncaughtSignal
    }

    /// Runs `clientele arguments…` to completion with a clean, predictable environment. `launcher`,
    /// when given, is the program and arguments that start the binary (`["/bin/bash", "-c", "ulimit -f 8; exec \"$0\" \"$@\""]`):
    /// the binary's path and `arguments` follow it.
    @discardableResult
    public static func run(_ arguments: [String], environment extra: [String: String] = [:], input: String? = nil, launcher: [String] = []) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher.first ?? binaryPath)
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [binaryPath] + arguments
        process.environment = environment(extra)
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        process.waitUntilExit()
        group.wait()
        return Outcome(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                       standardError: String(decoding: errData, as: UTF8.self))
    }
}
