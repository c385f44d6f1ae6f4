import ClienteleTestSupport
import Foundation
import Testing

/// A visit from booking to money in a real terminal (tmux), with a real mail command: book an
/// appointment, mark it completed, charge for it (recorded, not processed), see the points it
/// earned, and send the reminder about an older amount overdue — each message handed to the
/// recording script, never said "sent" before it took it.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable)) struct VisitAndMoneyTerminalJourneyTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-tmux-money")
    }

    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        let outcome = try ClienteleProcess.run(arguments + ["--db", db])
        #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
        return outcome
    }

    static func day(_ offset: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date().addingTimeInterval(TimeInterval(offset) * 86_400))
    }

    @Test func bookCompleteChargeEarnPointsThenRemindOfWhatIsOverdue() throws {
        let mail = try RecordingMailCommand(in: directory)
        _ = try run(["add", "--given-name", "María", "--family-name", "Núñez", "--phone", "+1 (415) 555-0134", "--email", "maria@example.com"])
        _ = try run(["settings", "set", "mail-command", mail.command])
        _ = try run(["settings", "set", "shop-email", "salon@example.com"])
        _ = try run(["loyalty", "program", "--points-per-unit", "1"])
        _ = try run(["loyalty", "enroll", "1"])
        _ = try run(["payments", "record", "1", "--amount", "25.00", "--due", Self.day(-3)])

        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 100, height: 32)
        try terminal.waitFor("1 customer")
        try terminal.type("555 0134")
        _ = try terminal.waitFor("(415) 555-0134")
        try terminal.send("Enter")
        _ = try terminal.waitFor("1 Main")

        // Book yesterday's appointment, then mark it completed.
        try terminal.send("M-3")
        _ = try terminal.waitFor("No bookings")
        try terminal.send("C-a")
        _ = try terminal.waitFor("New booking · María Núñez")  // the form itself, not the tab's name, before typing
        try terminal.type("\(Self.day(-1)) 10:00")
        try terminal.send("Tab")
        try terminal.type("Colour")
        try terminal.send("C-s")
        _ = try terminal.waitFor("Booking saved")
        try terminal.send("F5")
        _ = try terminal.waitFor("Booking marked completed.")

        // Charge for it: recorded, not processed; the receipt is shown, then sent.
        try terminal.send("C-o")
        _ = try terminal.waitFor("Quick actions — María Núñez")
        try terminal.type("2")
        let form = try terminal.waitForAll("Charge for an appointment", "Recorded, not processed")
        #expect(form.contains("Recorded, not processed"), "\(form)")
        try terminal.type("40")
        try terminal.send("C-s")
        let receipt = try terminal.waitFor("Receipt — María Núñez")
        #expect(receipt.contains("Your payment of USD 40.00") && receipt.contains("To: maria@example.com"), "\(receipt)")
        #expect(mail.messages.isEmpty, "shown before it is sent")
        try terminal.send("C-s")
        _ = try terminal.waitFor("Sent to maria@example.com.")
        #expect(mail.messages.count == 1 && mail.messages[0].contains("Subject: Your payment of USD 40.00"))

        // The points it earned.
        try terminal.send("C-l")
        let loyalty = try terminal.waitFor("Points earned   +40")
        #expect(loyalty.contains("40 points"), "\(loyalty)")
        try terminal.send("Escape")
        _ = try terminal.waitUntil { !$0.contains("Points earned") }

        // The older amount, overdue: reminded.
        try terminal.send("C-o")
        _ = try terminal.waitFor("USD 25.00 overdue")
        try terminal.type("1")
        _ = try terminal.waitFor("Payment reminder — María Núñez")
        try terminal.send("C-s")
        _ = try terminal.waitFor("Sent to maria@example.com.")
        #expect(mail.messages.count == 2 && mail.messages[1].contains("Subject: Payment overdue: USD 25.00"), "\(mail.messages)")
        let conversations = try terminal.waitFor("Payment reminder · email · Sent")
        #expect(conversations.contains("Payment receipt · email · Sent"), "\(conversations)")

        try terminal.send("C-c")
        #expect(try terminal.waitFor("[exited").contains("[exited 0]"))
        let history = try run(["conversations", "1", "--json"]).standardOutput
        #expect(history.contains("\"payment_reminder\"") && history.contains("\"payment_receipt\""))
    }
}
