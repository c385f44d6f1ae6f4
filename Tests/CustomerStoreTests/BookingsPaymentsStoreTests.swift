import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: bookings (status, order, overlaps, the day's query across customers) and payments
/// (exact money, overdue, paid, refunded), once per backend.
@Suite struct BookingsPaymentsStoreTests {
    let now = Date(timeIntervalSince1970: 1_796_288_400)  // 2026-12-03 09:00 UTC
    let hour: TimeInterval = 3600

    func profiles(_ backend: StoreBackend) throws -> (store: any ClienteleStoring, ids: [CustomerID]) {
        let store = try backend.makeStore()
        return (store, try [Fixtures.maria(), Fixtures.jose(), Fixtures.camille()].map { try store.customers.create($0).id! })
    }

    func book(_ store: any ClienteleStoring, _ customerID: CustomerID, at: Date, minutes: Int = 60, staff: String = "",
              status: Booking.Status = .scheduled) throws -> Booking {
        try store.bookings.save(Booking(customerID: customerID, startsAt: at, durationMinutes: minutes, service: "Cut", staff: staff, status: status), now: now)
    }

    // MARK: Bookings

    @Test(arguments: StoreBackend.all)
    func aBookingIsReadBackAndItsStatusSetInOneStep(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend)
        let booking = try book(store, ids[0], at: now + 2 * hour, staff: "Lea")
        #expect(try store.bookings.booking(id: booking.id!) == booking)
        try store.bookings.setStatus(id: booking.id!, to: .noShow, now: now)
        #expect(try store.bookings.booking(id: booking.id!)?.status == .noShow)
        try store.bookings.setStatus(id: booking.id!, to: .completed, now: now)
        #expect(try store.bookings.booking(id: booking.id!)?.status == .completed)
        #expect(throws: StoreError.notFound(what: "booking", id: 999)) { try store.bookings.setStatus(id: 999, to: .completed, now: now) }
        #expect(try store.bookings.booking(id: 999) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func theCardOrderIsUpcomingSoonestFirstThenThePastNewestFirst(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend)
        let past = try book(store, ids[0], at: now - 48 * hour)
        let older = try book(store, ids[0], at: now - 96 * hour)
        let later = try book(store, ids[0], at: now + 48 * hour)
        let soon = try book(store, ids[0], at: now + hour)
        let cancelledSoon = try book(store, ids[0], at: now + 2 * hour, status: .cancelled)
        let ordered = Booking.cardOrder(try store.bookings.bookings(for: ids[0]), now: now)
        #expect(ordered.map(\.id) == [soon.id, later.id, cancelledSoon.id, past.id, older.id])
    }

    @Test(arguments: StoreBackend.all)
    func overlapsOfTheSameStaffMemberAreFlaggedAcrossCustomersNotRefused(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend)
        let first = try book(store, ids[0], at: now, minutes: 60, staff: "Lea")
        let clash = try book(store, ids[1], at: now + 0.5 * hour, minutes: 30, staff: " lea")
        _ = try book(store, ids[2], at: now + hour, minutes: 30, staff: "Lea")          // starts as the first ends
        _ = try book(store, ids[2], at: now, minutes: 60, staff: "Tom")                 // another staff member
        _ = try book(store, ids[2], at: now, minutes: 60, staff: "Lea", status: .cancelled)
        #expect(try store.bookings.conflicts(for: first).map(\.booking.id) == [clash.id])
        #expect(try store.bookings.conflicts(for: first).map(\.customerName) == ["José García"])
        #expect(try store.bookings.conflicts(for: clash).map(\.booking.id) == [first.id])
        // A draft not saved yet is checked the same way (the form's flag).
        let draft = Booking(customerID: ids[2], startsAt: now - 0.5 * hour, durationMinutes: 45, service: "Cut", staff: "LEA")
        #expect(try store.bookings.conflicts(for: draft).map(\.booking.id) == [first.id])
        #expect(try store.bookings.conflicts(for: Booking(customerID: ids[2], startsAt: now, durationMinutes: 60, service: "Cut")).isEmpty)
        // The card's flags: the same answer, from the index alone.
        let all = try ids.flatMap { try store.bookings.bookings(for: $0) }
        #expect(try store.bookings.overlappingIDs(among: all) == [first.id!, clash.id!])
    }

    @Test(arguments: StoreBackend.all)
    func theDaysBookingsAreEveryCustomersInTheRangeByTimeWithTheirNames(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend)
        let dayStart = Calendar(identifier: .gregorian).startOfDay(for: now)  // UTC in tests
        let late = try book(store, ids[0], at: dayStart + 17 * hour, staff: "Lea")
        let early = try book(store, ids[1], at: dayStart + 9 * hour, staff: "Lea")
        let clash = try book(store, ids[2], at: dayStart + 9.5 * hour, staff: "Lea")
        let tomorrow = try book(store, ids[2], at: dayStart + 33 * hour)
        _ = try book(store, ids[0], at: dayStart - hour)
        _ = try book(store, ids[0], at: dayStart + 48 * hour)
        let rows = try store.bookings.bookings(from: dayStart, to: dayStart + 48 * hour, limit: 100)
        #expect(rows.map(\.booking.id) == [early.id, clash.id, late.id, tomorrow.id])
        #expect(rows.map(\.customerName) == ["José García", "Camille Lefèvre", "María Núñez", "Camille Lefèvre"])
        #expect(rows.map(\.overlapsAnother) == [true, true, false, false])
        #expect(try store.bookings.bookings(from: dayStart, to: dayStart + 48 * hour, limit: 2).map(\.booking.id) == [early.id, clash.id])
    }

    // MARK: Payments

    @Test(arguments: StoreBackend.all)
    func overdueIsDueAndPastItsDateOnTheCardAndInTheDirectoryFilter(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend)
        let filter = DirectoryFilter(overduePaymentsOnly: true)
        _ = try store.payments.save(Payment(customerID: ids[0], amount: Money(minorUnits: 3550, currency: "EUR"), status: .due,
                                            date: now - 240 * hour, dueDate: now - hour), now: now)
        _ = try store.payments.save(Payment(customerID: ids[1], amount: Money(minorUnits: 1000, currency: "EUR"), status: .due,
                                            date: now, dueDate: now + hour), now: now)
        _ = try store.payments.save(Payment(customerID: ids[2], amount: Money(minorUnits: 1000, currency: "EUR"), status: .paid,
                                            date: now - 240 * hour, dueDate: now - 200 * hour), now: now)
        for at in [now, now + 2 * hour] {
            let overdueOnCards = try ids.filter { !(try store.customerCards.card(for: $0)!.amountOverdue(at: at)).isEmpty }
            #expect(try store.customers.count(filter: filter, now: at) == overdueOnCards.count)
            #expect(try store.customers.page(sort: .name, filter: filter, after: nil, limit: 10, now: at).rows.map(\.id).sorted() == overdueOnCards.sorted())
        }
        #expect(try store.customerCards.card(for: ids[0])!.amountOverdue(at: now) == [Money(minorUnits: 3550, currency: "EUR")])
        #expect(try store.customerCards.card(for: ids[1])!.amountOverdue(at: now).isEmpty)
        #expect(try store.customerCards.card(for: ids[1])!.amountOverdue(at: now + 2 * hour) == [Money(minorUnits: 1000, currency: "EUR")])
    }

    @Test(arguments: StoreBackend.all)
    func aDueAmountIsPaidOnceAndARefundIsOnlyOfWhatWasReceived(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend)
        let due = try store.payments.save(Payment(customerID: ids[0], amount: Money(minorUnits: 123_456, currency: "MXN"), status: .due,
                                                  date: now, dueDate: now - hour), now: now)
        #expect(try store.payments.amountOutstanding(for: ids[0]) == [Money(minorUnits: 123_456, currency: "MXN")])
        let paid = try store.payments.markPaid(id: due.id!, at: now, method: "transfer")
        #expect(paid.status == .paid && paid.method == "transfer" && paid.date == now && paid.amount.minorUnits == 123_456)
        #expect(try store.payments.payment(id: due.id!) == paid)
        #expect(try store.payments.amountOutstanding(for: ids[0]).isEmpty)
        #expect(throws: StoreError.self) { try store.payments.markPaid(id: due.id!, at: now, method: nil) }
        let refunded = try store.payments.refund(id: due.id!, at: now + hour)
        #expect(refunded.status == .refunded && refunded.date == now + hour)
        #expect(throws: StoreError.self) { try store.payments.refund(id: due.id!, at: now) }
        #expect(throws: StoreError.notFound(what: "payment", id: 999)) { try store.payments.markPaid(id: 999, at: now, method: nil) }
        // An amount still owed is not refunded: it is paid first.
        let owed = try store.payments.save(Payment(customerID: ids[1], amount: Money(minorUnits: 900, currency: "MXN"), status: .due,
                                                   date: now, dueDate: now + hour), now: now)
        #expect(throws: StoreError.self) { try store.payments.refund(id: owed.id!, at: now) }
        #expect(try store.payments.payment(id: owed.id!)?.status == .due)
    }

    @Test(arguments: StoreBackend.all)
    func aPaymentAgainstABookingMustBeAgainstOneOfTheSameCustomers(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend)
        let mine = try book(store, ids[0], at: now - hour)
        let theirs = try book(store, ids[1], at: now - hour)
        let money = Money(minorUnits: 2000, currency: "USD")
        let saved = try store.payments.save(Payment(customerID: ids[0], amount: money, status: .paid, date: now, bookingID: mine.id), now: now)
        #expect(try store.payments.payment(id: saved.id!)?.bookingID == mine.id)
        #expect(throws: StoreError.self) {
            try store.payments.save(Payment(customerID: ids[0], amount: money, status: .paid, date: now, bookingID: theirs.id), now: now)
        }
        #expect(try store.payments.payments(for: ids[0]).count == 1)
    }

    @Test(arguments: StoreBackend.all)
    func amountsAreExactMinorUnitsThroughTheStoreAndTheirSums(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend)
        // 0.10 + 0.20 ten times is exactly 3.00: no floating point anywhere.
        for _ in 0..<10 {
            for text in ["0.10", "0,20"] {
                let money = try #require(Money.parse(text, currency: "EUR", style: .french))
                _ = try store.payments.save(Payment(customerID: ids[0], amount: money, status: .due, date: now, dueDate: now + hour), now: now)
            }
        }
        let big = try #require(Money.parse("92 233 720 368 547 758,07", currency: "EUR", style: .french))
        #expect(big.minorUnits == Int64.max)
        #expect(try store.payments.amountOutstanding(for: ids[0]) == [Money(minorUnits: 300, currency: "EUR")])
        #expect(Money.sum(try store.payments.payments(for: ids[0]).map(\.amount), currency: "EUR") == Money(minorUnits: 300, currency: "EUR"))
        #expect(Money.sum([big, Money(minorUnits: 1, currency: "EUR")], currency: "EUR") == nil, "an overflow is refused, not wrapped")
        #expect(Money.sum([Money(minorUnits: 1, currency: "USD")], currency: "EUR") == nil)
    }
}
