import ClienteleTestSupport
import CustomerCore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// The Bookings and Payments tabs' keys and forms as pure updates: which effect each key emits.
@Suite struct BookingsPaymentsUpdateTests {
    static let now = Date(timeIntervalSince1970: 1_794_985_600)  // 2026-11-18 11:06:40 UTC
    let update = AppUpdate(region: "US", clock: { BookingsPaymentsUpdateTests.now })

    func state(tab: CardTab, bookings: [Booking] = [], payments: [Payment] = []) -> AppState {
        var state = AppState(size: Size(width: 100, height: 30))
        var customer = Fixtures.maria()
        customer.id = 7
        var card = CardState(customerID: 7)
        card.card = CustomerCard(customer: customer, bookings: bookings, payments: payments)
        card.tab = tab
        state.card = card
        state.focus = .card
        state.shopCurrency = "MXN"
        return state
    }

    func booking(_ id: Int64, hoursFromNow: Double, status: Booking.Status = .scheduled) -> Booking {
        Booking(id: id, customerID: 7, startsAt: Self.now.addingTimeInterval(hoursFromNow * 3600), durationMinutes: 60, service: "Cut \(id)",
                staff: "Lea", status: status)
    }

    @Test func theItemKeysActOnTheBookingSelectedInTheTabsOrder() {
        // Upcoming soonest first (3, then 2), then the past newest first (1).
        var state = state(tab: .bookings, bookings: [booking(1, hoursFromNow: -5), booking(2, hoursFromNow: 30), booking(3, hoursFromNow: 2)])
        #expect(update.update(&state, .keyPressed(.function(5))) == [.bookings(.setStatus(bookingID: 3, .completed))])
        _ = update.update(&state, .keyPressed(.down))
        #expect(update.update(&state, .keyPressed(.function(6))) == [.bookings(.setStatus(bookingID: 2, .noShow))])
        _ = update.update(&state, .keyPressed(.down))
        _ = update.update(&state, .keyPressed(.delete))
        #expect(state.modals.top(as: ConfirmState.self) != nil)
        #expect(update.update(&state, .keyPressed(.character("y"))) == [.bookings(.setStatus(bookingID: 1, .cancelled))])
    }

    @Test func theBookingFormAsksAboutOverlapsAsTheDraftChangesAndSavesWhatWasTyped() {
        var state = state(tab: .bookings)
        _ = update.update(&state, .keyPressed(.control("a")))
        #expect(state.modals.top(as: BookingFormState.self) != nil)
        for c in "2026-11-20 10:00" { _ = update.update(&state, .keyPressed(.character(c))) }
        _ = update.update(&state, .keyPressed(.tab))
        for c in "Cut" { _ = update.update(&state, .keyPressed(.character(c))) }
        _ = update.update(&state, .keyPressed(.tab))
        var asked: [Effect] = []
        for c in "Lea" { asked += update.update(&state, .keyPressed(.character(c))) }
        let start = Calendar.current.date(from: DateComponents(year: 2026, month: 11, day: 20, hour: 10))!  // in this machine's zone, as typed
        #expect(asked.last == .bookings(.checkOverlaps(BookingOverlapQuery(bookingID: nil, startsAt: start, minutes: 60, staff: "Lea"), customerID: 7)))
        // A key that changes nothing of the draft does not ask again.
        #expect(update.update(&state, .keyPressed(.tab)).isEmpty)
        // The status is a choice: ctrl+n on it.
        _ = update.update(&state, .keyPressed(.tab))
        _ = update.update(&state, .keyPressed(.control("n")))
        #expect(state.modals.top(as: BookingFormState.self)?.status == .completed)
        let effects = update.update(&state, .keyPressed(.control("s")))
        guard case .bookings(.save(let saved))? = effects.first else { Issue.record("expected a save, got \(effects)"); return }
        #expect(saved.startsAt == start && saved.service == "Cut" && saved.staff == "Lea" && saved.status == .completed && saved.customerID == 7)
    }

    @Test func thePaymentFormReadsTheAmountInMinorUnitsInTheShopsCurrency() {
        var state = state(tab: .payments)
        _ = update.update(&state, .keyPressed(.control("a")))
        for c in "1,234.56" { _ = update.update(&state, .keyPressed(.character(c))) }
        let effects = update.update(&state, .keyPressed(.control("s")))
        guard case .payments(.save(let payment))? = effects.first else { Issue.record("expected a save, got \(effects)"); return }
        #expect(payment.amount == Money(minorUnits: 123_456, currency: "MXN") && payment.status == .paid && payment.date == Self.now)
    }

    @Test func anAmountDueNeedsADueDateAndIsDueToTheEndOfThatDay() {
        var state = state(tab: .payments)
        _ = update.update(&state, .keyPressed(.control("a")))
        _ = update.update(&state, .keyPressed(.backTab))
        _ = update.update(&state, .keyPressed(.control("n")))
        _ = update.update(&state, .keyPressed(.tab))
        for c in "20" { _ = update.update(&state, .keyPressed(.character(c))) }
        #expect(update.update(&state, .keyPressed(.control("s"))).isEmpty)
        #expect(state.modals.top(as: PaymentFormState.self)?.dateProblem == true)
        for c in "2026-11-25" { _ = update.update(&state, .keyPressed(.character(c))) }
        let effects = update.update(&state, .keyPressed(.control("s")))
        guard case .payments(.save(let payment))? = effects.first else { Issue.record("expected a save, got \(effects)"); return }
        #expect(payment.status == .due && payment.dueDate == Calendar.current.date(from: DateComponents(year: 2026, month: 11, day: 26))!.addingTimeInterval(-0.001))
    }

    @Test func markPaidAndRefundOnlyActOnWhatTheyCanChange() {
        let due = Payment(id: 4, customerID: 7, amount: Money(minorUnits: 500, currency: "MXN"), status: .due, date: Self.now, dueDate: Self.now)
        let paid = Payment(id: 5, customerID: 7, amount: Money(minorUnits: 500, currency: "MXN"), status: .paid, date: Self.now)
        var state = state(tab: .payments, payments: [due, paid])
        #expect(update.update(&state, .keyPressed(.function(6))).isEmpty)
        #expect(state.status?.kind == .error)
        #expect(update.update(&state, .keyPressed(.function(5))) == [.payments(.markPaid(paymentID: 4))])
        _ = update.update(&state, .keyPressed(.down))
        #expect(update.update(&state, .keyPressed(.function(5))).isEmpty)
        _ = update.update(&state, .keyPressed(.function(6)))
        #expect(update.update(&state, .keyPressed(.character("y"))) == [.payments(.refund(paymentID: 5))])
    }

    @Test func theBookingKeysOnAnotherTabSayWhereTheyWork() {
        var state = state(tab: .info)
        #expect(update.update(&state, .keyPressed(.function(5))).isEmpty)
        #expect(state.status?.text.contains("Bookings tab") == true)
    }

    @Test func ctrlBOpensTheDaysBookingsFromTodaysFirstMomentForTwoDays() {
        var state = AppState(size: Size(width: 100, height: 30))
        let effects = update.update(&state, .keyPressed(.control("b")))
        let start = Calendar.current.startOfDay(for: Self.now)
        #expect(effects == [.bookings(.loadDay(from: start, to: Calendar.current.date(byAdding: .day, value: 2, to: start)!))])
        #expect(state.modals.top(as: DaysBookingsState.self) != nil)
    }
}
