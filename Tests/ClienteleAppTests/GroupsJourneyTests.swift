import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Groups, marked rows and the filter picker, through the keys (issue 15 points 1–2).
@Suite struct GroupsJourneyTests {
    let now = AppDriver.now

    func shop(_ store: ClienteleStore) throws -> [CustomerID] {
        try [("Ana", "Adams"), ("Bea", "Baker"), ("Caro", "Cruz"), ("Dani", "Diaz")].map { given, family in
            try store.customers.create(Customer(givenName: given, familyName: family), now: now).id!
        }
    }

    @Test func markingThreeRowsAndAddingThemToANewGroup() throws {
        var ids: [CustomerID] = []
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in ids = try shop(store) }
        app.press(.character(" "), .character(" "), .character(" "))  // each mark moves down
        #expect(app.state.directory.marked == Array(ids.prefix(3)))
        #expect(app.screen.contains("3 marked"), "\(app.screen)")
        #expect(app.screen.contains("* Ana Adams") && app.screen.contains("  Dani Diaz"), "\(app.screen)")
        app.press(.control("a"))
        #expect(app.screen.contains("3 marked customers") && app.screen.contains("Add to a group…"), "\(app.screen)")
        app.press(.enter)
        #expect(app.screen.contains("Add 3 customers to a group"), "\(app.screen)")
        app.press(.control("n"))
        app.type("Spring promo")
        app.press(.enter)
        #expect(app.screen.contains("3 customers added to “Spring promo”."), "\(app.screen)")
        #expect(app.state.modals.isEmpty && app.state.directory.marked.isEmpty)
        #expect(!app.screen.contains("3 marked"))
        let group = try #require(try app.store.groups.group(named: "spring promo"))
        #expect(group.memberCount == 3)
        #expect(try app.store.groups.groups(of: ids[3]).isEmpty)
        app.press(.control("t"))
        #expect(app.screen.contains("Spring promo") && app.screen.contains("3 members"), "\(app.screen)")
        app.press(.enter)  // its members
        #expect(app.screen.contains("filter: group “Spring promo”"), "\(app.screen)")
        #expect(!app.screen.contains("Dani Diaz"))
    }

    @Test func aSpaceTypedInASearchIsPartOfTheNameAndInsMarksWhileSearching() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            _ = try store.customers.create(Customer(givenName: "Ana María", familyName: "López"))
            _ = try store.customers.create(Customer(givenName: "Ana", familyName: "Ruiz"))
        }
        app.type("ana maria")
        #expect(app.state.directory.search.text == "ana maria")
        #expect(app.state.directory.marked.isEmpty)
        #expect(app.screen.contains("Ana María López") && !app.screen.contains("Ana Ruiz"), "\(app.screen)")
        app.press(.insert)
        #expect(app.state.directory.marked.count == 1)
        app.press(.escape)  // the search first
        #expect(app.state.directory.search.text.isEmpty && app.state.directory.marked.count == 1)
        app.press(.escape)  // then the marks
        #expect(app.state.directory.marked.isEmpty)
        #expect(app.screen.contains("Marks cleared."), "\(app.screen)")
    }

    @Test func theFilterPickerCombinesGroupAndOverdueTheHeaderSaysItAndCtrlLClearsIt() throws {
        let app = try AppDriver(size: Size(width: 120, height: 30)) { store in
            let ids = try shop(store)
            let vip = try store.groups.create(name: "VIP").id!
            try store.groups.add(customers: [ids[0], ids[1]], to: vip)
            for id in [ids[0], ids[2]] {
                _ = try store.payments.save(Payment(customerID: id, amount: Money(minorUnits: 2000, currency: "USD"), status: .due,
                                                    date: now - 20 * 86_400, dueDate: now - 86_400), now: now)
            }
        }
        app.press(.control("f"))
        #expect(app.screen.contains("Filters") && app.screen.contains("Overdue payments"), "\(app.screen)")
        app.press(.right)  // group: VIP
        #expect(app.screen.contains("VIP (2 members)"), "\(app.screen)")
        for _ in 0..<5 { app.press(.down) }
        app.press(.character(" "), .enter)
        #expect(app.state.directory.filter.groupID != nil && app.state.directory.filter.overduePaymentsOnly)
        let header = app.lines[0]
        #expect(header.contains("filter: group “VIP”, overdue payments"), "\(header)")
        #expect(app.screen.contains("Ana Adams") && !app.screen.contains("Bea Baker") && !app.screen.contains("Caro Cruz"), "\(app.screen)")
        #expect(app.screen.contains("1 of 1"), "\(app.screen)")
        app.press(.control("l"))
        #expect(app.state.directory.filter.isEmpty)
        #expect(!app.lines[0].contains("filter:"))
        #expect(app.screen.contains("Bea Baker") && app.screen.contains("Caro Cruz"))
    }

    @Test func theFilterPickerRefusesADateThatIsNotADayAndKeepsTheRange() throws {
        let app = try AppDriver(size: Size(width: 120, height: 30)) { store in _ = try shop(store) }
        app.press(.control("f"))
        for _ in 0..<6 { app.press(.down) }
        app.type("2026-13-01")
        app.press(.enter)
        #expect(app.screen.contains("Created from: a day as YYYY-MM-DD"), "\(app.screen)")
        for _ in 0..<10 { app.press(.backspace) }
        app.type("2026-11-01")
        app.press(.down)
        app.type("2026-11-30")
        app.press(.enter)
        #expect(app.state.modals.isEmpty)
        #expect(app.lines[0].contains("added from 2026-11-01, added before 2026-12-01"), "\(app.lines[0])")
        #expect(app.screen.contains("Ana Adams"))  // created at the driver's now, 2026-11-18
        app.press(.control("f"))
        #expect(app.screen.contains("2026-11-30"), "the picker shows the last day again: \(app.screen)")
    }

    @Test func theCardsGroupsAreTickedAndSaved() throws {
        var ids: [CustomerID] = []
        let app = try AppDriver(size: Size(width: 120, height: 30)) { store in
            ids = try shop(store)
            _ = try store.groups.create(name: "VIP")
            let walkIns = try store.groups.create(name: "Walk-ins").id!
            try store.groups.add(customers: [ids[0]], to: walkIns)
        }
        app.press(.enter, .control("t"))
        #expect(app.screen.contains("Groups of Ana Adams"), "\(app.screen)")
        #expect(app.screen.contains("[ ] VIP") && app.screen.contains("[x] Walk-ins"), "\(app.screen)")
        app.press(.character(" "), .down, .character(" "), .enter)  // tick VIP, untick Walk-ins
        #expect(app.screen.contains("Groups of Ana Adams saved."), "\(app.screen)")
        #expect(try app.store.groups.groups(of: ids[0]).map(\.name) == ["VIP"])
        app.press(.control("t"), .control("n"))
        app.type("Regulars")
        app.press(.enter)
        #expect(app.screen.contains("[x] Regulars") && app.screen.contains("[x] VIP"), "\(app.screen)")
        #expect(try app.store.groups.groups(of: ids[0]).map(\.name) == ["Regulars", "VIP"])
    }

    @Test func theGroupsWindowCreatesRenamesAndDeletesAfterAskingWhileTheCustomersStay() throws {
        var ids: [CustomerID] = []
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            ids = try shop(store)
            let vip = try store.groups.create(name: "VIP").id!
            try store.groups.add(customers: ids, to: vip)
        }
        app.press(.control("t"))
        #expect(app.screen.contains("VIP") && app.screen.contains("4 members"), "\(app.screen)")
        app.press(.control("n"))
        app.type("vip")
        app.press(.enter)
        #expect(app.screen.contains("A group named “vip” exists already."), "\(app.screen)")
        app.press(.escape)  // out of the name
        #expect(app.state.modals.top(as: GroupsModalState.self)?.prompt == nil)
        app.press(.function(2))
        for _ in 0..<3 { app.press(.backspace) }
        app.type("Best customers")
        app.press(.enter)
        #expect(app.screen.contains("Group “VIP” is now “Best customers”."), "\(app.screen)")
        app.press(.delete)
        #expect(app.screen.contains("Delete the group “Best customers”? Its 4 members"), "\(app.screen)")
        app.press(.character("y"))
        #expect(app.screen.contains("Group “Best customers” deleted; its 4 members stay."), "\(app.screen)")
        #expect(try app.store.groups.groups().isEmpty)
        #expect(try app.store.customers.count() == 4)
    }

    @Test func markedRowsChangeStatusAndTwoMarkedOpenTheMergeReview() throws {
        var ids: [CustomerID] = []
        let app = try AppDriver(size: Size(width: 120, height: 30)) { store in ids = try shop(store) }
        app.press(.character(" "), .character(" "), .control("a"))
        app.press(.character("5"))  // set status: inactive
        #expect(app.screen.contains("2 customers are now inactive."), "\(app.screen)")
        #expect(try app.store.customers.customers(ids: Array(ids.prefix(2))).map(\.status) == [.inactive, .inactive])
        #expect(try app.store.customers.customer(id: ids[2])?.status == .client)
        app.press(.character(" "), .control("a"), .character("7"))  // one marked: no merge
        #expect(app.screen.contains("A merge takes exactly two marked customers (1 marked)."), "\(app.screen)")
        app.press(.character(" "), .control("a"), .character("7"))
        #expect(app.state.modals.top(as: MergeReviewState.self) != nil, "\(app.screen)")
    }

    @Test func theMarkedRowsAreExportedThroughTheExportDialog() throws {
        let app = try AppDriver(size: Size(width: 120, height: 30)) { store in _ = try shop(store) }
        app.press(.down, .character(" "), .character(" "), .control("a"), .character("6"))  // Bea, then Caro
        #expect(app.screen.contains("the 2 marked customers"), "\(app.screen)")
        app.press(.tab, .tab)
        app.press(.control("u"))
        let path = app.temporary.directory.appendingPathComponent("marked.csv").path
        app.type(path)
        app.press(.enter)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Baker") && text.contains("Cruz") && !text.contains("Adams") && !text.contains("Diaz"), "\(text)")
    }
}
