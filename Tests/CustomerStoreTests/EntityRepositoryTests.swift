import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: every part of a card round-trips through its part of the port, once per backend.
@Suite struct EntityRepositoryTests {
    let now = Date(timeIntervalSince1970: 1_760_000_000)

    /// A fresh store of `backend` holding one profile.
    func profile(_ backend: StoreBackend) throws -> (store: any ClienteleStoring, customerID: CustomerID) {
        let store = try backend.makeStore()
        return (store, try store.customers.create(Fixtures.maria()).id!)
    }

    @Test(arguments: StoreBackend.all)
    func customFieldsAndTheirValuesRoundTrip(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let stylist = try store.customFields.save(CustomFieldDefinition(label: "Stylist", kind: .choice, choices: ["Inès", "Sam"]))
        let visits = try store.customFields.save(CustomFieldDefinition(label: "Visits", kind: .number))
        let since = try store.customFields.save(CustomFieldDefinition(label: "Member since", kind: .date))
        let vip = try store.customFields.save(CustomFieldDefinition(label: "VIP", kind: .yesNo))
        let other = try store.customFields.save(CustomFieldDefinition(label: "Other phone", kind: .phone))
        #expect(try store.customFields.definitions().map(\.label) == ["Stylist", "Visits", "Member since", "VIP", "Other phone"])
        try store.customFields.setValues([
            stylist.id!: .choice("Inès"), visits.id!: .number(12), since.id!: .date(CalendarDate(year: 2024, month: 3, day: 7)!),
            vip.id!: .yesNo(true), other.id!: .phone("+14155550100"),
        ], customerID: customerID)
        let values = try store.customFields.values(for: customerID)
        #expect(values == [stylist.id!: .choice("Inès"), visits.id!: .number(12), since.id!: .date(CalendarDate(year: 2024, month: 3, day: 7)!),
                           vip.id!: .yesNo(true), other.id!: .phone("+14155550100")])
    }

    @Test(arguments: StoreBackend.all)
    func renamingACustomFieldKeepsItsValues(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        var field = try store.customFields.save(CustomFieldDefinition(label: "Stylst", kind: .text))
        try store.customFields.setValue(.text("Inès"), fieldID: field.id!, customerID: customerID)
        field.label = "Stylist"
        _ = try store.customFields.save(field)
        #expect(try store.customFields.values(for: customerID)[field.id!] == .text("Inès"))
        #expect(try store.customFields.definitions().map(\.label) == ["Stylist"])
    }

    @Test(arguments: StoreBackend.all)
    func twoCustomFieldsCannotShareALabel(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        _ = try store.customFields.save(CustomFieldDefinition(label: "Stylist", kind: .text))
        #expect(throws: StoreError.duplicateName(what: "custom field", name: "stylist")) {
            try store.customFields.save(CustomFieldDefinition(label: "stylist", kind: .number))
        }
    }

    @Test(arguments: StoreBackend.all)
    func groupsHoldMembersAndSurviveRenames(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let group = try store.groups.create(name: "VIP")
        try store.groups.add(customers: [customerID], to: group.id!)
        try store.groups.add(customers: [customerID], to: group.id!)  // twice is harmless
        try store.groups.rename(id: group.id!, to: "Very important")
        #expect(try store.groups.groups().map(\.name) == ["Very important"])
        #expect(try store.groups.groups().first?.memberCount == 1)
        #expect(try store.groups.groups(of: customerID).map(\.name) == ["Very important"])
        #expect(throws: StoreError.duplicateName(what: "group", name: "very IMPORTANT")) { try store.groups.create(name: "very IMPORTANT") }
        try store.groups.delete(id: group.id!)
        #expect(try store.customers.customer(id: customerID) != nil)
    }

    @Test(arguments: StoreBackend.all)
    func notesAndRemindersRoundTripAndComeDue(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let pinned = try store.notes.save(Note(customerID: customerID, body: "Allergic to latex gloves? Ask.", isPinned: true, createdAt: now), now: now)
        let reminder = try store.notes.save(Note(customerID: customerID, body: "Call about the wedding", createdAt: now,
                                                 reminder: Reminder(dueAt: now.addingTimeInterval(3600))), now: now)
        #expect(try store.notes.notes(for: customerID) == [pinned, reminder])
        #expect(try store.notes.dueReminderCount(at: now) == 0)
        #expect(try store.notes.dueReminders(at: now.addingTimeInterval(7200)).map(\.customerName) == ["María Núñez"])
        try store.notes.markReminderDone(noteID: reminder.id!, at: now.addingTimeInterval(7200))
        #expect(try store.notes.dueReminderCount(at: now.addingTimeInterval(7200)) == 0)
        try store.notes.snoozeReminder(noteID: reminder.id!, until: now.addingTimeInterval(86_400))
        #expect(try store.notes.dueReminderCount(at: now.addingTimeInterval(90_000)) == 1)
    }

    @Test(arguments: StoreBackend.all)
    func aNoteWithACardNumberIsRefusedAndNothingIsWritten(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        #expect(throws: StoreError.self) { try store.notes.save(Note(customerID: customerID, body: "card 4111 1111 1111 1111")) }
        #expect(try store.notes.notes(for: customerID).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func attachmentsRoundTripRenameExportAndDelete(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
        let attached = try store.attachments.attach(data: png, fileName: "before.png", to: customerID, now: now)
        #expect(attached.fileType == .png)
        #expect(try store.attachments.attachments(for: customerID) == [attached])
        try store.attachments.rename(id: attached.id!, to: "colour before.png")
        let exportDir = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: exportDir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: exportDir) }
        let exported = try store.attachments.export(try store.attachments.attachments(for: customerID)[0], to: exportDir.path)
        #expect(exported.hasSuffix("colour before.png"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: exported)) == png)
        try store.attachments.delete(id: attached.id!)
        #expect(try store.attachments.attachments(for: customerID).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func anAttachmentOfTheWrongTypeIsRefusedWithItsName(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        #expect(throws: StoreError.attachmentRefused(.unsupportedType(fileName: "notes.pdf", content: .plainText, bytes: 10))) {
            try store.attachments.attach(data: Data("plain text".utf8), fileName: "notes.pdf", to: customerID)
        }
        #expect(try store.attachments.attachments(for: customerID).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func theHundredAndFirstAttachmentIsRefused(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let gif = Data("GIF89a-".utf8)
        for index in 0..<100 { _ = try store.attachments.attach(data: gif + Data([UInt8(index)]), fileName: "\(index).gif", to: customerID) }
        #expect(throws: StoreError.attachmentRefused(.tooManyFiles(existing: 100))) {
            try store.attachments.attach(data: gif, fileName: "101.gif", to: customerID)
        }
    }

    @Test(arguments: StoreBackend.all)
    func cardsOnFileRoundTripAndUnlink(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let entry = try #require(CardNumberEntry("4242 4242 4242 4242"))
        let card = try store.cardsOnFile.add(CardOnFile(customerID: customerID, holderName: "María Núñez", brand: entry.brand, lastFour: entry.lastFour,
                                                        expiryMonth: 4, expiryYear: 2027, billingPostalCode: "94110", authorizationOnFile: true), now: now)
        #expect(try store.cardsOnFile.cards(for: customerID) == [card])
        try store.cardsOnFile.unlink(id: card.id!)
        #expect(try store.cardsOnFile.cards(for: customerID).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func loyaltyEnrolsByPhoneAndKeepsTheLedgerAndBalanceTogether(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let account = try store.loyalty.enroll(customerID: customerID, now: now)
        #expect(account.phoneE164 == "+14155550134")
        try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .earned, points: 120, reason: "Visit", createdAt: now))
        try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .redeemed, points: -100, reason: "Free blow-dry", createdAt: now.addingTimeInterval(60)))
        let adjusted = try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .adjusted, points: 5, reason: "Goodwill", createdAt: now.addingTimeInterval(120)))
        #expect(adjusted.balance == 25)
        #expect(try store.loyalty.entries(accountID: account.id!).map(\.kind) == [.adjusted, .redeemed, .earned, .enrolled])
        #expect(throws: StoreError.self) {
            try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .redeemed, points: -100, reason: "Free cut"))
        }
        #expect(throws: StoreError.self) {
            try store.loyalty.record(LoyaltyEntry(accountID: account.id!, kind: .adjusted, points: 5, reason: ""))
        }
        #expect(try store.loyalty.account(for: customerID)?.balance == 25)
    }

    @Test(arguments: StoreBackend.all)
    func changingThePhoneUpdatesTheLoyaltyPhone(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        _ = try store.loyalty.enroll(customerID: customerID)
        var customer = try #require(try store.customers.customer(id: customerID))
        customer.phoneNumber = "+1 510 555 0199"
        _ = try store.customers.update(customer)
        #expect(try store.loyalty.account(for: customerID)?.phoneE164 == "+15105550199")
    }

    @Test(arguments: StoreBackend.all)
    func theLoyaltyProgramRoundTrips(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let program = LoyaltyProgram(name: "Rewards", accrual: .perAmount(points: 1, amountMinor: 100),
                                     rewards: [LoyaltyReward(name: "Free cut", pointsCost: 600), LoyaltyReward(name: "Blow-dry", pointsCost: 150)])
        try store.loyalty.saveProgram(program)
        let loaded = try #require(try store.loyalty.program())
        #expect(loaded.name == "Rewards")
        #expect(loaded.accrual == .perAmount(points: 1, amountMinor: 100))
        #expect(loaded.rewards.map(\.name) == ["Blow-dry", "Free cut"])
    }

    @Test(arguments: StoreBackend.all)
    func bookingsRoundTripAndCancel(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let booking = try store.bookings.save(Booking(customerID: customerID, startsAt: now, durationMinutes: 45, service: "Colour", staff: "Inès"), now: now)
        #expect(try store.bookings.bookings(for: customerID) == [booking])
        try store.bookings.cancel(id: booking.id!)
        #expect(try store.bookings.bookings(for: customerID).first?.status == .cancelled)
    }

    @Test(arguments: StoreBackend.all)
    func paymentsRoundTripInMinorUnits(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let booking = try store.bookings.save(Booking(customerID: customerID, startsAt: now, durationMinutes: 45, service: "Colour", status: .completed))
        let paid = try store.payments.save(Payment(customerID: customerID, amount: Money(minorUnits: 4599, currency: "EUR"), status: .paid, date: now,
                                                   method: "Card", reference: "INV-1", bookingID: booking.id), now: now)
        let due = try store.payments.save(Payment(customerID: customerID, amount: Money(minorUnits: 1000, currency: "EUR"), status: .due, date: now,
                                                  dueDate: now.addingTimeInterval(86_400)), now: now)
        #expect(Set(try store.payments.payments(for: customerID)) == [paid, due])
        #expect(try store.payments.amountOutstanding(for: customerID) == [Money(minorUnits: 1000, currency: "EUR")])
    }

    @Test(arguments: StoreBackend.all)
    func conversationsRoundTripNewestFirst(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        let first = try store.conversations.log(ConversationMessage(customerID: customerID, kind: .paymentReminder, delivery: .queued,
                                                                    subject: "Reminder", body: "Your invoice is due", createdAt: now))
        let second = try store.conversations.log(ConversationMessage(customerID: customerID, kind: .received, delivery: .received,
                                                                     body: "Paid, thanks!", createdAt: now.addingTimeInterval(60)))
        try store.conversations.setDelivery(.sent, messageID: first.id!)
        var sent = first
        sent.delivery = .sent
        #expect(try store.conversations.messages(for: customerID) == [second, sent])
    }

    @Test(arguments: StoreBackend.all)
    func theWholeCardLoadsInOneRead(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        _ = try store.notes.save(Note(customerID: customerID, body: "Hello"))
        _ = try store.bookings.save(Booking(customerID: customerID, startsAt: Date().addingTimeInterval(86_400), durationMinutes: 30, service: "Cut"))
        _ = try store.payments.save(Payment(customerID: customerID, amount: Money(minorUnits: 500, currency: "USD"), status: .due,
                                            dueDate: Date().addingTimeInterval(-86_400)))
        let card = try #require(try store.customerCards.card(for: customerID))
        #expect(card.customer.givenName == "María")
        #expect(card.notes.count == 1)
        #expect(card.nextBooking(after: Date())?.service == "Cut")
        #expect(card.amountOverdue(at: Date()) == [Money(minorUnits: 500, currency: "USD")])
        #expect(try store.customerCards.card(for: 999_999) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func settingsRoundTrip(_ backend: StoreBackend) throws {
        let (store, customerID) = try profile(backend)
        try store.settings.set(.region, to: "FR")
        #expect(try store.settings.value(.region) == "FR")
        try store.settings.set(.region, to: nil)
        #expect(try store.settings.value(.region) == nil)
    }
}
