import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// A person at the counter, through the real runtime, a memory terminal and a real SQLite file.
@Suite struct JourneyTests {
    func directoryWithPeople(size: Size = Size(width: 80, height: 24)) throws -> AppDriver {
        try AppDriver(size: size) { store in
            _ = try store.customers.create(Fixtures.maria())
            _ = try store.customers.create(Fixtures.jose())
            _ = try store.customers.create(Customer(givenName: "Aaron", familyName: "Abbott", phoneNumber: "+1 510 555 0199"))
        }
    }

    @Test func lookupByAPhoneFragmentOpensTheRightCard() throws {
        let app = try directoryWithPeople()
        app.type("555-0134")
        #expect(app.screen.contains("María Núñez"))
        #expect(!app.screen.contains("Aaron Abbott"))
        app.press(.enter)
        #expect(app.state.card?.card?.customer.familyName == "Núñez")
        #expect(app.lines[1].contains("María Núñez"))
        #expect(app.screen.contains("1 Main"))
    }

    /// At 80 columns the first hint (the long help sentence of `/`) did not fit and the bar stopped
    /// there, showing no hint at all. The help key is always among them.
    @Test func theStatusBarShowsSeveralHintsAt80Columns() throws {
        let app = try directoryWithPeople()
        let bar = try #require(app.lines.last)
        let hints = ["enter open", "ctrl+n new", "ctrl+o import", "ctrl+q quit", "? help"].filter { bar.contains($0) }
        #expect(hints.count == 5, "\(bar)")
        #expect(bar.hasPrefix(" enter open  "), "\(bar)")
        #expect(bar.contains("3 customers"))
    }

    @Test func typingNunezFindsNunezWithItsAccents() throws {
        let app = try directoryWithPeople()
        app.type("nunez")
        #expect(app.state.directory.search.text == "nunez")
        let rows = app.lines.filter { $0.contains("Núñez") }
        #expect(rows.count == 1)
        #expect(!app.screen.contains("García"))
    }

    @Test func createACustomerAndSeeItListed() throws {
        let app = try directoryWithPeople()
        app.press(.control("n"))
        #expect(app.screen.contains("New customer"))
        app.type("Zoë")
        app.press(.tab)
        app.type("Ünal")
        app.press(.tab, .tab, .tab)
        app.type("(415) 555-0100")
        app.press(.control("s"))
        #expect(app.state.modals.isEmpty)
        #expect(app.screen.contains("Added Zoë Ünal."))
        let saved = try app.store.customers.search("unal").rows
        #expect(saved.map(\.displayName) == ["Zoë Ünal"])
        #expect(try app.store.customers.customer(id: saved[0].id)?.phoneE164 == "+14155550100")
        app.press(.escape)
        #expect(app.screen.contains("Zoë Ünal"))
    }

    @Test func anEditWithAnInvalidEmailShowsTheMessageAndKeepsTheForm() throws {
        let app = try directoryWithPeople()
        app.type("nunez")
        app.press(.enter)
        app.press(.control("e"))
        #expect(app.screen.contains("Edit María Núñez"))
        guard let form = app.state.modals.top(as: CustomerFormState.self) else { Issue.record("no form"); return }
        let emailIndex = form.fields.firstIndex { $0.kind == .builtIn(.emailAddress) }!
        for _ in 0..<emailIndex { app.press(.tab) }
        app.press(.control("u"))
        app.type("maria@@example")
        app.press(.control("s"))
        #expect(app.screen.contains("is not a valid email address"))
        #expect(app.screen.contains("Edit María Núñez"))
        #expect(try app.store.customers.search("nunez").rows.count == 1)
        #expect(try app.store.customers.customers(referenceID: "R1").first?.emailAddress == "Maria.Nunez@Example.com")
    }

    @Test func escapeDiscardsAnEditAfterConfirmation() throws {
        let app = try directoryWithPeople()
        app.type("nunez")
        app.press(.enter, .control("e"))
        app.type("X")
        app.press(.escape)
        #expect(app.screen.contains("Discard changes?"))
        app.press(.character("y"))
        #expect(app.state.modals.isEmpty)
        #expect(try app.store.customers.customers(referenceID: "R1").first?.givenName == "María")
    }

    @Test func aSaveAfterAnotherCounterSavedIsShownAsAConflict() throws {
        let app = try directoryWithPeople()
        app.type("nunez")
        app.press(.enter, .control("e"))
        // Meanwhile, at the other counter:
        let other = try app.temporary.secondCounter()
        var theirs = try #require(try other.customers.customers(referenceID: "R1").first)
        theirs.nickname = "Marita"
        _ = try other.customers.update(theirs)
        app.press(.end)
        app.type("!")
        app.press(.control("s"))
        #expect(app.screen.contains("Changed at another counter"))
        #expect(app.screen.contains("Nickname: “Marita”"))
        #expect(try app.store.customers.customers(referenceID: "R1").first?.nickname == "Marita")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 50)])
    func everyTabRendersAtThisSize(_ size: Size) throws {
        let app = try AppDriver(size: size) { store in _ = try DemoLoader(store: store).load(count: 60, now: AppDriver.now) }
        app.press(.enter)
        let expectations = [["Status"], ["Profile"], ["Upcoming", "No bookings yet."], ["Date", "No payments"], ["documents", "No documents"],
                            ["Note", "Payment", "Booking", "Message", "No conversations"]]
        for (index, tab) in CardTab.allCases.enumerated() {
            app.press(.alt(Character(String(index + 1))))
            #expect(app.state.card?.tab == tab)
            #expect(app.lines.count == size.height)
            #expect(app.screen.contains(" \(index + 1) \(tab.title)"), "\(tab) at \(size)")
            #expect(expectations[index].contains { app.screen.contains($0) }, "\(tab) at \(size)")
            for line in app.lines { #expect(DisplayWidth.of(line) <= size.width) }
        }
        if size.width >= 120 { #expect(app.screen.contains("Customers")) }  // side by side on wide terminals
    }

    @Test func aNameWithAnEscapeSequenceRendersAsPlaceholders() throws {
        let app = try AppDriver { store in
            _ = try store.customers.create(Customer(givenName: "Evil\u{1B}[2J\u{1B}]0;owned\u{07}", familyName: "Name"))
        }
        app.press(.enter)  // the card's title has room for the whole name
        #expect(app.screen.contains("Evil␛[2J␛]0;owned␇ Name"))
        for cell in app.terminal.lastBuffer!.cells { #expect(!cell.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }) }
    }

    @Test func anEmptyDirectoryOffersDemoCustomers() throws {
        let app = try AppDriver()
        #expect(app.screen.contains("Welcome to Clientele"))
        app.press(.character("d"))
        #expect(try app.store.customers.count() == 200)
        #expect(app.screen.contains("200 customers"))
        #expect(!app.screen.contains("Welcome"))
    }

    @Test func resizingRedrawsAtTheNewSize() throws {
        let app = try directoryWithPeople()
        app.resize(Size(width: 130, height: 30))
        #expect(app.lines.count == 30)
        app.press(.enter)
        #expect(app.screen.contains("Customers") && app.screen.contains("1 Main"))  // now side by side
        app.resize(Size(width: 80, height: 24))
        #expect(app.lines.count == 24)
    }

    @Test func clickingARowSelectsItAndASecondClickOpensIt() throws {
        let app = try directoryWithPeople()
        let row = try #require(app.row(containing: "Núñez"))
        app.click(Point(x: 3, y: row))
        #expect(app.state.directory.selectedRow?.displayName == "María Núñez")
        app.click(Point(x: 3, y: row))
        #expect(app.state.card?.customerID == app.state.directory.selectedRow?.id)
        let tabsRow = try #require(app.row(containing: "1 Main"))
        let x = try #require(app.lines[tabsRow].range(of: "4 Payments")).lowerBound.utf16Offset(in: app.lines[tabsRow])
        app.click(Point(x: x, y: tabsRow))
        #expect(app.state.card?.tab == .payments)
    }

    /// "nunez" used to open "New customer" with "unez" in it: every letter is now the search's.
    @Test func everyLetterIsASearchAndCommandsAreOnControlKeys() throws {
        let app = try directoryWithPeople()
        app.type("nunez")
        #expect(app.state.directory.search.text == "nunez")
        #expect(app.state.modals.isEmpty)
        #expect(app.screen.contains("María Núñez"))
        app.press(.escape)
        #expect(app.state.directory.search.text == "")
        app.press(.control("n"))
        #expect(app.screen.contains("New customer"))
    }

    @Test func ctrlEInTheDirectoryEditsTheSelectedCustomer() throws {
        let app = try directoryWithPeople()
        app.press(.control("e"))
        #expect(app.screen.contains("Edit Aaron Abbott"))
    }

    /// `e` edited the last card opened, not the row the directory had selected.
    @Test func ctrlEEditsTheSelectedRowNotTheLastCardOpened() throws {
        let app = try directoryWithPeople(size: Size(width: 130, height: 30))
        app.type("nunez")
        app.press(.enter)  // María's card, beside the list
        app.press(.escape, .escape)  // back to the directory; the search cleared
        app.press(.home)
        #expect(app.state.directory.selectedRow?.displayName == "Aaron Abbott")
        #expect(app.state.card?.customerID == app.state.directory.selectedRow?.id)  // the card followed the selection
        app.press(.control("e"))
        #expect(app.screen.contains("Edit Aaron Abbott"))
    }

    /// On the card, typing goes back to the directory's search: "q" then "q" never quits.
    @Test func typingOnTheCardSearchesAndNeverQuits() throws {
        let app = try directoryWithPeople()
        app.type("nunez")
        app.press(.enter)
        #expect(app.state.focus == .card)
        app.type("qq")
        #expect(app.state.isRunning)
        #expect(app.state.focus == .directory)
        #expect(app.state.directory.search.text == "nunezqq")
    }

    @Test func theHelpOverlayListsTheKeysOfTheScreen() throws {
        let app = try directoryWithPeople()
        app.press(.character("?"))
        #expect(app.screen.contains("Keys — Directory"))
        #expect(app.screen.contains("new customer"))
        app.press(.escape)
        #expect(app.state.modals.isEmpty)
    }

    @Test func browsingPastThePageLoadsTheNextOneNeverEverything() throws {
        let app = try AppDriver { store in
            try store.customers.insertBatch((0..<450).map { Customer(givenName: "Person\($0)", familyName: "Test") })
        }
        #expect(app.state.directory.rows.count == DirectoryUpdate.pageSize)
        app.press(.end)
        for _ in 0..<30 { app.press(.down) }
        #expect(app.state.directory.rows.count == 2 * DirectoryUpdate.pageSize)
        #expect(app.screen.contains("of 450"))
    }
}
