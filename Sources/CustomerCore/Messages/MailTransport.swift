import Foundation

/// What hands a message to the shop's mail command. The app and the command line are given one
/// (`SendmailCommand` in the Mailing target runs the real program); CustomerCore only knows this shape.
public protocol MailTransport: Sendable {
    /// Runs `command` (the shop's words, arguments included) with the message on stdin and the
    /// recipient as its last argument, and says what its exit status means.
    func send(_ message: MailMessage, through command: String) -> MailAttempt
}

/// What became of one attempt: handed over (exit 0), or not, with the program's own words.
public enum MailAttempt: Hashable, Sendable {
    case sent
    case failed(String)
}
