import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Loyalty from the card (PRODUCT §9, seed 002): enrol by phone, adjust with a reason, redeem a
/// reward — the balance never below zero — and the activity log.
@Suite struct LoyaltyJourneyTests {
    @Test func aCustomerIsEnrolledAdjustedAndRedeemsAReward() throws {
        var id: CustomerID = 0
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            id = try store.customers.create(Fixtures.maria()).id!
            try store.loyalty.saveProgram(LoyaltyProgram(name: "Club Rosa", accrual: .perVisit(points: 10),
                                                         rewards: [LoyaltyReward(name: "Free blow-dry", pointsCost: 50), LoyaltyReward(name: "Colour", pointsCost: 500)]))
        }
        app.press(.enter, .control("l"))
        #expect(app.screen.contains("Loyalty — María Núñez") && app.screen.contains("Club Rosa · 10 points per completed visit"), "\(app.screen)")
        #expect(app.screen.contains("Not enrolled"))
        app.press(.character("e"))
        #expect(app.screen.contains("Enrolled in the loyalty program."), "\(app.screen)")
        #expect(app.screen.contains("0 points · enrolled with +14155550134"), "\(app.screen)")

        app.press(.character("j"))
        app.type("60")
        app.press(.enter)
        #expect(app.screen.contains("An adjustment needs a reason"), "\(app.screen)")
        app.type("Welcome gift")  // the reason has the keyboard now
        app.press(.enter)
        #expect(app.screen.contains("Added 60 points."), "\(app.screen)")
        #expect(app.screen.contains("60 points · enrolled"))

        app.press(.character("r"))  // the cheapest reward is selected first
        #expect(app.screen.contains("“Free blow-dry” costs 50 points; the balance is 60."), "\(app.screen)")
        app.press(.character("y"))
        #expect(app.screen.contains("Redeemed “Free blow-dry”."), "\(app.screen)")
        #expect(try app.store.loyalty.account(for: id)?.balance == 10)

        app.press(.down, .character("r"), .character("y"))  // Colour, 500: more than the balance
        #expect(app.screen.contains("it cannot go below zero"), "\(app.screen)")
        #expect(try app.store.loyalty.account(for: id)?.balance == 10)
        let kinds = try app.store.loyalty.entries(accountID: try #require(try app.store.loyalty.account(for: id)?.id)).map(\.kind)
        #expect(kinds == [.redeemed, .adjusted, .enrolled])
    }

    @Test func aProfileWithoutAPhoneCannotBeEnrolledAndSaysWhy() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            _ = try store.customers.create(Customer(givenName: "Ana", familyName: "Ruiz", emailAddress: "ana@example.com"))
        }
        app.press(.enter, .control("l"))
        #expect(app.screen.contains("No loyalty program yet"), "\(app.screen)")
        app.press(.character("e"))
        #expect(app.screen.contains("add a phone to the profile first"), "\(app.screen)")
    }
}
