import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Duplicates and merging at the counter: the real runtime, a memory terminal, a real SQLite file.
@Suite struct DuplicateJourneyTests {
    /// Two profiles of one person sharing an email, each with a note, and one other customer.
    func twoAnas(size: Size = Size(width: 80, height: 24)) throws -> AppDriver {
        let app = try AppDriver(size: size) { store in
            let first = try store.customers.create(Customer(givenName: "Ana", familyName: "Garcia", emailAddress: "ana@example.com",
                                                            phoneNumber: "+1 415 555 0101"), now: AppDriver.now.addingTimeInterval(-86_400))
            let second = try store.customers.create(Customer(givenName: "Ana", familyName: "García", companyName: "Café Ana",
                                                             emailAddress: "ANA@example.com ", phoneNumber: "+1 415 555 0177"), now: AppDriver.now)
            _ = try store.notes.save(Note(customerID: first.id!, body: "Likes green tea"))
            _ = try store.notes.save(Note(customerID: second.id!, body: "Allergic to nuts"))
            _ = try store.customers.create(Fixtures.jose())
        }
        app.waitForBackgroundWork()
        return app
    }

    /// "i" used to be final: a pair ignored by mistake could never be suggested again.
    @Test func anIgnoredPairIsListedAndCanBeSuggestedAgain() throws {
        let app = try twoAnas()
        app.press(.control("d"))
        app.waitForBackgroundWork()
        app.press(.character("i"))
        app.waitForBackgroundWork()
        #expect(app.state.duplicateCount == 0)
        #expect(app.screen.contains("No duplicate suggestions"), "\(app.screen)")
        app.press(.character("I"))
        #expect(app.screen.contains("Pairs ignored as not duplicates"))
        #expect(app.screen.contains("Ana Garcia (#1) · Ana García (#2)"), "\(app.screen)")
        app.press(.character("u"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains("No pair is ignored."), "\(app.screen)")
        #expect(try app.store.duplicates.ignoredPairs().isEmpty)
        app.press(.escape)
        #expect(app.state.duplicateCount == 1)
        #expect(app.screen.contains("Duplicate suggestions") && app.screen.contains("Why:"), "\(app.screen)")
    }

    @Test func twoProfilesSharingAnEmailAreMergedFromTheReview() throws {
        let app = try twoAnas()
        #expect(app.state.duplicateCount == 1)
        #expect(app.lines[0].contains("1 possible duplicate — press ctrl+d to review"))
        #expect(app.lines[23].contains("possible duplicate"))
        app.press(.control("d"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Duplicate suggestions"))
        #expect(app.screen.contains("same email: ana@example.com"))
        let nameRow = try #require(app.lines.first { $0.contains("Name") && $0.contains("Ana Garcia") })
        #expect(nameRow.contains("Ana García"))  // side by side
        #expect(app.screen.contains("Allergic") == false)  // counts, not the notes themselves
        let notesRow = try #require(app.lines.first { $0.contains("Notes") })
        #expect(notesRow.filter { $0 == "1" }.count == 2)

        app.press(.character("m"))
        #expect(app.screen.contains("Merge review"))
        #expect(app.screen.contains("goes into"))
        app.press(.control("s"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Merged Ana García (#2) into"))
        #expect(app.state.duplicateCount == 0)
        #expect(app.screen.contains(AppText.current.noDuplicates))
        app.press(.escape)
        #expect(try app.store.customers.count() == 2)
        let card = try #require(app.state.card?.card)
        #expect(Set(card.notes.map(\.body)) == ["Likes green tea", "Allergic to nuts"])
        #expect(app.screen.contains("Merged from: Ana García"))
        #expect(!app.lines[0].contains("possible duplicate"))
    }

    @Test func ignoringASuggestionRemovesItAndTheAlert() throws {
        let app = try twoAnas()
        app.press(.control("d"))
        app.waitForBackgroundWork()
        app.press(.character("i"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains(AppText.current.noDuplicates))
        #expect(app.state.duplicateCount == 0)
        app.press(.escape)
        #expect(!app.screen.contains("possible duplicate"))
        #expect(try app.store.duplicates.clusters().isEmpty)
        #expect(try app.store.customers.count() == 3)
    }

    @Test func aManualMergeFromTheCardFindsTheOtherProfileBySearch() throws {
        let app = try twoAnas()
        app.type("jose")
        app.press(.enter)
        let joseID = try #require(app.state.card?.customerID)
        app.press(.control("g"))
        #expect(app.screen.contains("Merge José García with…"))
        app.type("garcia")
        // The card's own profile is never offered.
        guard let picker = app.state.modals.top(as: MergePickerState.self) else { Issue.record("no picker"); return }
        #expect(!picker.results.isEmpty)
        #expect(!picker.results.contains { $0.id == joseID })
        app.press(.enter)
        #expect(app.screen.contains("Merge review"))
        guard let review = app.state.modals.top(as: MergeReviewState.self) else { Issue.record("no review"); return }
        #expect(review.plan.survivor.id == joseID)  // the card's customer survives by default
        app.press(.control("s"))
        app.waitForBackgroundWork()
        #expect(app.state.card?.customerID == joseID)
        #expect(try app.store.customers.count() == 2)
        #expect(app.state.status?.text.hasPrefix("Merged Ana") == true)
    }

    @Test func undoFromTheCardGivesBothProfilesBack() throws {
        let app = try twoAnas()
        app.press(.control("d"))
        app.waitForBackgroundWork()
        app.press(.enter, .control("s"))
        app.waitForBackgroundWork()
        app.press(.escape)
        #expect(try app.store.customers.count() == 2)
        #expect(app.screen.contains("— u to undo"))
        app.press(.control("z"))
        #expect(app.screen.contains("Undo merge of Ana García"))
        app.press(.character("y"))
        app.waitForBackgroundWork()
        #expect(try app.store.customers.count() == 3)
        #expect(app.screen.contains("is a profile of its own again"))
        #expect(!app.screen.contains("Merged from:"))
        #expect(app.state.duplicateCount == 1)
        #expect(app.state.directory.rows.count == 3)
    }

    @Test func aClusterOfThreeIsMergedOneProfileAfterAnother() throws {
        let app = try AppDriver { store in
            for family in ["Lee", "Lee", "Li"] {
                _ = try store.customers.create(Customer(givenName: "Kim", familyName: family, phoneNumber: "+1 415 555 0123"))
            }
        }
        app.waitForBackgroundWork()
        app.press(.control("d"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains("3 profiles"))
        app.press(.character("m"), .control("s"))
        #expect(app.screen.contains("Merge review"))  // the survivor meets the third profile
        app.press(.control("s"))
        app.waitForBackgroundWork()
        #expect(try app.store.customers.count() == 1)
        #expect(app.state.duplicateCount == 0)
    }

    @Test func mergeAllMergesEveryExactClusterAfterTheConfirmation() throws {
        let app = try twoAnas()
        app.press(.control("d"))
        app.waitForBackgroundWork()
        app.press(.character("A"))
        #expect(app.screen.contains("Merge 2 profiles into 1?"))
        app.press(.character("y"))
        app.waitForBackgroundWork()
        #expect(try app.store.customers.count() == 2)
        #expect(app.screen.contains("Merged 2 profiles into 1."))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 50)])
    func everyDuplicateScreenRendersAtThisSize(_ size: Size) throws {
        let app = try AppDriver(size: size) { store in
            for (index, given) in ["Kim", "Kimberly", "Kim"].enumerated() {
                _ = try store.customers.create(Customer(givenName: given, familyName: "Lee-Okonkwo-Vasquez", companyName: "山田商事 Trading Company",
                                                        emailAddress: "kim.lee.okonkwo@example.com", phoneNumber: "+1 415 555 01\(20 + index)",
                                                        address: PostalAddress(line1: "1200 Mission Street, Apt 45", locality: "San Francisco", postalCode: "94103")))
            }
            _ = try store.customers.create(Fixtures.maria())
        }
        app.waitForBackgroundWork()
        func expectFits(_ what: String) {
            #expect(app.lines.count == size.height, "\(what) at \(size)")
            for line in app.lines { #expect(DisplayWidth.of(line) <= size.width, "\(what) at \(size): \(line)") }
        }
        expectFits("directory with the alert")
        app.press(.control("d"))
        app.waitForBackgroundWork()
        expectFits("duplicate review")
        #expect(app.screen.contains("Why: same email"))
        // The side-by-side columns line up: each profile's header and its values start at one column.
        let header = try #require(app.lines.first { $0.contains("#1") && $0.contains("#2") })
        let email = try #require(app.lines.first { $0.contains("Email") })
        func column(_ text: String, in line: String) -> Int? {
            line.range(of: text).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
        }
        let secondEmail = email.ranges(of: "kim.").dropFirst().first.map { DisplayWidth.of(String(email[..<$0.lowerBound])) }
        #expect(secondEmail == column("#2", in: header))
        app.press(.character("m"))
        expectFits("merge review")
        app.press(.character("s"), .down, .right)
        expectFits("merge review after changes")
        app.press(.escape, .escape)
        app.type("maria")
        app.press(.enter, .control("g"))
        app.type("lee")
        expectFits("merge picker")
        #expect(app.screen.contains("Kimberly"))
    }

    @Test func aProfileSavedAtAnotherCounterDuringTheReviewIsReloadedNotOverwritten() throws {
        let app = try twoAnas()
        app.press(.control("d"))
        app.waitForBackgroundWork()
        app.press(.character("m"))
        let other = try app.temporary.secondCounter()
        var theirs = try #require(try other.customers.search("garcia").rows.first { $0.companyName == "Café Ana" }.flatMap { try other.customers.customer(id: $0.id) })
        theirs.nickname = "Anita"
        _ = try other.customers.update(theirs)
        app.press(.control("s"))
        #expect(app.screen.contains("Changed at another counter"))
        #expect(app.screen.contains("Anita"))  // the review shows the value saved meanwhile
        #expect(try app.store.customers.count() == 3)
        app.press(.control("s"))
        app.waitForBackgroundWork()
        #expect(try app.store.customers.count() == 2)
        #expect(app.state.card?.card?.customer.nickname == "Anita")
    }

    @Test func escapeAfterChangingAChoiceAsksBeforeClosingTheMergeReview() throws {
        let app = try twoAnas()
        app.press(.control("d"))
        app.waitForBackgroundWork()
        app.press(.character("m"), .character("s"), .escape)
        #expect(app.screen.contains("Discard the merge choices?"))
        app.press(.character("n"))
        #expect(app.screen.contains("Merge review"))
        app.press(.escape, .character("y"))
        #expect(app.screen.contains("Duplicate suggestions"))
        #expect(try app.store.customers.count() == 3)
        app.press(.character("?"))
        #expect(app.screen.contains("Keys — Duplicate review"))
    }
}
