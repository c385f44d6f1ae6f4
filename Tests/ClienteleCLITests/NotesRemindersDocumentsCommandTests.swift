import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import CustomerStore
import GRDB

/// `clientele notes`, `reminders`, `documents` and `settings` as scripts and cron use them: the
/// real binary, a real file, a real mail command (a shell script that records what it is given).
@Suite(.serialized) struct NotesRemindersDocumentsCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-notes-cli")
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db], environment: ["TZ": "UTC"].merging(environment) { $1 })
    }

    /// A customer added through the binary; its id.
    func customer(_ given: String = "Ana", _ family: String = "Ruiz", phone: String = "+1 415 555 0100") throws -> Int64 {
        let outcome = try run(["add", "--given-name", given, "--family-name", family, "--phone", phone, "--json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as! [String: Any]
        return (object["id"] as! NSNumber).int64Value
    }

    func json(_ outcome: ClienteleProcess.Outcome) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
    }

    func addNote(_ customerID: Int64, _ text: String, _ extra: [String] = []) throws -> Int64 {
        let outcome = try run(["notes", "add", String(customerID), text] + extra)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(Int64(outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    // MARK: notes

    @Test func notesAreListedPinnedFirstNewestFirstWithTheirJSONKeys() throws {
        let ana = try customer()
        let first = try addNote(ana, "Prefers mornings")
        let pinned = try addNote(ana, "Allergic to latex", ["--pin"])
        let reminded = try addNote(ana, "Call about the colour", ["--remind", "2030-03-04 10:30"])
        let outcome = try run(["notes", String(ana), "--json"])
        #expect(outcome.status == 0)
        let notes = try #require(try json(outcome) as? [[String: Any]])
        #expect(notes.map { ($0["id"] as! NSNumber).int64Value } == [pinned, reminded, first])
        #expect(notes.allSatisfy { Set($0.keys) == ["id", "text", "pinned", "createdAt", "remindAt", "reminderDone"] })
        #expect(notes[0]["pinned"] as? Bool == true && notes[0]["remindAt"] is NSNull && notes[0]["reminderDone"] as? Bool == false)
        #expect(notes[1]["remindAt"] as? String == "2030-03-04T10:30:00Z")
        #expect((notes[2]["createdAt"] as? String)?.hasSuffix("Z") == true)
        #expect(notes[1]["text"] as? String == "Call about the colour")

        let human = try run(["notes", String(ana)])
        #expect(human.status == 0 && human.standardOutput.contains("Allergic to latex") && human.standardOutput.contains("pinned"))
    }

    @Test func addPrintsTheIdOrJSONAndRefusesACardNumber() throws {
        let ana = try customer()
        let outcome = try run(["notes", "add", String(ana), "Walk-in", "--json"])
        #expect(outcome.status == 0)
        let object = try #require(try json(outcome) as? [String: Any])
        #expect(Set(object.keys) == ["id"])

        let card = try run(["notes", "add", String(ana), "paid with 4111 1111 1111 1111"])
        #expect(card.status == 3, "\(card.standardError)")
        #expect(card.standardError.contains("card number") && !card.standardError.contains("4111 1111"))
        let unreadable = try run(["notes", "add", String(ana), "Call", "--remind", "someday"])
        #expect(unreadable.status == 3 && unreadable.standardError.contains("“someday”"))
        let notes = try #require(try json(try run(["notes", String(ana), "--json"])) as? [[String: Any]])
        #expect(notes.count == 1, "nothing stored by the refusals")

        #expect(try run(["notes", "add", "999", "Hello"]).standardError.contains("no customer 999"))
        #expect(try run(["notes", "add", "999", "Hello"]).status == 1)
        #expect(try run(["notes", "999"]).status == 1)
    }

    @Test func theRemindTimeIsReadInTheShopsRegionsMonthOrder() throws {
        let ana = try customer()
        #expect(try run(["settings", "set", "region", "US"]).status == 0)
        let us = try addNote(ana, "US", ["--remind", "3/12/2030 10:00"])
        #expect(try run(["settings", "set", "region", "FR"]).status == 0)
        let fr = try addNote(ana, "FR", ["--remind", "3/12/2030 10:00"])
        let notes = try #require(try json(try run(["notes", String(ana), "--json"])) as? [[String: Any]])
        let due = Dictionary(uniqueKeysWithValues: notes.map { (($0["id"] as! NSNumber).int64Value, $0["remindAt"] as? String) })
        #expect(due[us] == "2030-03-12T10:00:00Z")
        #expect(due[fr] == "2030-12-03T10:00:00Z")
    }

    @Test func editAndDeleteANote() throws {
        let ana = try customer()
        let note = try addNote(ana, "Prefers mornings")
        #expect(try run(["notes", "edit", String(note), "Prefers afternoons"]).status == 0)
        #expect(try run(["notes", "edit", String(note), "card 4111111111111111"]).status == 3)
        #expect(try run(["notes", "edit", "4242", "text"]).standardError.contains("no note 4242"))
        var notes = try #require(try json(try run(["notes", String(ana), "--json"])) as? [[String: Any]])
        #expect(notes.first?["text"] as? String == "Prefers afternoons")

        let unconfirmed = try run(["notes", "delete", String(note)])
        #expect(unconfirmed.status == 64 && unconfirmed.standardError.contains("--yes"))
        #expect(try run(["notes", "delete", String(note), "--yes"]).status == 0)
        notes = try #require(try json(try run(["notes", String(ana), "--json"])) as? [[String: Any]])
        #expect(notes.isEmpty)
        #expect(try run(["notes", "delete", String(note), "--yes"]).status == 1)
    }

    // MARK: reminders

    @Test func remindersAcrossCustomersSoonestFirstDoneAndSnooze() throws {
        try ShopFolder.createDatabase(db)
        #expect(try run(["reminders"]).status == 1, "none yet")
        let ana = try customer(), luis = try customer("Luis", "Moreau", phone: "+1 415 555 0199")
        let overdue = try addNote(luis, "Deposit", ["--remind", "2020-01-01 09:00"])
        let later = try addNote(ana, "Colour", ["--remind", "2099-06-01 09:00"])
        _ = try addNote(ana, "No reminder")

        let all = try run(["reminders", "--json"])
        #expect(all.status == 0)
        let rows = try #require(try json(all) as? [[String: Any]])
        #expect(rows.map { ($0["noteId"] as! NSNumber).int64Value } == [overdue, later])
        #expect(rows.allSatisfy { Set($0.keys) == ["noteId", "customerId", "customerName", "text", "remindAt"] })
        #expect(rows[0]["customerName"] as? String == "Luis Moreau" && (rows[0]["customerId"] as! NSNumber).int64Value == luis)
        #expect(rows[0]["remindAt"] as? String == "2020-01-01T09:00:00Z" && rows[0]["text"] as? String == "Deposit")

        let due = try #require(try json(try run(["reminders", "--due", "--json"])) as? [[String: Any]])
        #expect(due.map { ($0["noteId"] as! NSNumber).int64Value } == [overdue])

        #expect(try run(["reminders", "snooze", String(overdue), "--until", "2098-01-01 08:00"]).status == 0)
        #expect(try run(["reminders", "--due"]).status == 1, "nothing due once snoozed")
        #expect(try run(["reminders", "snooze", String(overdue), "--until", "later"]).status == 3)
        #expect(try run(["reminders", "done", String(overdue)]).status == 0)
        #expect(try run(["reminders", "done", "777"]).status == 1)
        let open = try #require(try json(try run(["reminders", "--json"])) as? [[String: Any]])
        #expect(open.map { ($0["noteId"] as! NSNumber).int64Value } == [later])
        let human = try run(["reminders"])
        #expect(human.standardOutput.contains("Ana Ruiz") && human.standardOutput.contains("2099-06-01 09:00"))
    }

    /// A mail command that records its arguments and stdin, one file per run; `fail` makes it exit 1.
    func mailScript(fail: Bool = false, hang: Bool = false) throws -> (command: String, outbox: URL) {
        let outbox = directory.appendingPathComponent("outbox-\(FolderName.random())")
        try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
        let script = directory.appendingPathComponent("fake-sendmail-\(FolderName.random()).sh")
        try """
            #!/bin/sh
            n=$(ls "\(outbox.path)" | wc -l)
            printf '%s\\n' "$@" > "\(outbox.path)/args-$n"
            cat > "\(outbox.path)/mail-$n"
            \(hang ? "sleep 20" : "")
            \(fail ? "exit 1" : "exit 0")

            """.write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        return ("\(script.path) -i", outbox)
    }

    func sent(_ outbox: URL) throws -> [(arguments: String, mail: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasPrefix("mail-") }.sorted()
        return try names.map { name in
            let index = name.dropFirst("mail-".count)
            return (try String(contentsOf: outbox.appendingPathComponent("args-\(index)"), encoding: .utf8),
                    try String(contentsOf: outbox.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test func notifySendsEachDueReminderOnceThroughTheMailCommand() throws {
        let luis = try customer("Luis", "Moreau", phone: "+1 415 555 0199")
        let note = try addNote(luis, "Deposit for the wedding colour\nSecond line", ["--remind", "2020-01-01 09:00"])
        _ = try addNote(luis, "Not yet", ["--remind", "2099-01-01 09:00"])
        let mail = try mailScript()
        let setMail = try run(["settings", "set", "mail-command", mail.command])
        #expect(setMail.status == 0, "\(setMail.standardError)")

        let noAddress = try run(["reminders", "--notify"])
        #expect(noAddress.status == 3 && noAddress.standardError.contains("clientele settings set shop-email ADDRESS"))
        #expect(try sent(mail.outbox).isEmpty)

        #expect(try run(["settings", "set", "shop-email", "shop@example.com"]).status == 0)
        let first = try run(["reminders", "--notify"])
        #expect(first.status == 0, "\(first.standardError)")
        let messages = try sent(mail.outbox)
        try #require(messages.count == 1)
        #expect(messages[0].arguments == "-i\nshop@example.com\n", "the command's own arguments, then the address")
        let (headers, body) = Self.split(messages[0].mail)
        #expect(headers.contains("To: shop@example.com"))
        #expect(headers.contains("Subject: Reminder: Luis Moreau — Deposit for the wedding colour"))
        #expect(headers.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(body.contains("Luis Moreau") && body.contains("+14155550199") && body.contains("2020-01-01 09:00 +00:00")
                && body.contains("Deposit for the wedding colour\nSecond line"))

        let second = try run(["reminders", "--notify"])
        #expect(second.status == 0)
        #expect(try sent(mail.outbox).count == 1, "a reminder already notified is not sent again")

        // A snooze to a time already past makes it due — and sendable — again.
        #expect(try run(["reminders", "snooze", String(note), "--until", "2021-01-01 09:00"]).status == 0)
        #expect(try run(["reminders", "--notify"]).status == 0)
        #expect(try sent(mail.outbox).count == 2)
    }

    @Test func aFailingMailCommandExitsTwoAndLeavesTheReminderToSendAgain() throws {
        let ana = try customer()
        _ = try addNote(ana, "Deposit", ["--remind", "2020-01-01 09:00"])
        let failing = try mailScript(fail: true)
        let setFailing = try run(["settings", "set", "mail-command", failing.command])
        #expect(setFailing.status == 0, "\(setFailing.standardError)")
        #expect(try run(["settings", "set", "shop-email", "shop@example.com"]).status == 0)
        let outcome = try run(["reminders", "--notify"])
        #expect(outcome.status == 2, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("could not send"))
        #expect(try sent(failing.outbox).count == 1)

        let working = try mailScript()
        let setWorking = try run(["settings", "set", "mail-command", working.command])
        #expect(setWorking.status == 0, "\(setWorking.standardError)")
        #expect(try run(["reminders", "--notify"]).status == 0)
        #expect(try sent(working.outbox).count == 1, "still notifiable after the failure")
    }

    @Test func aMailCommandThatHangsIsStoppedAndTheReminderStaysToSend() throws {
        let ana = try customer()
        _ = try addNote(ana, "Deposit", ["--remind", "2020-01-01 09:00"])
        let hanging = try mailScript(hang: true)
        let setHanging = try run(["settings", "set", "mail-command", hanging.command])
        #expect(setHanging.status == 0, "\(setHanging.standardError)")
        #expect(try run(["settings", "set", "shop-email", "shop@example.com"]).status == 0)
        let started = Date()
        let outcome = try run(["reminders", "--notify"], environment: ["CLIENTELE_NOTIFY_TIMEOUT": "1"])
        #expect(outcome.status == 2 && outcome.standardError.contains("was stopped"), "\(outcome.standardError)")
        #expect(Date().timeIntervalSince(started) < 15, "not left waiting for the command")
        let working = try mailScript()
        let setWorking = try run(["settings", "set", "mail-command", working.command])
        #expect(setWorking.status == 0, "\(setWorking.standardError)")
        #expect(try run(["reminders", "--notify"]).status == 0)
        #expect(try sent(working.outbox).count == 1)
    }

    @Test func aSecondRunWhileOneIsSendingSendsNothing() throws {
        let ana = try customer()
        _ = try addNote(ana, "Deposit", ["--remind", "2020-01-01 09:00"])
        let mail = try mailScript()
        let setMail = try run(["settings", "set", "mail-command", mail.command])
        #expect(setMail.status == 0, "\(setMail.standardError)")
        #expect(try run(["settings", "set", "shop-email", "shop@example.com"]).status == 0)
        // The lock a run still sending holds.
        let lock = try ShopFolder.holdRunLock("notify", of: db)
        let blocked = try run(["reminders", "--notify"])
        #expect(blocked.status == 0 && blocked.standardError.contains("another run"), "\(blocked.standardError)")
        #expect(try sent(mail.outbox).isEmpty)
        lock.release()
        #expect(try run(["reminders", "--notify"]).status == 0)
        #expect(try sent(mail.outbox).count == 1)
    }

    @Test func aNameWithALineBreakCannotAddAHeader() throws {
        let ana = try customer()
        // The name as an import or another counter might have stored it: straight into the file.
        try runSQL("UPDATE customer SET given_name = 'Ana' || char(13) || char(10) || 'Bcc: victim@example.com' WHERE id = \(ana)")
        _ = try addNote(ana, "Deposit\r\nCc: other@example.com", ["--remind", "2020-01-01 09:00"])
        let mail = try mailScript()
        let setMail = try run(["settings", "set", "mail-command", mail.command])
        #expect(setMail.status == 0, "\(setMail.standardError)")
        #expect(try run(["settings", "set", "shop-email", "shop@example.com"]).status == 0)
        #expect(try run(["reminders", "--notify"]).status == 0)
        let messages = try sent(mail.outbox)
        try #require(messages.count == 1)
        let (headers, _) = Self.split(messages[0].mail)
        #expect(!headers.contains { $0.hasPrefix("Bcc:") || $0.hasPrefix("Cc:") }, "\(headers)")
        #expect(headers.filter { $0.hasPrefix("Subject:") }.count == 1)
        #expect(headers.allSatisfy { !$0.contains("\r") })
    }

    @Test func withoutAMailCommandOrNotifySendTheRemindersArePrinted() throws {
        let ana = try customer()
        try runSQL("UPDATE customer SET family_name = 'Ruiz' || char(27) || '[2J' WHERE id = \(ana)")
        _ = try addNote(ana, "Deposit", ["--remind", "2020-01-01 09:00"])
        let emptyPath = directory.appendingPathComponent("bin").path
        try FileManager.default.createDirectory(atPath: emptyPath, withIntermediateDirectories: true)
        let outcome = try run(["reminders", "--notify"], environment: ["PATH": emptyPath])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("Reminder: Ana Ruiz") && outcome.standardOutput.contains("Deposit"))
        #expect(!outcome.standardOutput.contains("\u{1B}"), "sanitised")
        let again = try run(["reminders", "--notify"], environment: ["PATH": emptyPath])
        #expect(again.status == 0 && again.standardOutput.isEmpty, "printed once")
    }

    @Test func withoutAMailCommandNotifySendIsUsedWhenOnThePath() throws {
        let ana = try customer()
        _ = try addNote(ana, "Deposit", ["--remind", "2020-01-01 09:00"])
        let bin = directory.appendingPathComponent("desktop-bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let record = directory.appendingPathComponent("notified.txt")
        let script = bin.appendingPathComponent("notify-send")
        try "#!/bin/sh\nprintf '%s\\n' \"$@\" >> \"\(record.path)\"\n".write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        let outcome = try run(["reminders", "--notify"], environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty, "not printed when notify-send took it")
        let arguments = try String(contentsOf: record, encoding: .utf8)
        #expect(arguments.contains("Reminder: Ana Ruiz — Deposit") && arguments.contains("Deposit"))
        #expect(try run(["reminders", "--notify"], environment: ["PATH": bin.path + ":/usr/bin:/bin"]).status == 0)
        #expect(try String(contentsOf: record, encoding: .utf8) == arguments, "sent once")
    }

    @Test func aDocumentWhoseNewNameIsRefusedIsNotKept() throws {
        let ana = try customer()
        let outcome = try run(["documents", "add", String(ana), try pngFile("scan.png"), "--name", "card 4111 1111 1111 1111.png"])
        #expect(outcome.status == 3, "\(outcome.standardError)")
        #expect((try json(try run(["documents", String(ana), "--json"])) as? [[String: Any]])?.isEmpty == true)
    }

    @Test func notifyWithNothingDueExitsZero() throws {
        _ = try customer()
        #expect(try run(["reminders", "--notify"]).status == 0)
    }

    // MARK: documents

    func pngFile(_ name: String, bytes: Int = 64) throws -> String {
        let path = directory.appendingPathComponent(name).path
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        data.append(Data((0..<max(0, bytes - 8)).map { UInt8(truncatingIfNeeded: $0) }))
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func documentsAddListRenameExportAndDelete() throws {
        let ana = try customer()
        let added = try run(["documents", "add", String(ana), try pngFile("scan.png"), "--name", "consent.png"])
        #expect(added.status == 0, "\(added.standardError)")
        let id = try #require(Int64(added.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))
        let listed = try #require(try json(try run(["documents", String(ana), "--json"])) as? [[String: Any]])
        #expect(listed.count == 1 && Set(listed[0].keys) == ["id", "name", "type", "bytes", "addedAt"])
        #expect(listed[0]["name"] as? String == "consent.png" && listed[0]["type"] as? String == "png" && (listed[0]["bytes"] as! NSNumber).intValue == 64)
        #expect((listed[0]["addedAt"] as? String)?.hasSuffix("Z") == true)

        #expect(try run(["documents", "rename", String(id), "before.png"]).status == 0)
        #expect(try run(["documents", "rename", String(id), "4111111111111111.png"]).status == 3)
        #expect(try run(["documents", "rename", "555", "x.png"]).status == 1)

        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let first = try run(["documents", "export", String(id), "--to", out.path])
        #expect(first.status == 0 && first.standardOutput == out.appendingPathComponent("before.png").path + "\n")
        let second = try run(["documents", "export", String(id), "--to", out.path])
        #expect(second.standardOutput == out.appendingPathComponent("before (1).png").path + "\n", "never overwrites")
        let nowhere = try run(["documents", "export", String(id), "--to", out.appendingPathComponent("missing").path])
        #expect(nowhere.status == 3 && nowhere.standardError.contains("no folder"))

        #expect(try run(["documents", "delete", String(id)]).status == 64)
        #expect(try run(["documents", "delete", String(id), "--yes"]).status == 0)
        #expect((try json(try run(["documents", String(ana), "--json"])) as? [[String: Any]])?.isEmpty == true)
        #expect(try run(["documents", "export", String(id), "--to", out.path]).standardError.contains("no document \(id)"))
        #expect(try run(["documents", "999"]).status == 1)
    }

    @Test func aRefusedDocumentNamesTheRuleItsRealTypeAndSize() throws {
        let ana = try customer()
        let zip = directory.appendingPathComponent("invoice.pdf").path
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 2044)).write(to: URL(fileURLWithPath: zip))
        let wrong = try run(["documents", "add", String(ana), zip])
        #expect(wrong.status == 3)
        #expect(wrong.standardError.contains("a ZIP archive") && wrong.standardError.contains("2.0 KB") && wrong.standardError.contains("not a PDF, JPEG, GIF or PNG"))
        let big = try pngFile("big.png", bytes: AttachmentRules.maximumBytes + 1)
        let tooBig = try run(["documents", "add", String(ana), big])
        #expect(tooBig.status == 3 && tooBig.standardError.contains("at most 20 MB") && tooBig.standardError.contains("a PNG file"))
        let missing = try run(["documents", "add", String(ana), directory.appendingPathComponent("gone.png").path])
        #expect(missing.status == 3)
        #expect((try json(try run(["documents", String(ana), "--json"])) as? [[String: Any]])?.isEmpty == true)
    }

    // MARK: settings

    @Test func settingsAreShownSetValidatedAndUnset() throws {
        try ShopFolder.createDatabase(db)
        let shown = try run(["settings"])
        #expect(shown.status == 0)
        for key in ["region", "currency", "theme", "mail-command", "shop-name", "shop-email", "reminder-presets"] {
            #expect(shown.standardOutput.contains("\(key)\t(not set)"), "\(key)")
        }
        #expect(try run(["settings", "set", "shop-email", "shop@example.com"]).status == 0)
        #expect(try run(["settings", "set", "reminder-presets", "1d,2w"]).status == 0)
        #expect(try run(["settings", "set", "region", "mx"]).status == 0)
        #expect(try run(["settings", "set", "shop-email", "not an address"]).status == 3)
        #expect(try run(["settings", "set", "reminder-presets", "1d,soon"]).status == 3)
        #expect(try run(["settings", "set", "region", "XX"]).status == 3)
        #expect(try run(["settings", "set", "shop-name", "Salon 4111 1111 1111 1111"]).status == 3)
        #expect(try run(["settings", "set", "colour", "red"]).status == 64)
        let object = try #require(try json(try run(["settings", "--json"])) as? [String: Any])
        #expect(object["shop-email"] as? String == "shop@example.com" && object["reminder-presets"] as? String == "1d,2w")
        #expect(object["region"] as? String == "MX" && object["shop-name"] is NSNull)
        #expect(Set(object.keys) == ["region", "currency", "theme", "language", "mail-command", "shop-name", "shop-email", "reminder-presets", "template-overdue-reminder", "template-invite", "template-charge"])
        #expect(try run(["settings", "unset", "shop-email"]).status == 0)
        #expect(try run(["settings"]).standardOutput.contains("shop-email\t(not set)"))
    }

    // MARK: helpers

    /// Straight into the file, as an old import or another program might have written it.
    func runSQL(_ sql: String) throws {
        try ShopFolder.runSQL(sql, in: db)
    }

    /// The header lines and the body of a mail.
    static func split(_ mail: String) -> (headers: [String], body: String) {
        let parts = mail.components(separatedBy: "\n\n")
        return (parts[0].components(separatedBy: "\n"), parts.dropFirst().joined(separator: "\n\n"))
    }
}
