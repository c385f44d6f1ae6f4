import Foundation
import Testing
import ClienteleTestSupport

/// `clientele send`, `outbox` and `conversations` as scripts use them, against a real mail command:
/// a script that records what it was given and exits 0, and one that exits 75 (msmtp's "try later").
@Suite(.serialized) struct SendCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-send-cli")
    }

    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db])
    }

    func json(_ arguments: [String]) throws -> Any {
        let outcome = try run(arguments + ["--json"])
        return try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
    }

    /// Élodie, with an amount overdue since yesterday and a completed appointment with 45.00 due on it.
    func customerWithSomethingOverdue() throws -> String {
        let added = try json(["add", "--given-name", "Élodie", "--family-name", "Núñez", "--email", "elodie@example.com", "--phone", "+1 415 555 0134"]) as! [String: Any]
        let id = String((added["id"] as! NSNumber).int64Value)
        let yesterday = ISO8601DateFormatter.string(from: Date().addingTimeInterval(-86_400), timeZone: .current, formatOptions: [.withFullDate, .withDashSeparatorInDate])
        #expect(try run(["payments", "record", id, "--amount", "35.00", "--due", yesterday]).status == 0)
        return id
    }

    func setShop(mailCommand: String) throws {
        #expect(try run(["settings", "set", "mail-command", mailCommand]).status == 0)
        #expect(try run(["settings", "set", "shop-email", "salon@example.com"]).status == 0)
        #expect(try run(["settings", "set", "shop-name", "Salon Étoile"]).status == 0)
    }

    @Test func anOverdueReminderIsHandedToTheMailCommandWithItsHeaders() throws {
        let mail = try RecordingMailCommand(in: directory)
        try setShop(mailCommand: mail.command)
        let id = try customerWithSomethingOverdue()
        let sent = try run(["send", id, "--overdue-reminder"])
        #expect(sent.status == 0 && sent.standardOutput.contains("Sent to elodie@example.com"), "\(sent.standardOutput)\(sent.standardError)")
        let messages = mail.messages
        try #require(messages.count == 1)
        let message = messages[0]
        #expect(message.hasPrefix("ARGS: [elodie@example.com]\n"), "the recipient is the command's argument")
        for header in ["From: =?UTF-8?B?", "<salon@example.com>", "\nTo: elodie@example.com\n", "\nSubject: Payment overdue: USD 35.00\n",
                       "\nMessage-ID: <", "@example.com>\n", "\nContent-Type: text/plain; charset=UTF-8\n"] {
            #expect(message.contains(header), "\(header) in \(message)")
        }
        #expect(message.contains("Hello Élodie,") && message.contains("USD 35.00"))
        let history = try json(["conversations", id]) as! [[String: Any]]
        #expect(history.first?["type"] as? String == "message" && history.first?["state"] as? String == "sent" && history.first?["kind"] as? String == "payment_reminder",
                "\(history)")
        #expect(try json(["outbox"]) as? [Any] != nil && (try json(["outbox"]) as! [Any]).isEmpty)
    }

    @Test func aFailingMailCommandLeavesTheMessageInTheOutboxWithItsWordsUntilItGoes() throws {
        let failing = try RecordingMailCommand(in: directory, exitStatus: 75)
        try setShop(mailCommand: failing.command)
        let id = try customerWithSomethingOverdue()
        let queued = try run(["send", id, "--overdue-reminder"])
        #expect(queued.status == 2 && queued.standardError.contains("waits in the outbox") && queued.standardError.contains("status 75")
                && queued.standardError.contains("Connection refused"), "\(queued.standardError)")
        #expect(!queued.standardOutput.contains("Sent"), "nothing says sent that the command did not take")
        let waiting = try json(["outbox"]) as! [[String: Any]]
        #expect(waiting.count == 1 && waiting[0]["state"] as? String == "failed" && (waiting[0]["error"] as? String)?.contains("Connection refused") == true,
                "\(waiting)")
        #expect(try run(["outbox", "send"]).status == 2, "still failing")

        let working = try RecordingMailCommand(in: directory)
        #expect(try run(["settings", "set", "mail-command", working.command]).status == 0)
        let retried = try run(["outbox", "send"])
        #expect(retried.status == 0 && retried.standardOutput.contains("Sent message"), "\(retried.standardOutput)\(retried.standardError)")
        #expect(working.messages.count == 1)
        #expect(failing.messages.count == 2, "each attempt reached the failing command")
        let messageIDs = (failing.messages + working.messages).compactMap { $0.split(separator: "\n").first { $0.hasPrefix("Message-ID:") } }
        #expect(Set(messageIDs).count == 1, "every attempt is the same message: \(messageIDs)")
        #expect((try json(["outbox"]) as! [Any]).isEmpty)
        let states = (try json(["conversations", id]) as! [[String: Any]]).filter { $0["type"] as? String == "message" }.map { $0["state"] as? String }
        #expect(states == ["sent"])
    }

    @Test func withoutAMailCommandTheMessageIsQueuedAndCanBeDropped() throws {
        let id = try customerWithSomethingOverdue()
        let queued = try run(["send", id, "--overdue-reminder", "--json"])
        #expect(queued.status == 2)
        let answer = try JSONSerialization.jsonObject(with: Data(queued.standardOutput.utf8)) as! [String: Any]
        #expect(answer["state"] as? String == "queued" && (answer["error"] as? String)?.contains("no mail command") == true, "\(answer)")
        let messageID = String((answer["messageId"] as! NSNumber).int64Value)
        #expect(try run(["outbox"]).standardOutput.contains("Payment overdue"))
        #expect(try run(["outbox", "drop", messageID]).status == 0)
        #expect(try run(["outbox", "drop", messageID]).status == 3, "it no longer waits")
        let states = (try json(["conversations", id]) as! [[String: Any]]).filter { $0["type"] as? String == "message" }.map { $0["state"] as? String }
        #expect(states == ["dropped"])
    }

    @Test func aQuickActionThatDoesNotApplyIsRefusedAndStoresNothing() throws {
        let mail = try RecordingMailCommand(in: directory)
        try setShop(mailCommand: mail.command)
        let added = try json(["add", "--given-name", "Ana", "--email", "ana@example.com"]) as! [String: Any]
        let id = String((added["id"] as! NSNumber).int64Value)
        let nothing = try run(["send", id, "--overdue-reminder"])
        #expect(nothing.status == 3 && nothing.standardError.contains("nothing is overdue"), "\(nothing.standardError)")
        let booking = try run(["bookings", "add", id, "--at", "2026-11-20 10:00", "--service", "Cut"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let notDone = try run(["send", id, "--charge", booking, "--amount", "20"])
        #expect(notDone.status == 3 && notDone.standardError.contains("not completed"), "\(notDone.standardError)")
        #expect(try run(["send", id, "--charge", "999"]).status == 3)
        #expect(try run(["send", id, "--invite", "--overdue-reminder"]).status == 64)
        #expect(try run(["send", "999", "--invite"]).status == 1)
        #expect(mail.messages.isEmpty)
        #expect((try json(["payments", id]) as! [Any]).isEmpty)
        #expect((try json(["conversations", id]) as! [[String: Any]]).allSatisfy { $0["type"] as? String != "message" })
    }

    @Test func chargingACompletedAppointmentRecordsThePaymentEarnsPointsAndSendsTheReceipt() throws {
        let mail = try RecordingMailCommand(in: directory)
        try setShop(mailCommand: mail.command)
        #expect(try run(["loyalty", "program", "--points-per-unit", "1"]).status == 0)
        let added = try json(["add", "--given-name", "Ana", "--email", "ana@example.com", "--phone", "+1 415 555 0100"]) as! [String: Any]
        let id = String((added["id"] as! NSNumber).int64Value)
        #expect(try run(["loyalty", "enroll", id]).status == 0)
        let booking = try run(["bookings", "add", id, "--at", "2026-11-20 10:00", "--service", "Colour"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try run(["bookings", "set", booking, "--status", "completed"]).status == 0)
        let noAmount = try run(["send", id, "--charge", booking])
        #expect(noAmount.status == 3 && noAmount.standardError.contains("--amount"), "\(noAmount.standardError)")
        let charged = try run(["send", id, "--charge", booking, "--amount", "42.50", "--method", "card"])
        #expect(charged.status == 0 && charged.standardOutput.contains("recorded, not processed"), "\(charged.standardOutput)\(charged.standardError)")
        let payments = try json(["payments", id]) as! [[String: Any]]
        #expect(payments.count == 1 && payments[0]["amount"] as? String == "42.50" && payments[0]["status"] as? String == "paid"
                && payments[0]["method"] as? String == "card" && (payments[0]["bookingId"] as? NSNumber)?.stringValue == booking)
        #expect((try json(["loyalty", id]) as! [String: Any])["points"] as? Int == 42)
        #expect(mail.messages.count == 1 && mail.messages[0].contains("Subject: Your payment of USD 42.50") && mail.messages[0].contains("Colour"))
        let again = try run(["send", id, "--charge", booking])
        #expect(again.status == 3 && again.standardError.contains("already paid"), "\(again.standardError)")
    }

    @Test func theShopsTemplateIsUsedAndATypoInOneIsRefused() throws {
        let mail = try RecordingMailCommand(in: directory)
        try setShop(mailCommand: mail.command)
        let typo = try run(["settings", "set", "template-invite", "Come back {nmae}\n\nHello"])
        #expect(typo.status == 3 && typo.standardError.contains("{nmae} is not a placeholder"), "\(typo.standardError)")
        #expect(try run(["settings", "set", "template-invite", "{shop} misses you, {name}\n\nBook your next visit:\nreply to this mail."]).status == 0)
        let shown = try json(["settings"]) as! [String: Any]
        #expect((shown["template-invite"] as? String)?.hasPrefix("{shop} misses you") == true)
        let added = try json(["add", "--given-name", "Ana", "--email", "ana@example.com"]) as! [String: Any]
        let id = String((added["id"] as! NSNumber).int64Value)
        #expect(try run(["send", id, "--invite"]).status == 0)
        #expect(mail.messages.first?.contains("Subject: =?UTF-8?B?") == true, "a non-ASCII subject is encoded")
        #expect(mail.messages.first?.contains("Book your next visit:\nreply to this mail.") == true)
    }
}
