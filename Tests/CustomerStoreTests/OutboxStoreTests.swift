import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: a quick action's message is logged before it is sent, waits in the outbox until the
/// mail command took it, is never sent by two counters at once, and a dropped one stays in the
/// history. The dispatcher is driven with a transport that answers as told (the real mail command
/// is proven by the command-line tests, which run a recording script).
@Suite struct OutboxStoreTests {
    let now = Date(timeIntervalSince1970: 1_796_288_400)  // 2026-12-03 09:00 UTC

    /// Answers every attempt with `answer`, and counts them.
    final class ScriptedTransport: MailTransport, @unchecked Sendable {
        var answer: MailAttempt
        var sent: [MailMessage] = []
        init(_ answer: MailAttempt) { self.answer = answer }
        func send(_ message: MailMessage, through command: String) -> MailAttempt {
            sent.append(message)
            return answer
        }
    }

    func shop(_ backend: StoreBackend, mailCommand: String? = "msmtp -t") throws -> (any ClienteleStoring, CustomerID) {
        let store = try backend.makeStore()
        let id = try store.customers.create(Fixtures.maria()).id!
        try store.settings.set(.mailCommand, to: mailCommand)
        try store.settings.set(.shopEmail, to: "salon@example.com")
        return (store, id)
    }

    func message(_ id: CustomerID, email: String = "maria@example.com") -> QuickMessage {
        QuickMessage(kind: .overdueReminder, customerID: id, recipient: email, subject: "Payment overdue", body: "Hello")
    }

    @Test(arguments: StoreBackend.all)
    func aMessageTheMailCommandTookIsSentAndLeavesTheOutbox(_ backend: StoreBackend) throws {
        let (store, id) = try shop(backend)
        let transport = ScriptedTransport(.sent)
        let outcome = try MessageDispatcher(store: store, transport: transport).send(message(id), now: now)
        #expect(outcome.wasSent)
        #expect(transport.sent.count == 1 && transport.sent[0].from == "salon@example.com" && transport.sent[0].messageID.hasPrefix("<"))
        #expect(try store.conversations.outbox().isEmpty)
        let logged = try store.conversations.messages(for: id)
        #expect(logged.map(\.delivery) == [.sent] && logged[0].mailID == transport.sent[0].messageID)
    }

    @Test(arguments: StoreBackend.all)
    func aFailedMessageWaitsWithTheProgramsWordsAndARetryKeepsItsMessageID(_ backend: StoreBackend) throws {
        let (store, id) = try shop(backend)
        let transport = ScriptedTransport(.failed("msmtp exited with status 75: cannot connect"))
        let dispatcher = MessageDispatcher(store: store, transport: transport)
        let outcome = try dispatcher.send(message(id), now: now)
        #expect(!outcome.wasSent)
        let waiting = try store.conversations.outbox()
        #expect(waiting.count == 1 && waiting[0].message.delivery == .failed && waiting[0].message.failure.contains("cannot connect"))
        #expect(waiting[0].customerName == "María Núñez")
        #expect(try store.conversations.outboxCount() == 1)

        transport.answer = .sent
        let retried = try dispatcher.retryAll(now: now.addingTimeInterval(60))
        #expect(retried.count == 1 && retried[0].wasSent)
        #expect(transport.sent.count == 2 && transport.sent[0].messageID == transport.sent[1].messageID, "a retry is the same message to the reader")
        #expect(try store.conversations.outbox().isEmpty)
        #expect(try store.conversations.messages(for: id).map(\.delivery) == [.sent], "one message, sent once the command took it")
    }

    @Test(arguments: StoreBackend.all)
    func withoutAMailCommandOrAnAddressNothingIsTriedAndItWaits(_ backend: StoreBackend) throws {
        let (store, id) = try shop(backend, mailCommand: nil)
        let transport = ScriptedTransport(.sent)
        let dispatcher = MessageDispatcher(store: store, transport: transport)
        #expect(try dispatcher.send(message(id), now: now) == .waiting(try store.conversations.outbox()[0].message, .noMailCommand))
        try store.settings.set(.mailCommand, to: "msmtp -t")
        var noEmail = Fixtures.jose()
        noEmail.emailAddress = ""
        let other = try store.customers.create(noEmail).id!
        guard case .waiting(_, .noRecipient) = try dispatcher.send(message(other, email: ""), now: now) else { Issue.record("sent without an address"); return }
        #expect(transport.sent.isEmpty, "nothing is handed over without a command and an address")
        #expect(try store.conversations.outbox().count == 2)
        // The first now goes: the command is set and María has an address.
        let outcomes = try dispatcher.retryAll(now: now)
        #expect(outcomes.filter(\.wasSent).count == 1 && transport.sent.count == 1)
    }

    @Test(arguments: StoreBackend.all)
    func twoCountersNeverSendTheSameMessageAtOnce(_ backend: StoreBackend) throws {
        let (store, id) = try shop(backend)
        let logged = try store.conversations.log(message(id).logged(at: now, mailID: "<x@y>"))
        #expect(try store.conversations.claim(messageID: logged.id!, at: now, lease: 300) != nil)
        #expect(try store.conversations.claim(messageID: logged.id!, at: now.addingTimeInterval(10), lease: 300) == nil, "the other counter's attempt holds it")
        #expect(try store.conversations.claim(messageID: logged.id!, at: now.addingTimeInterval(301), lease: 300) != nil, "an attempt that never ended frees it after the lease")
    }

    @Test(arguments: StoreBackend.all)
    func aDroppedMessageLeavesTheOutbox_ButNotTheHistory(_ backend: StoreBackend) throws {
        let (store, id) = try shop(backend, mailCommand: nil)
        _ = try MessageDispatcher(store: store, transport: ScriptedTransport(.sent)).send(message(id), now: now)
        let waiting = try #require(try store.conversations.outbox().first)
        let dropped = try store.conversations.drop(messageID: waiting.message.id!)
        #expect(dropped.delivery == .dropped)
        #expect(try store.conversations.outbox().isEmpty)
        #expect(try store.conversations.messages(for: id).map(\.delivery) == [.dropped])
        #expect(throws: StoreError.self) { try store.conversations.drop(messageID: waiting.message.id!) }
    }

    @Test(arguments: StoreBackend.all)
    func chargingAPastAppointmentMarksItsAmountDuePaidWithTheCardAndEarnsPoints(_ backend: StoreBackend) throws {
        let (store, id) = try shop(backend)
        try store.loyalty.saveProgram(LoyaltyProgram(name: "Rewards", accrual: .perAmount(points: 1, amountMinor: 100), rewards: []))
        _ = try store.loyalty.enroll(customerID: id, now: now)
        let booking = try store.bookings.save(Booking(customerID: id, startsAt: now.addingTimeInterval(-3_600), durationMinutes: 45, service: "Colour",
                                                      status: .completed), now: now)
        _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 4_500, currency: "USD"), status: .due, date: now,
                                            dueDate: now.addingTimeInterval(86_400), bookingID: booking.id), now: now)
        let card = try store.cardsOnFile.add(CardOnFile(customerID: id, holderName: "María Núñez", brand: .visa, lastFour: "4242", expiryMonth: 12,
                                                        expiryYear: 2030, authorizationOnFile: true), now: now)
        let before = try store.loyalty.account(for: id)?.balance ?? 0
        let plan = try ChargePlan.make(card: try #require(try store.customerCards.card(for: id)), bookingID: booking.id!, amount: nil, cardID: card.id,
                                       method: nil, now: now)
        let paid = try plan.apply(to: store, now: now)
        #expect(paid.status == .paid && paid.cardID == card.id && paid.method == "card" && paid.bookingID == booking.id)
        #expect(try store.loyalty.account(for: id)?.balance == before + 45)
        #expect(throws: QuickActionRefusal.alreadyCharged(paid.amount)) {
            try ChargePlan.make(card: try store.customerCards.card(for: id)!, bookingID: booking.id!, amount: nil, cardID: nil, method: nil, now: now)
        }
    }
}
