import CustomerCore
import Foundation

/// The shop's mail command run the sendmail way: `/bin/sh -c 'CMD "$@"' sh ADDRESS`, the message on
/// stdin. The command is the shop's own words (arguments included, e.g. `msmtp -a shop`); the address
/// is one argument whatever it holds. Exit 0 is "sent"; anything else is "failed" with what the
/// program said (or why it never ran), which the outbox shows.
public struct SendmailCommand: MailTransport {
    /// How long the command may take before it is stopped and counted as failed
    /// (`CLIENTELE_NOTIFY_TIMEOUT` seconds, default 120).
    public let timeout: TimeInterval

    public init(timeout: TimeInterval = SendmailCommand.configuredTimeout) { self.timeout = timeout }

    public static var configuredTimeout: TimeInterval {
        ProcessInfo.processInfo.environment["CLIENTELE_NOTIFY_TIMEOUT"].flatMap(TimeInterval.init).map { max(0.1, $0) } ?? 120
    }

    public func send(_ message: MailMessage, through command: String) -> MailAttempt {
        let result = CommandRun(executable: "/bin/sh", arguments: ["-c", command + " \"$@\"", "sh", message.to], timeout: timeout)
            .run(input: Data(message.rendered.utf8))
        let said = Self.cleaned(result.output)
        let program = ((command.split(separator: " ").first.map(String.init) ?? command) as NSString).lastPathComponent
        switch result.ending {
        case .exited(0): return .sent
        case .exited(let status): return .failed(said.isEmpty ? "\(program) exited with status \(status)" : "\(program) exited with status \(status): \(said)")
        case .signalled(let signal): return .failed("\(program) was killed by signal \(signal)")
        case .timedOut: return .failed("\(program) took more than \(Int(timeout)) s and was stopped")
        case .notStarted(let why): return .failed("\(program) could not be started: \(why)")
        }
    }

    /// The program's words on one line without control characters (they are shown on screen and on stderr).
    static func cleaned(_ output: String) -> String {
        let oneLine = output.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " — ")
        let clean = String(String.UnicodeScalarView(oneLine.unicodeScalars.filter { !MailMessage.isControl($0) }))
        return clean.count > 500 ? String(clean.prefix(500)) + "…" : clean
    }
}
