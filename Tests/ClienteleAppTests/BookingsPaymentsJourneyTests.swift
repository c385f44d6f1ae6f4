import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Bookings and payments from the keyboard, through the real runtime and a real SQLite file. The
/// driver's clock is 2026-11-18 11:06:40 UTC and its time zone UTC.
@Suite struct BookingsPaymentsJourneyTests {
    static let now = Date(timeIntervalSince1970: 1_794_985_600)  // 2026-11-18 11:06:40 UTC
    static func at(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    /// María's card (José García is listed first, by family name), on the given tab.
    func cardOfMaria(tab: Character, size: Size = Size(width: 110, height: 30), language: InterfaceLanguage = .en,
                     prepare: @escaping (ClienteleStore, CustomerID, CustomerID) throws -> Void = { _, _, _ in }) throws -> (AppDriver, CustomerID, CustomerID) {
        var maria: CustomerID = 0, jose: CustomerID = 0
        let app = try AppDriver(size: size, language: language) { store in
            maria = try store.customers.create(Fixtures.maria()).id!
            jose = try store.customers.create(Fixtures.jose()).id!
            try prepare(store, maria, jose)
        }
        app.press(.down, .enter)
        #expect(app.state.card?.customerID == maria)
        app.press(.alt(tab))
        return (app, maria, jose)
    }

    // MARK: Bookings

    @Test func aBookingIsAddedEditedCompletedAndMarkedANoShowFromTheBookingsTab() throws {
        let (app, maria, _) = try cardOfMaria(tab: "3")
        app.press(.control("a"))
        #expect(app.screen.contains("New booking · María Núñez"), "\(app.screen)")
        app.type("2026-11-20 10:00")
        #expect(app.screen.contains("→ 2026-11-20 10:00"), "\(app.screen)")
        app.press(.tab)
        app.type("Colour")
        app.press(.tab)
        app.type("Lea")
        app.press(.control("s"))
        #expect(app.state.modals.isEmpty, "\(app.screen)")
        #expect(app.screen.contains("Booking saved for 2026-11-20 10:00."), "\(app.screen)")
        var bookings = try app.store.bookings.bookings(for: maria)
        #expect(bookings.map(\.service) == ["Colour"] && bookings.first?.staff == "Lea" && bookings.first?.durationMinutes == 60)
        #expect(bookings.first?.startsAt == Self.at("2026-11-20 10:00"))
        #expect(app.screen.contains("2026-11-20 10:00  Scheduled"), "\(app.screen)")

        // enter edits the selected booking: 45 minutes and a note.
        app.press(.enter)
        #expect(app.screen.contains("Booking · María Núñez"), "\(app.screen)")
        app.press(.tab, .tab, .tab)
        app.press(.backspace, .backspace)
        app.type("45")
        app.press(.tab, .tab)
        app.type("Bring the swatch")
        app.press(.control("s"))
        bookings = try app.store.bookings.bookings(for: maria)
        #expect(bookings.count == 1 && bookings.first?.durationMinutes == 45 && bookings.first?.notes == "Bring the swatch", "\(app.screen)")
        #expect(app.screen.contains("Bring the swatch"))

        app.press(.function(5))
        #expect(app.screen.contains("Booking marked completed."), "\(app.screen)")
        #expect(try app.store.bookings.bookings(for: maria).first?.status == .completed)
        app.press(.function(6))
        #expect(try app.store.bookings.bookings(for: maria).first?.status == .noShow)
        // del cancels after asking; the booking stays listed, as cancelled.
        app.press(.delete)
        #expect(app.screen.contains("Cancel this booking?"), "\(app.screen)")
        app.press(.character("y"))
        #expect(try app.store.bookings.bookings(for: maria).first?.status == .cancelled)
        #expect(app.screen.contains("Cancelled"), "\(app.screen)")
    }

    @Test func anOverlapWithTheSameStaffMemberIsFlaggedInTheFormAndOnTheTabButKept() throws {
        let (app, maria, _) = try cardOfMaria(tab: "3") { store, _, jose in
            _ = try store.bookings.save(Booking(customerID: jose, startsAt: Self.at("2026-11-20 10:00"), durationMinutes: 60, service: "Cut", staff: "Lea"))
        }
        app.press(.control("a"))
        app.type("2026-11-20 10:30")
        app.press(.tab)
        app.type("Colour")
        app.press(.tab)
        app.type("Lea")
        #expect(app.screen.contains("Overlaps Lea's booking at 2026-11-20 10:00"), "\(app.screen)")
        #expect(app.screen.contains("José García"), "\(app.screen)")
        // Another staff member: no overlap.
        app.press(.backspace, .backspace, .backspace)
        app.type("Tom")
        #expect(!app.screen.contains("Overlaps"), "\(app.screen)")
        app.press(.backspace, .backspace, .backspace)
        app.type("lea")
        app.press(.control("s"))
        #expect(app.screen.contains("it overlaps 1 booking of the same staff member"), "\(app.screen)")
        #expect(try app.store.bookings.bookings(for: maria).count == 1, "kept, not refused")
        #expect(app.screen.contains("⚠ overlaps"), "\(app.screen)")
    }

    @Test func aTimeNotUnderstoodIsSaidAndNothingIsSaved() throws {
        let (app, maria, _) = try cardOfMaria(tab: "3")
        app.press(.control("a"))
        app.type("someday")
        app.press(.tab)
        app.type("Cut")
        app.press(.control("s"))
        #expect(app.screen.contains("“someday” is not a time"), "\(app.screen)")
        #expect(try app.store.bookings.bookings(for: maria).isEmpty)
        app.press(.escape)
        #expect(app.screen.contains("Drop what was typed?"), "\(app.screen)")
    }

    @Test func theDaysBookingsListTodayAndTomorrowAcrossCustomersByTimeAndOpenACard() throws {
        var maria: CustomerID = 0
        let app = try AppDriver(size: Size(width: 110, height: 30)) { store in
            maria = try store.customers.create(Fixtures.maria()).id!
            let jose = try store.customers.create(Fixtures.jose()).id!
            _ = try store.bookings.save(Booking(customerID: maria, startsAt: Self.at("2026-11-19 09:00"), durationMinutes: 30, service: "Trim", staff: "Lea"))
            _ = try store.bookings.save(Booking(customerID: jose, startsAt: Self.at("2026-11-18 15:00"), durationMinutes: 60, service: "Beard", staff: "Tom"))
            _ = try store.bookings.save(Booking(customerID: jose, startsAt: Self.at("2026-11-21 15:00"), durationMinutes: 60, service: "Later", staff: "Tom"))
            _ = try store.bookings.save(Booking(customerID: jose, startsAt: Self.at("2026-11-17 15:00"), durationMinutes: 60, service: "Before", staff: "Tom"))
        }
        app.press(.control("b"))
        #expect(app.screen.contains("Bookings · 1 today · 1 tomorrow"), "\(app.screen)")
        let beard = try #require(app.lines.firstIndex { $0.contains("Beard") })
        let trim = try #require(app.lines.firstIndex { $0.contains("Trim") })
        #expect(beard < trim)
        #expect(app.lines[beard].contains("Today") && app.lines[beard].contains("15:00") && app.lines[beard].contains("José García"))
        #expect(app.lines[trim].contains("Tomorrow") && app.lines[trim].contains("09:00") && app.lines[trim].contains("María Núñez"))
        #expect(!app.screen.contains("Later") && !app.screen.contains("Before"))
        app.press(.down, .enter)
        #expect(app.state.modals.isEmpty)
        #expect(app.state.card?.customerID == maria && app.state.card?.tab == .bookings)
        #expect(app.screen.contains("Trim"), "\(app.screen)")
    }

    // MARK: Payments

    @Test func aPaymentAndAnAmountDueAreRecordedInTheShopsCurrencyThenPaidAndRefunded() throws {
        let (app, maria, _) = try cardOfMaria(tab: "4") { store, _, _ in try store.settings.set(.currency, to: "EUR") }
        app.press(.control("a"))
        #expect(app.screen.contains("New payment · María Núñez"), "\(app.screen)")
        #expect(app.screen.contains("EUR"), "\(app.screen)")
        app.type("35,5")
        app.press(.control("s"))
        #expect(app.screen.contains("Payment of EUR 35.50 recorded."), "\(app.screen)")
        var payments = try app.store.payments.payments(for: maria)
        #expect(payments.map(\.amount) == [Money(minorUnits: 3550, currency: "EUR")] && payments.first?.status == .paid && payments.first?.method == "cash")

        // An amount due yesterday: overdue at once, on the Main tab and in the directory's filter alike.
        app.press(.control("a"))
        app.press(.backTab)
        app.press(.control("n"))
        #expect(app.screen.contains("Amount due"), "\(app.screen)")
        app.press(.tab)
        app.type("1 234,56")
        app.press(.tab)
        app.type("2026-11-17")
        app.press(.control("s"))
        #expect(app.screen.contains("Amount due of EUR 1,234.56 recorded."), "\(app.screen)")
        payments = try app.store.payments.payments(for: maria)
        let due = try #require(payments.first { $0.status == .due })
        // Due to the end of the 17th (stored in milliseconds): overdue from the 18th.
        #expect(due.amount.minorUnits == 123_456 && abs(due.dueDate!.timeIntervalSince(Self.at("2026-11-18 00:00"))) < 0.002)
        #expect(due.dueDate! < Self.at("2026-11-18 00:00") && due.dueDate! > Self.at("2026-11-17 23:59"))
        #expect(app.screen.contains("Overdue"), "\(app.screen)")
        #expect(try app.store.customers.count(filter: DirectoryFilter(overduePaymentsOnly: true), now: Self.now) == 1)
        app.press(.alt("1"))
        #expect(app.screen.contains("EUR 1,234.56"), "\(app.screen)")
        app.press(.alt("4"))

        // F5 on the amount due (newest first: it is selected) marks it paid; F6 refunds after asking.
        app.press(.function(5))
        #expect(app.screen.contains("EUR 1,234.56 marked paid."), "\(app.screen)")
        #expect(try app.store.payments.payment(id: due.id!)?.status == .paid)
        #expect(try app.store.customers.count(filter: DirectoryFilter(overduePaymentsOnly: true), now: Self.now) == 0)
        app.press(.function(6))
        #expect(app.screen.contains("Refund this payment?"), "\(app.screen)")
        app.press(.character("y"))
        #expect(try app.store.payments.payment(id: due.id!)?.status == .refunded)
        app.press(.function(5))
        #expect(app.screen.contains("not an amount due"), "\(app.screen)")
    }

    @Test func anAmountNotUnderstoodIsSaidAndNothingIsStored() throws {
        let (app, maria, _) = try cardOfMaria(tab: "4")
        app.press(.control("a"))
        app.type("12.345")
        app.press(.control("s"))
        #expect(app.screen.contains("“12.345” is not an amount above zero in USD"), "\(app.screen)")
        #expect(try app.store.payments.payments(for: maria).isEmpty)
    }

    @Test func aPaymentIsEditedAndPutAgainstABooking() throws {
        let (app, maria, _) = try cardOfMaria(tab: "4") { store, maria, _ in
            _ = try store.bookings.save(Booking(customerID: maria, startsAt: Self.at("2026-11-10 10:00"), durationMinutes: 60, service: "Colour", staff: "Lea", status: .completed))
            _ = try store.payments.save(Payment(customerID: maria, amount: Money(minorUnits: 2000, currency: "USD"), status: .paid, date: Self.at("2026-11-10 11:00"), method: "cash"))
        }
        app.press(.enter)
        #expect(app.screen.contains("Payment · María Núñez"), "\(app.screen)")
        app.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        app.type("25.00")
        app.press(.tab, .tab)
        app.press(.control("n"))  // method: card
        app.press(.tab)
        app.press(.control("n"))  // the booking
        #expect(app.screen.contains("2026-11-10 10:00 Colour"), "\(app.screen)")
        app.press(.control("s"))
        let payment = try #require(try app.store.payments.payments(for: maria).first)
        #expect(payment.amount.minorUnits == 2500 && payment.method == "card" && payment.bookingID != nil && payment.date == Self.at("2026-11-10 11:00"), "\(app.screen)")
        #expect(app.screen.contains("for Colour on 2026-11-10"), "\(app.screen)")
    }

    @Test func amountsAreWrittenAndReadTheFrenchWay() throws {
        let (app, maria, _) = try cardOfMaria(tab: "4", language: .fr) { store, _, _ in try store.settings.set(.currency, to: "EUR") }
        app.press(.control("a"))
        app.type("1 234,5")
        app.press(.control("s"))
        #expect(try app.store.payments.payments(for: maria).first?.amount.minorUnits == 123_450)
        #expect(app.screen.contains("1\u{202F}234,50 EUR"), "\(app.screen)")
    }
}
