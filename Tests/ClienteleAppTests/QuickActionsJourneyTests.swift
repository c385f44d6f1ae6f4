import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Mailing
import Testing
import TerminalCore
@testable import ClienteleApp

/// The card's quick actions (seed 004's "+") and the outbox, on the real runtime with a real mail
/// command: the message is shown before it is sent, sent only when the command took it, logged in
/// Conversations with its state; without a command, or when it fails, it waits in the outbox.
@Suite(.serialized) struct QuickActionsJourneyTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-quick-\(FolderName.random())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// María, owing 35.00 since three days before the driver's "now", with a completed colour on which 45.00 is due.
    func shop(mailCommand: String?, _ extra: (ClienteleStore, CustomerID) throws -> Void = { _, _ in }) throws -> (AppDriver, CustomerID) {
        var id: CustomerID = 0
        let app = try AppDriver(size: Size(width: 100, height: 32)) { store in
            id = try store.customers.create(Fixtures.maria()).id!
            let due = AppDriver.now.addingTimeInterval(-3 * 86_400)
            _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 3_500, currency: "USD"), status: .due, date: due, dueDate: due), now: due)
            let booking = try store.bookings.save(Booking(customerID: id, startsAt: AppDriver.now.addingTimeInterval(-7_200), durationMinutes: 60,
                                                          service: "Colour", status: .completed), now: AppDriver.now)
            _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 4_500, currency: "USD"), status: .due, date: AppDriver.now,
                                                dueDate: AppDriver.now.addingTimeInterval(7 * 86_400), bookingID: booking.id), now: AppDriver.now)
            try store.settings.set(.mailCommand, to: mailCommand)
            try store.settings.set(.shopEmail, to: "salon@example.com")
            try store.settings.set(.shopName, to: "Salon Rosa")
            try extra(store, id)
        }
        return (app, id)
    }

    @Test func anOverdueReminderIsShownThenSentThroughTheMailCommand() throws {
        let mail = try RecordingMailCommand(in: folder)
        let (app, id) = try shop(mailCommand: mail.command)
        app.press(.enter, .control("o"))
        #expect(app.screen.contains("Quick actions — María Núñez") && app.screen.contains("USD 35.00 overdue"), "\(app.screen)")
        app.press(.enter)
        #expect(app.screen.contains("Payment reminder — María Núñez"), "\(app.screen)")
        #expect(app.screen.contains("To: Maria.Nunez@Example.com") && app.screen.contains("Sent through the mail command:"), "\(app.screen)")
        #expect(app.screen.contains("Payment overdue: USD 35.00") && app.screen.contains("Hello María,"))
        #expect(mail.messages.isEmpty, "shown before sending, not sent")
        app.type("PS: thank you! ")  // the text is the user's to change
        app.press(.control("s"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Sent to Maria.Nunez@Example.com."), "\(app.screen)")
        #expect(mail.messages.count == 1 && mail.messages[0].contains("PS: thank you!"), "\(mail.messages)")
        #expect(app.state.card?.tab == .conversations)
        #expect(app.screen.contains("Payment reminder · email · Sent"), "\(app.screen)")
        #expect(try app.store.conversations.messages(for: id).map(\.delivery) == [.sent])
    }

    @Test func aChargeIsRecordedNotProcessed_ThenItsReceiptIsSentAndPointsEarned() throws {
        let mail = try RecordingMailCommand(in: folder)
        let (app, id) = try shop(mailCommand: mail.command) { store, id in
            try store.loyalty.saveProgram(LoyaltyProgram(name: "Club", accrual: .perAmount(points: 1, amountMinor: 100)))
            _ = try store.loyalty.enroll(customerID: id, now: AppDriver.now)
        }
        app.press(.enter, .control("o"), .character("2"))
        #expect(app.screen.contains("Charge for an appointment — María Núñez"), "\(app.screen)")
        #expect(app.screen.contains("Colour") && app.screen.contains("USD 45.00 due on it, marked paid"), "\(app.screen)")
        #expect(app.screen.contains("Recorded, not processed: Clientele has no payment processor"))
        app.press(.control("s"))
        #expect(app.screen.contains("Receipt — María Núñez") && app.screen.contains("USD 45.00 recorded against the booking"), "\(app.screen)")
        #expect(app.screen.contains("Your payment of USD 45.00"))
        app.press(.control("s"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Sent to"), "\(app.screen)")
        #expect(mail.messages.count == 1 && mail.messages[0].contains("for Colour on"), "\(mail.messages)")
        let payments = try app.store.payments.payments(for: id)
        #expect(payments.contains { $0.bookingID != nil && $0.status == .paid && $0.amount.minorUnits == 4_500 })
        #expect(try app.store.loyalty.account(for: id)?.balance == 45)
        #expect(try app.store.conversations.messages(for: id).map(\.kind) == [.paymentReceipt])
    }

    @Test func aFailingMailCommandLeavesTheMessageInTheOutboxWhichSaysWhyAndCanDropIt() throws {
        let failing = try RecordingMailCommand(in: folder, exitStatus: 75)
        let (app, id) = try shop(mailCommand: failing.command)
        app.press(.enter, .control("o"), .character("3"))
        #expect(app.screen.contains("Invitation to book — María Núñez"), "\(app.screen)")
        app.press(.control("s"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Not sent — the mail command failed: sendmail exited with status 75"), "\(app.screen)")
        #expect(!app.screen.contains("Sent to"))
        app.press(.control("y"))
        #expect(app.screen.contains("Outbox — 1 waiting") && app.screen.contains("Booking invitation · Failed"), "\(app.screen)")
        #expect(app.screen.contains("sendmail exited with status 75: sendmail: cannot connect to mail.example.com"), "\(app.screen)")
        app.press(.character("s"))
        app.waitForBackgroundWork()
        #expect(failing.messages.count == 2)
        app.press(.character("d"))
        #expect(app.screen.contains("Drop this message?"), "\(app.screen)")
        app.press(.character("y"))
        #expect(app.screen.contains("Nothing waits to be sent."), "\(app.screen)")
        app.press(.character("d"))
        #expect(app.screen.contains("Select a message first."), "\(app.screen)")
        #expect(try app.store.conversations.messages(for: id).map(\.delivery) == [.dropped])
    }

    @Test func withoutAMailCommandTheComposeScreenSaysItWillWait() throws {
        let (app, id) = try shop(mailCommand: nil)
        app.press(.enter, .control("o"), .enter)
        #expect(app.screen.contains("It will wait in the outbox: no mail command is set"), "\(app.screen)")
        app.press(.control("s"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains("it waits in the outbox"), "\(app.screen)")
        #expect(try app.store.conversations.outbox().map(\.message.customerID) == [id])
    }

    @Test func aQuickActionThatDoesNotApplySaysSoAndSendsNothing() throws {
        var id: CustomerID = 0
        let app = try AppDriver(size: Size(width: 100, height: 32)) { store in
            id = try store.customers.create(Fixtures.maria()).id!
        }
        app.press(.enter, .control("o"))
        #expect(app.screen.contains("nothing overdue") && app.screen.contains("no completed booking"), "\(app.screen)")
        app.press(.character("1"))
        #expect(app.screen.contains("Nothing is overdue for this customer."), "\(app.screen)")
        app.press(.character("2"))
        #expect(app.screen.contains("No completed booking to charge for"), "\(app.screen)")
        #expect(try app.store.conversations.messages(for: id).isEmpty)
    }

    @Test func aPaymentRecordedOnTheTabNamesTheSavedCardAndAReference() throws {
        let (app, id) = try shop(mailCommand: nil) { store, id in
            _ = try store.cardsOnFile.add(CardOnFile(customerID: id, holderName: "María Núñez", brand: .visa, lastFour: "4242", expiryMonth: 12,
                                                     expiryYear: 2030, authorizationOnFile: true), now: AppDriver.now)
        }
        app.press(.enter, .alt("4"), .control("a"))
        app.type("30")
        app.press(.tab, .tab, .tab, .tab)  // date, method, booking, card
        app.press(.control("n"))
        #expect(app.screen.contains("Visa •••• 4242"), "\(app.screen)")
        app.press(.tab)
        app.type("INV-7")
        app.press(.control("s"))
        let payment = try #require(try app.store.payments.payments(for: id).first { $0.amount.minorUnits == 3_000 })
        #expect(payment.cardID != nil && payment.method == "card" && payment.reference == "INV-7", "\(payment)")
    }
}
