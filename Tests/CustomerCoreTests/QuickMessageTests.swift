import Foundation
import Testing
@testable import CustomerCore

/// The quick actions' rules: templates and their placeholders, the mail as a mail command reads it,
/// and what a charge for a past appointment records.
@Suite struct QuickMessageTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func card(email: String = "elodie@example.com", bookings: [Booking] = [], payments: [Payment] = [], cards: [CardOnFile] = []) -> CustomerCard {
        var customer = Customer(givenName: "Élodie", familyName: "Núñez", emailAddress: email)
        customer.id = 7
        return CustomerCard(customer: customer, cards: cards, bookings: bookings, payments: payments)
    }

    @Test func placeholdersAreFilledOnceAndAValueCannotPullInAnother() {
        let template = MessageTemplate(subject: "Hi {name}", body: "{name} owes {amount} since {date} to {shop}. {unknown} stays.")
        let filled = template.filled(with: .init(name: "{amount}", amount: "EUR 35.00", date: "2 December 2026", shop: "Salon"))
        #expect(filled.subject == "Hi {amount}")
        #expect(filled.body == "{amount} owes EUR 35.00 since 2 December 2026 to Salon. {unknown} stays.")
    }

    @Test func aTemplateWithATypoOrNoTextIsRefused() {
        #expect(MessageTemplate(storedText: "Subject {nmae}\n\nBody").problem?.contains("{nmae}") == true)
        #expect(MessageTemplate(storedText: "Only a subject").problem != nil)
        #expect(MessageTemplate(storedText: "\n\nOnly a body").problem != nil)
        let good = MessageTemplate(storedText: "Payment overdue: {amount}\n\nHello {name},\nplease pay.")
        #expect(good.problem == nil)
        #expect(good.subject == "Payment overdue: {amount}" && good.body == "Hello {name},\nplease pay.")
        #expect(MessageTemplate(storedText: good.storedText) == good)
    }

    @Test func theOverdueReminderNamesWhatIsOverdueAndWhenItWasDue() throws {
        let due = Self.now.addingTimeInterval(-3 * 86_400)
        let card = Self.card(payments: [
            Payment(id: 1, customerID: 7, amount: Money(minorUnits: 3_500, currency: "EUR"), status: .due, date: due, dueDate: due),
            Payment(id: 2, customerID: 7, amount: Money(minorUnits: 1_000, currency: "EUR"), status: .due, date: due, dueDate: Self.now.addingTimeInterval(86_400)),
        ])
        let message = try QuickMessageComposer(shopName: "Salon Étoile", language: "fr").overdueReminder(card, now: Self.now)
        #expect(message.kind == .overdueReminder && message.recipient == "elodie@example.com")
        #expect(message.subject == "Paiement en attente : 35,00 EUR")
        #expect(message.body.contains("Bonjour Élodie,") && message.body.contains("15 novembre 2026") && message.body.hasSuffix("Salon Étoile"))
        #expect(throws: QuickActionRefusal.nothingOverdue) { try QuickMessageComposer(shopName: "", language: "en").overdueReminder(Self.card(), now: Self.now) }
    }

    @Test func anInvitationIsNotSentToSomeoneWhoUnsubscribed() {
        var card = Self.card()
        card.customer.emailSubscription = .unsubscribed
        #expect(throws: QuickActionRefusal.unsubscribed) { try QuickMessageComposer(shopName: "", language: "en").invitation(card, now: Self.now) }
    }

    @Test func aChargeMarksTheAmountDueOnTheBookingPaidElseRecordsTheAmountGiven() throws {
        let past = Self.now.addingTimeInterval(-86_400)
        let completed = Booking(id: 3, customerID: 7, startsAt: past, durationMinutes: 45, service: "Colour", status: .completed)
        let scheduled = Booking(id: 4, customerID: 7, startsAt: past, durationMinutes: 45, service: "Cut")
        let due = Payment(id: 9, customerID: 7, amount: Money(minorUnits: 4_500, currency: "USD"), status: .due, date: past, dueDate: Self.now, bookingID: 3)
        let visa = CardOnFile(id: 5, customerID: 7, holderName: "E N", brand: .visa, lastFour: "4242", expiryMonth: 12, expiryYear: 2030, authorizationOnFile: true)
        let card = Self.card(bookings: [completed, scheduled], payments: [due], cards: [visa])

        #expect(try ChargePlan.make(card: card, bookingID: 3, amount: nil, cardID: 5, method: nil, now: Self.now)
                == .markPaid(paymentID: 9, amount: due.amount, method: .card, cardID: 5))
        #expect(throws: QuickActionRefusal.bookingNotCompleted(.scheduled)) {
            try ChargePlan.make(card: card, bookingID: 4, amount: Money(minorUnits: 100, currency: "USD"), cardID: nil, method: nil, now: Self.now)
        }
        #expect(throws: QuickActionRefusal.bookingNotFound(99)) { try ChargePlan.make(card: card, bookingID: 99, amount: nil, cardID: nil, method: nil, now: Self.now) }
        #expect(throws: QuickActionRefusal.cardNotFound(6)) { try ChargePlan.make(card: card, bookingID: 3, amount: nil, cardID: 6, method: nil, now: Self.now) }

        // Paid in full and nothing due: a second charge is refused unless an amount is given on purpose.
        var paid = due
        paid.status = .paid
        let settled = Self.card(bookings: [completed], payments: [paid])
        #expect(throws: QuickActionRefusal.alreadyCharged(paid.amount)) { try ChargePlan.make(card: settled, bookingID: 3, amount: nil, cardID: nil, method: nil, now: Self.now) }
        guard case .record(let payment) = try ChargePlan.make(card: Self.card(bookings: [completed]), bookingID: 3, amount: Money(minorUnits: 2_000, currency: "USD"),
                                                             cardID: nil, method: nil, now: Self.now) else { Issue.record("not a new payment"); return }
        #expect(payment.status == .paid && payment.bookingID == 3 && payment.method == "cash" && payment.amount.minorUnits == 2_000)
        #expect(throws: QuickActionRefusal.noAmount) { try ChargePlan.make(card: Self.card(bookings: [completed]), bookingID: 3, amount: nil, cardID: nil, method: nil, now: Self.now) }
    }

    @Test func anExpiredCardIsNotChargedAgainst() {
        let past = Self.now.addingTimeInterval(-86_400)
        let completed = Booking(id: 3, customerID: 7, startsAt: past, durationMinutes: 45, service: "Colour", status: .completed)
        let old = CardOnFile(id: 5, customerID: 7, holderName: "E N", brand: .visa, lastFour: "4242", expiryMonth: 1, expiryYear: 2020, authorizationOnFile: true)
        #expect(throws: QuickActionRefusal.cardExpired(old)) {
            try ChargePlan.make(card: Self.card(bookings: [completed], cards: [old]), bookingID: 3, amount: Money(minorUnits: 100, currency: "USD"), cardID: 5, method: nil, now: Self.now)
        }
    }

    @Test func theMailHasItsHeadersAndNothingTypedAddsOne() {
        let mail = MailMessage(from: "salon@example.fr", fromName: "Salon Étoile", to: "elodie@example.com",
                               subject: "Reçu\r\nBcc: everyone@example.com", body: "Line one\n.\nLine three\u{1B}[31m", messageID: "<m1@example.fr>", date: Self.now)
        let text = mail.rendered
        let headers = text.components(separatedBy: "\n\n")[0].split(separator: "\n").map(String.init)
        #expect(headers.contains("To: elodie@example.com"))
        #expect(headers.contains("Message-ID: <m1@example.fr>"))
        #expect(headers.contains { $0.hasPrefix("From: =?UTF-8?B?") && $0.hasSuffix("<salon@example.fr>") })
        #expect(headers.contains { $0.hasPrefix("Date: ") && $0.hasSuffix("+0000") || $0.hasPrefix("Date: ") })
        #expect(!headers.contains { $0.hasPrefix("Bcc:") }, "a line end in the subject must not start a header")
        // The subject is encoded (it is not ASCII) and decodes back to one line.
        let subject = headers.first { $0.hasPrefix("Subject: ") }!.dropFirst("Subject: =?UTF-8?B?".count).dropLast(2)
        #expect(String(decoding: Data(base64Encoded: String(subject))!, as: UTF8.self) == "Reçu  Bcc: everyone@example.com")
        let body = text.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        #expect(body == "Line one\n. \nLine three[31m\n")
    }

    @Test func aLongLineIsBrokenUnderSMTPsLimitAndNothingIsLost() {
        let words = Array(repeating: "mot", count: 600).joined(separator: " ")
        let lines = MailMessage.bodyLines(words)
        #expect(lines.count > 1 && lines.allSatisfy { $0.utf8.count <= 900 })
        #expect(lines.joined(separator: " ") == words)
        let unbroken = String(repeating: "é", count: 1_000)
        #expect(MailMessage.bodyLines(unbroken).joined() == unbroken)
    }

    @Test func anAddressThatCouldAddARecipientOrAHeaderIsNotOne() {
        #expect(MailMessage.address("a@b.example") == "a@b.example")
        for bad in ["a@b.example, c@d.example", "a@b\nBcc: c@d", "<a@b.example>", "no-at-sign", "a b@c.example", ""] {
            #expect(MailMessage.address(bad) == nil, "\(bad)")
        }
    }
}
