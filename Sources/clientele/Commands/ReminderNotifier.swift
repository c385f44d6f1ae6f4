import ArgumentParser
import CustomerCore
import Foundation
import Mailing

/// `clientele reminders --notify`: each due reminder not sent since its time was set goes out once,
/// through the mail command (sendmail convention: the message on stdin, the recipient as argument),
/// else `notify-send`, else stdout; it is marked sent only once that worked.
struct ReminderNotifier {
    let store: any ClienteleStoring
    /// Taken for the whole run (false: another run holds it): a run cron starts while a slow one —
    /// on this computer or, on a shared server, another — still sends must not send the same
    /// reminders a second time. `RunLock`.
    let takeLock: () -> Bool

    /// How long a mail command or notify-send may take before it is stopped and counted as failed
    /// (`CLIENTELE_NOTIFY_TIMEOUT` seconds, default 120).
    static var timeout: TimeInterval { SendmailCommand.configuredTimeout }

    enum Channel {
        case mail(command: String, to: String)
        case desktop(notifySend: String)
        case printed
    }

    func run() throws {
        if !takeLock() {
            Stderr.print("clientele reminders --notify: another run is still sending; nothing was sent by this one")
            return
        }
        let channel = try chooseChannel()
        let now = Date()
        let due = try CardWork.run("reminders --notify") { try store.notes.remindersToNotify(at: now) }
        var failed = 0
        for reminder in due {
            guard let noteID = reminder.note.id else { continue }
            let phone = (try? store.customers.customer(id: reminder.note.customerID)).flatMap { $0 }.map { $0.phoneE164 ?? $0.phoneNumber } ?? ""
            let message = ReminderMessage(reminder: reminder, phone: phone)
            let sent: Bool
            switch channel {
            case .mail(let command, let to):
                sent = Self.send(message.mail(to: to), through: command, to: to)
            case .desktop(let notifySend):
                sent = Self.run(notifySend, arguments: ["--app-name=Clientele", HumanText.clean(message.subject), HumanText.clean(message.body)], input: nil) == 0
            case .printed:
                say(message.subject + "\n" + message.body + "\n")
                sent = true
            }
            if sent {
                try CardWork.run("reminders --notify") { try store.notes.markReminderNotified(noteID: noteID, at: Date()) }
            } else {
                failed += 1
                Stderr.print("clientele reminders --notify: could not send the reminder of note \(noteID) (\(reminder.customerName)); it will be sent next time")
            }
        }
        if failed > 0 { throw ExitStatus.partlyDone }
    }

    func chooseChannel() throws -> Channel {
        let settings = try CardWork.run("reminders --notify") {
            (try store.settings.value(.mailCommand), try store.settings.value(.shopEmail))
        }
        if let command = settings.0?.trimmingCharacters(in: .whitespaces), !command.isEmpty {
            guard let to = settings.1?.trimmingCharacters(in: .whitespaces), !to.isEmpty else {
                Stderr.print("clientele reminders --notify: a mail command is set but not the shop's address: clientele settings set shop-email ADDRESS")
                throw ExitStatus.invalidData
            }
            return .mail(command: command, to: to)
        }
        if let notifySend = Self.onPath("notify-send") { return .desktop(notifySend: notifySend) }
        return .printed
    }

    /// `/bin/sh -c 'CMD "$@"' sh ADDRESS`, the message on stdin: the command is the shop's words
    /// (arguments included), the address one argument whatever it holds.
    static func send(_ mail: String, through command: String, to address: String) -> Bool {
        run("/bin/sh", arguments: ["-c", command + " \"$@\"", "sh", address], input: Data(mail.utf8)) == 0
    }

    /// The exit status, or nil when it could not be started or took longer than `timeout` (then it
    /// and what it started are stopped: `CommandRun`). What it said goes to stderr.
    static func run(_ executable: String, arguments: [String], input: Data?) -> Int32? {
        let result = CommandRun(executable: executable, arguments: arguments, timeout: timeout).run(input: input)
        if !result.output.isEmpty { Stderr.print(result.output.trimmingCharacters(in: .newlines)) }
        switch result.ending {
        case .exited(let status): return status
        case .signalled: return -1
        case .notStarted: return nil
        case .timedOut:
            Stderr.print("clientele reminders --notify: \((executable as NSString).lastPathComponent) took more than \(Int(timeout)) s and was stopped")
            return nil
        }
    }

    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// One reminder's words: the subject and body of a mail or a desktop notification.
struct ReminderMessage {
    let subject: String
    let body: String

    init(reminder: DueReminder, phone: String) {
        subject = "Reminder: \(reminder.customerName) — \(CardWork.firstWords(reminder.note.body))"
        var lines = ["Customer: \(reminder.customerName) (id \(reminder.note.customerID))"]
        if !phone.isEmpty { lines.append("Phone: \(phone)") }
        lines.append("Due: \(CardWork.local(reminder.note.reminder?.dueAt ?? reminder.note.createdAt))")
        lines.append("")
        lines.append(reminder.note.body)
        body = lines.joined(separator: "\n")
    }

    /// The mail as sendmail reads it. Header values lose every control character (CR and LF
    /// included), so a customer's name cannot add a header; the body's line ends are the only ones kept.
    func mail(to address: String) -> String {
        let headers = [
            "To: \(Self.headerValue(address))",
            "Subject: \(Self.headerValue(subject))",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        let bodyLines = body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            // A line of one "." ends the message for a sendmail run without -i.
            let clean = String(String.UnicodeScalarView(line.unicodeScalars.filter { !Self.isControl($0) || $0 == "\t" }))
            return clean == "." ? ". " : clean
        }
        return headers.joined(separator: "\n") + "\n\n" + bodyLines.joined(separator: "\n") + "\n"
    }

    static func headerValue(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0) }))
    }

    /// C0, DEL, C1, and the Unicode line and paragraph separators: the mail's one rule (`MailMessage`).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool { MailMessage.isControl(scalar) }
}
