import Foundation
import CustomerCore
import CustomerStore

/// `clientele-bench bookings`: N customers (default 1,000,000) and 300,000 bookings spread over a
/// year around today; the day's bookings screen's read (today's and tomorrow's across customers by
/// time, with names: `bookings(from:to:limit: 500)`, goal < 20 ms) beside a bare range of the
/// start-time index (`FloorQueries`); then the card of one customer with 2,000 bookings, 2,000
/// payments and 5,000 messages (`customerCards.card(for:)`, goal < 30 ms) beside a bare read of
/// those rows' ids.
struct BookingsBench {
    let count: Int
    let bookings = 300_000

    func run() throws {
        print("clientele-bench bookings: \(count) customers, \(bookings) bookings, SQLite \(JournalPolicy.linkedVersionText)")
        let shop = try BenchDirectory(name: "bookings", customers: count)
        defer { shop.remove() }
        let store = shop.store, ids = shop.ids, fill = shop.fillMilliseconds
        let now = Date()
        let dayStart = Calendar.current.startOfDay(for: now)
        var random = SystemRandomNumberGenerator()
        let staff = ["Lea", "Tom", "Ana", "Sam", "Noor", "Iker"]
        var batch: [Booking] = []
        batch.reserveCapacity(bookings)
        for _ in 0..<bookings {
            // Half a year back to half a year ahead, on the quarter hour: about 820 a day.
            let quarter = Int.random(in: -(182 * 96)...(182 * 96), using: &random)
            batch.append(Booking(customerID: ids[Int.random(in: 0..<ids.count, using: &random)],
                                 startsAt: dayStart.addingTimeInterval(Double(quarter) * 900), durationMinutes: [30, 45, 60, 90].randomElement(using: &random)!,
                                 service: "Cut", staff: staff.randomElement(using: &random)!))
        }
        let insert = try Stopwatch.measure { try store.bookings.insertBatch(batch) }

        // One long-standing customer's card: 2,000 bookings, 2,000 payments, 5,000 messages.
        let regular = ids[ids.count / 2]
        let cardFill = try Stopwatch.measure {
            let visits = (0..<2000).map { index in
                Booking(customerID: regular, startsAt: now.addingTimeInterval(Double(index - 1900) * 86_400), durationMinutes: 60,
                        service: "Cut", staff: "Lea", status: index < 1900 ? .completed : .scheduled)
            }
            let visitIDs = try store.bookings.insertBatch(visits)
            try store.payments.insertBatch(visitIDs.enumerated().map { index, bookingID in
                Payment(customerID: regular, amount: Money(minorUnits: 3500, currency: "USD"), status: index % 50 == 0 ? .due : .paid,
                        date: now.addingTimeInterval(Double(index - 1900) * 86_400),
                        dueDate: index % 50 == 0 ? now.addingTimeInterval(Double(index - 1890) * 86_400) : nil, method: "card", bookingID: bookingID)
            })
            for index in 0..<5000 {
                _ = try store.conversations.log(ConversationMessage(customerID: regular, kind: .free, channel: .email, delivery: .sent,
                                                                    subject: "Visit \(index)", body: "See you soon.",
                                                                    createdAt: now.addingTimeInterval(Double(index - 5000) * 3600)))
            }
        }
        Report.line("fill: customers", fill / 1000, unit: "s")
        Report.line("fill: 300,000 bookings (insertBatch)", insert / 1000, unit: "s")
        Report.line("fill: one card's 2,000 + 2,000 + 5,000 rows", cardFill / 1000, unit: "s")

        let floor = store.floorQueries
        let iterations = 200
        func time(_ body: () throws -> Void) rethrows -> Samples {
            var samples = Samples()
            try body()  // warm the cache, as a screen opened twice would be
            for _ in 0..<iterations { samples.add(try Stopwatch.measure(body)) }
            return samples
        }
        let end = Calendar.current.date(byAdding: .day, value: 2, to: dayStart)!
        var shown = 0, overlaps = 0
        let dayFloor = try time { _ = try floor.bookingIDsByStart(from: dayStart, to: end, limit: 500) }
        let dayOurs = try time {
            let rows = try store.bookings.bookings(from: dayStart, to: end, limit: 500)
            shown = rows.count
            overlaps = rows.filter(\.overlapsAnother).count
        }
        Report.latency("day's bookings (today + tomorrow, 500)", dayOurs, floor: dayFloor)
        var tabs = (0, 0, 0)
        let cardFloor = try time { _ = try floor.cardRowIDs(customerID: regular) }
        let cardOurs = try time {
            let card = try store.customerCards.card(for: regular)!
            tabs = (card.bookings.count, card.payments.count, card.messages.count)
        }
        Report.latency("card open (2,000 bookings, 2,000 payments, 5,000 messages)", cardOurs, floor: cardFloor)
        // What the interface does on opening it: the card, then the overlap check of its first 50
        // upcoming bookings against every customer's (one staff-index range each).
        var flagged = 0
        let cardAndOverlaps = try time {
            let card = try store.customerCards.card(for: regular)!
            let upcoming = card.bookings.filter { $0.isUpcoming(at: now) && !$0.staffKey.isEmpty }.sorted { $0.startsAt < $1.startsAt }.prefix(50)
            flagged = try store.bookings.overlappingIDs(among: Array(upcoming)).count
        }
        Report.latency("card open + overlap check of 50 upcoming bookings", cardAndOverlaps, floor: cardFloor)
        print("(\(flagged) of the card's first 50 upcoming bookings overlap another customer's)")
        print("(\(shown) bookings today and tomorrow, \(overlaps) flagged as overlapping; the card read \(tabs.0) bookings, \(tabs.1) payments, \(tabs.2) messages)")
        Scorecard.ceiling("day's bookings p99 (\(count))", dayOurs.percentile(99), unit: "ms", floor: dayFloor.percentile(99), atMost: 20)
        Scorecard.ceiling("card of 2,000 bookings, 2,000 payments, 5,000 messages p99", cardOurs.percentile(99), unit: "ms",
                          floor: cardFloor.percentile(99), atMost: 30)
    }
}
