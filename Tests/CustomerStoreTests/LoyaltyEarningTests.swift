import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: a completed visit or money received earns points by the program's rule, once, in the
/// transaction that records it (PRODUCT §9, seed 002).
@Suite struct LoyaltyEarningTests {
    let now = Date(timeIntervalSince1970: 1_796_288_400)  // 2026-12-03 09:00 UTC

    func enrolled(_ backend: StoreBackend, _ program: LoyaltyProgram) throws -> (any ClienteleStoring, CustomerID) {
        let store = try backend.makeStore()
        let id = try store.customers.create(Fixtures.maria()).id!
        try store.loyalty.saveProgram(program)
        _ = try store.loyalty.enroll(customerID: id, now: now)
        return (store, id)
    }

    @Test(arguments: StoreBackend.all)
    func aVisitEarnsOnceWhenItBecomesCompleted(_ backend: StoreBackend) throws {
        let (store, id) = try enrolled(backend, LoyaltyProgram(name: "Club", accrual: .perVisit(points: 10)))
        let booking = try store.bookings.save(Booking(customerID: id, startsAt: now - 3600, durationMinutes: 45, service: "Cut"), now: now)
        #expect(try store.loyalty.account(for: id)?.balance == 0)  // scheduled: nothing yet
        try store.bookings.setStatus(id: booking.id!, to: .completed, now: now)
        #expect(try store.loyalty.account(for: id)?.balance == 10)
        try store.bookings.setStatus(id: booking.id!, to: .completed, now: now)  // again: not twice
        var edited = booking
        edited.status = .completed
        _ = try store.bookings.save(edited, now: now)  // saved completed again: not twice
        #expect(try store.loyalty.account(for: id)?.balance == 10)
        _ = try store.bookings.save(Booking(customerID: id, startsAt: now - 7200, durationMinutes: 30, service: "Colour", status: .completed), now: now)
        #expect(try store.loyalty.account(for: id)?.balance == 20)
        // Money does not earn under a per-visit program.
        _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 3500, currency: "EUR"), status: .paid, date: now), now: now)
        #expect(try store.loyalty.account(for: id)?.balance == 20)
        let account = try #require(try store.loyalty.account(for: id))
        #expect(try store.loyalty.entries(accountID: account.id!).filter { $0.kind == .earned }.map(\.reason) == ["Colour", "Cut"])
    }

    @Test(arguments: StoreBackend.all)
    func moneyReceivedEarnsByWholeUnitsUnderAPerAmountProgram(_ backend: StoreBackend) throws {
        let (store, id) = try enrolled(backend, LoyaltyProgram(name: "Club", accrual: .perAmount(points: 1, amountMinor: 100)))
        _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 3599, currency: "EUR"), status: .paid, date: now), now: now)
        #expect(try store.loyalty.account(for: id)?.balance == 35)  // 35.99 → 35, never rounded up
        let due = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 2000, currency: "EUR"), status: .due, date: now,
                                                  dueDate: now + 86_400), now: now)
        #expect(try store.loyalty.account(for: id)?.balance == 35)  // owed, not received
        _ = try store.payments.markPaid(id: due.id!, at: now, method: "cash")
        #expect(try store.loyalty.account(for: id)?.balance == 55)
        // A visit does not earn under a per-amount program; a customer not enrolled earns nothing.
        let visit = try store.bookings.save(Booking(customerID: id, startsAt: now, durationMinutes: 30, service: "Cut"), now: now)
        try store.bookings.setStatus(id: visit.id!, to: .completed, now: now)
        #expect(try store.loyalty.account(for: id)?.balance == 55)
        // A refund takes back what its payment earned, at most the balance.
        let received = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 1000, currency: "EUR"), status: .paid, date: now), now: now)
        #expect(try store.loyalty.account(for: id)?.balance == 65)
        _ = try store.payments.refund(id: received.id!, at: now)
        #expect(try store.loyalty.account(for: id)?.balance == 55)
        let account = try #require(try store.loyalty.account(for: id))
        #expect(try store.loyalty.entries(accountID: account.id!).first?.reason == "Refund \(Money(minorUnits: 1000, currency: "EUR").formatted)")
        let other = try store.customers.create(Fixtures.jose()).id!
        _ = try store.payments.save(Payment(customerID: other, amount: Money(minorUnits: 9900, currency: "EUR"), status: .paid, date: now), now: now)
        #expect(try store.loyalty.account(for: other) == nil)
    }
}
