import Foundation
import CustomerCore
import CustomerStore

/// `clientele-bench reminders`: N customers (default 1,000,000) and 100,000 open reminders spread
/// over them, a third already due; the reminders screen's read (`openReminders(limit: 500)`, goal
/// < 50 ms) and the status bar's due count (goal < 10 ms), each beside a bare scan of the partial
/// index `note_by_open_reminder` (`FloorQueries`).
struct RemindersBench {
    let count: Int
    let reminders = 100_000

    func run() throws {
        print("clientele-bench reminders: \(count) customers, \(reminders) open reminders, SQLite \(JournalPolicy.linkedVersionText)")
        let shop = try BenchDirectory(name: "reminders", customers: count)
        defer { shop.remove() }
        let store = shop.store, ids = shop.ids, fill = shop.fillMilliseconds
        let now = Date()
        var random = SystemRandomNumberGenerator()
        var notes: [Note] = []
        notes.reserveCapacity(reminders)
        for index in 0..<reminders {
            // From 30 days ago to 60 days ahead: a third due.
            let due = now.addingTimeInterval(Double.random(in: -30 * 86_400 ... 60 * 86_400, using: &random))
            notes.append(Note(customerID: ids[Int.random(in: 0..<ids.count, using: &random)], body: "Call back about order \(index)",
                              createdAt: now, updatedAt: now, reminder: Reminder(dueAt: due)))
        }
        let insert = try Stopwatch.measure { try store.notes.insertBatch(notes) }
        Report.line("fill: customers", fill / 1000, unit: "s")
        Report.line("fill: 100,000 reminders (insertBatch)", insert / 1000, unit: "s")

        let floor = store.floorQueries
        let iterations = 200
        func time(_ body: () throws -> Void) rethrows -> Samples {
            var samples = Samples()
            try body()  // warm the cache, as a screen opened twice would be
            for _ in 0..<iterations { samples.add(try Stopwatch.measure(body)) }
            return samples
        }
        var shown = 0, due = 0
        let openFloor = try time { _ = try floor.openReminderNoteIDs(limit: 500) }
        let openOurs = try time { shown = try store.notes.openReminders(limit: 500).count }
        Report.latency("reminders screen (openReminders 500)", openOurs, floor: openFloor)
        let countFloor = try time { _ = try floor.openReminderIndexCount(upTo: now) }
        let countOurs = try time { due = try store.notes.dueReminderCount(at: now) }
        Report.latency("status bar: dueReminderCount", countOurs, floor: countFloor)
        let openCount = try time { _ = try store.notes.openReminderCount() }
        Report.latency("openReminderCount (all open)", openCount, floor: nil)
        print("(\(shown) rows shown, \(due) due)")
        Scorecard.ceiling("reminders screen p99 (\(count))", openOurs.percentile(99), unit: "ms", floor: openFloor.percentile(99), atMost: 50)
        Scorecard.ceiling("due reminder count p99 (\(count))", countOurs.percentile(99), unit: "ms", floor: countFloor.percentile(99), atMost: 10)
    }
}
