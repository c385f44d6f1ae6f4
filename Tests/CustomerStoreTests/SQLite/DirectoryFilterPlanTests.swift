import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// SQLite's plans, not a contract: every directory filter is read from an index (v1, v9), and a page
/// driven from a filter's small set lists what the walk of the sort index lists (DECISIONS, "Filters").
@Suite struct DirectoryFilterPlanTests {
    let now = Date(timeIntervalSince1970: 1_796_288_400)

    func plan(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> String {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }.joined(separator: "; ")
    }

    var everyFilter: DirectoryFilter {
        DirectoryFilter(groupID: 1, status: .client, emailSubscription: .subscribed, loyaltyMembersOnly: true, remindersDueOnly: true,
                        overduePaymentsOnly: true, createdFrom: now - 86_400 * 30, createdBefore: now)
    }

    @Test func eachFiltersSetIsReadFromAnIndexThatCoversIt() throws {
        let temp = try TemporaryStore()
        let drivers = DirectorySQL.drivers(everyFilter, now: now)
        #expect(drivers.count == 5)  // overdue, reminders, group, loyalty, dates
        let plans = try temp.store.database.writer.read { db in try drivers.map { try plan(db, $0.0, $0.1) } }
        #expect(plans[0].contains("COVERING INDEX payment_open_by_status"), "\(plans[0])")
        #expect(plans[1].contains("COVERING INDEX note_due_reminder"), "\(plans[1])")
        #expect(plans[2].contains("PRIMARY KEY") || plans[2].contains("COVERING INDEX"), "\(plans[2])")
        #expect(plans[3].contains("COVERING INDEX"), "\(plans[3])")
        #expect(plans[4].contains("COVERING INDEX customer_by_created"), "\(plans[4])")
        for plan in plans { #expect(!plan.contains("USE TEMP B-TREE"), "\(plan)") }
    }

    @Test func aStatusOrSubscriptionPageWalksItsIndexInNameOrder() throws {
        let temp = try TemporaryStore()
        let plans = try temp.store.database.writer.read { db in
            try [DirectoryFilter(status: .lead), DirectoryFilter(emailSubscription: .unsubscribed)].map { filter in
                let (whereSQL, arguments) = DirectorySQL.filterClause(filter, now: now)
                return try plan(db, "SELECT c.id FROM customer c WHERE \(whereSQL) ORDER BY c.sort_key, c.id LIMIT 201", arguments)
            }
        }
        #expect(plans[0].contains("customer_by_status") && !plans[0].contains("TEMP B-TREE"), "\(plans[0])")
        #expect(plans[1].contains("customer_by_subscription") && !plans[1].contains("TEMP B-TREE"), "\(plans[1])")
    }

    @Test func aPageDrivenFromASmallSetListsWhatTheWalkLists() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        var ids: [CustomerID] = []
        for index in 0..<40 {
            ids.append(try store.customers.create(Customer(givenName: "G\(index)", familyName: ["Núñez", "Adams", "Zola", "Émile"][index % 4],
                                                            phoneNumber: "+1 415 555 01\(String(format: "%02d", index))",
                                                            emailSubscription: index % 3 == 0 ? .subscribed : .unknown),
                                                   now: now - Double(index) * 3600).id!)
        }
        let vip = try store.groups.create(name: "VIP").id!
        try store.groups.add(customers: ids.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), to: vip)
        for (offset, id) in ids.enumerated() where offset % 3 == 1 {
            _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 100, currency: "USD"), status: .due, date: now - 86_400, dueDate: now - 3600), now: now)
            _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 200, currency: "USD"), status: .overdue, date: now - 86_400, dueDate: now - 3600), now: now)
        }
        for (offset, id) in ids.enumerated() where offset % 5 == 0 {
            _ = try store.notes.save(Note(customerID: id, body: "Call", reminder: Reminder(dueAt: now - 60)), now: now)
            _ = try store.notes.save(Note(customerID: id, body: "Call again", reminder: Reminder(dueAt: now - 30)), now: now)
        }
        let filters = [DirectoryFilter(groupID: vip), DirectoryFilter(overduePaymentsOnly: true), DirectoryFilter(remindersDueOnly: true),
                       DirectoryFilter(groupID: vip, overduePaymentsOnly: true), DirectoryFilter(createdFrom: now - 10 * 3600),
                       DirectoryFilter(groupID: vip, emailSubscription: .subscribed, createdBefore: now - 5 * 3600)]
        try store.database.writer.read { db in
            for filter in filters {
                for sort in DirectorySort.allCases {
                    func all(_ drivingLimit: Int) throws -> [CustomerID] {
                        var seen: [CustomerID] = []
                        var cursor: DirectoryCursor?
                        repeat {
                            let page = try DirectorySQL.page(db, sort: sort, filter: filter, after: cursor, limit: 3, now: now, drivingLimit: drivingLimit)
                            seen += page.rows.map(\.id)
                            cursor = page.next
                        } while cursor != nil
                        return seen
                    }
                    let driven = try all(20_000), walked = try all(0)
                    #expect(driven == walked, "\(filter) \(sort)")
                    #expect(!driven.isEmpty, "\(filter) \(sort)")
                    #expect(try DirectorySQL.count(db, filter: filter, now: now, drivingLimit: 20_000) == walked.count)
                    #expect(try DirectorySQL.count(db, filter: filter, now: now, drivingLimit: 0) == walked.count)
                }
            }
        }
    }
}
