import Foundation
import CustomerCore
import CustomerStore

/// `clientele-bench filters`: N customers (default 1,000,000) with a small group (500, as an import's)
/// and a large one (30 %), 2,000 loyalty members, 100,000 open reminders (a third due), 20,000 amounts
/// due (half overdue); the directory's first page (200 rows, name order) and its count under each
/// filter of PRODUCT §2 and under combinations, beside the unfiltered first page (the floor).
struct FiltersBench {
    let count: Int

    func run() throws {
        print("clientele-bench filters: \(count) customers, SQLite \(JournalPolicy.linkedVersionText)")
        let shop = try BenchDirectory(name: "filters", customers: count)
        defer { shop.remove() }
        let store = shop.store, ids = shop.ids
        let now = Date()
        var random = SystemRandomNumberGenerator()
        let fillSets = try Stopwatch.measure {
            let small = try store.groups.create(name: "Import 2026-12-02", now: now).id!
            try store.groups.add(customers: (0..<500).map { _ in ids[Int.random(in: 0..<ids.count, using: &random)] }, to: small)
            let large = try store.groups.create(name: "Regulars", now: now).id!
            try store.groups.add(customers: ids.enumerated().filter { $0.offset % 10 < 3 }.map(\.element), to: large)
            var enrolled = 0
            while enrolled < 2_000 {
                if (try? store.loyalty.enroll(customerID: ids[Int.random(in: 0..<ids.count, using: &random)], now: now)) != nil { enrolled += 1 }
            }
            try store.notes.insertBatch((0..<100_000).map { index in
                Note(customerID: ids[Int.random(in: 0..<ids.count, using: &random)], body: "Call back about order \(index)", createdAt: now,
                     updatedAt: now, reminder: Reminder(dueAt: now.addingTimeInterval(Double.random(in: -30 * 86_400 ... 60 * 86_400, using: &random))))
            })
            var payments: [Payment] = []
            for index in 0..<20_000 {
                let days: Double = (index % 2 == 0 ? -1 : 1) * Double(1 + index % 20)
                let customer = ids[Int.random(in: 0..<ids.count, using: &random)]
                payments.append(Payment(customerID: customer, amount: Money(minorUnits: 3500, currency: "USD"), status: .due,
                                        date: now.addingTimeInterval(-40 * 86_400), dueDate: now.addingTimeInterval(days * 86_400)))
            }
            try store.payments.insertBatch(payments)
        }
        Report.line("fill: customers", shop.fillMilliseconds / 1000, unit: "s")
        Report.line("fill: groups, loyalty, reminders, payments", fillSets / 1000, unit: "s")
        let groups = try store.groups.groups()
        let small = groups.first { $0.name.hasPrefix("Import") }!.id!, large = groups.first { $0.name == "Regulars" }!.id!
        let day: TimeInterval = 86_400
        let filters: [(String, DirectoryFilter)] = [
            ("group, 500 members", DirectoryFilter(groupID: small)),
            ("group, 30 % of the directory", DirectoryFilter(groupID: large)),
            ("status lead", DirectoryFilter(status: .lead)),
            ("status inactive", DirectoryFilter(status: .inactive)),
            ("email unsubscribed", DirectoryFilter(emailSubscription: .unsubscribed)),
            ("loyalty members (2,000)", DirectoryFilter(loyaltyMembersOnly: true)),
            ("reminders due", DirectoryFilter(remindersDueOnly: true)),
            ("overdue payments", DirectoryFilter(overduePaymentsOnly: true)),
            ("created in the last 30 days", DirectoryFilter(createdFrom: now - 30 * day)),
            ("created, a week a year ago", DirectoryFilter(createdFrom: now - 372 * day, createdBefore: now - 365 * day)),
            ("group 30 % + overdue", DirectoryFilter(groupID: large, overduePaymentsOnly: true)),
            ("group 30 % + status lead + subscribed", DirectoryFilter(groupID: large, status: .lead, emailSubscription: .subscribed)),
            ("every filter at once", DirectoryFilter(groupID: large, status: .client, emailSubscription: .subscribed, loyaltyMembersOnly: true,
                                                     remindersDueOnly: true, overduePaymentsOnly: true, createdFrom: now - 3650 * day)),
        ]
        let iterations = 20
        func time(_ body: () throws -> Void) rethrows -> Samples {
            var samples = Samples()
            try body()  // warm the cache, as a screen opened twice would be
            for _ in 0..<iterations { samples.add(try Stopwatch.measure(body)) }
            return samples
        }
        let floor = try time { _ = try store.customers.page(sort: .name, filter: DirectoryFilter(), after: nil, limit: 200, now: now) }
        Report.latency("first page, no filter (the floor)", floor, floor: nil)
        for (name, filter) in filters {
            var shown = 0, matching = 0
            let page = try time { shown = try store.customers.page(sort: .name, filter: filter, after: nil, limit: 200, now: now).rows.count }
            let counted = try time { matching = try store.customers.count(filter: filter, now: now) }
            Report.line("first page: \(name)", page.percentile(50), unit: "ms", floor: floor.percentile(50))
            Report.line("  its count (\(matching.formatted()) match, \(shown) shown)", counted.percentile(50), unit: "ms")
        }
        print("(p50 of \(iterations) runs each; the page is 200 rows in name order, as the directory asks)")
    }
}
