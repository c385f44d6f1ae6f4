import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// The settings screen (F9): each setting changed in the interface is checked as
/// `clientele settings set` checks it, stored in the database, and shown; the loyalty program is
/// edited from its row.
@Suite struct SettingsJourneyTests {
    func app() throws -> AppDriver {
        try AppDriver(size: Size(width: 100, height: 30)) { store in _ = try store.customers.create(Fixtures.maria()) }
    }

    func open(_ app: AppDriver, row: Int) {
        app.press(.function(9))
        for _ in 0..<row { app.press(.down) }
        app.press(.enter)
    }

    @Test func theCurrencyIsCheckedStoredAndUsedAtOnce() throws {
        let app = try app()
        open(app, row: 3)  // shop name, email, region, currency
        #expect(app.screen.contains("A three-letter code"), "\(app.screen)")
        app.type("euros")
        app.press(.control("s"))
        #expect(app.screen.contains("“euros” is not a currency code in use: USD, EUR, MXN, GBP…"), "\(app.screen)")
        #expect(try app.store.settings.value(.currency) == nil)
        for _ in 0..<5 { app.press(.backspace) }
        app.type("eur")
        app.press(.control("s"))
        #expect(app.screen.contains("Currency saved."), "\(app.screen)")
        #expect(try app.store.settings.value(.currency) == "EUR")
        #expect(app.state.shopCurrency == "EUR")
        #expect(app.screen.contains("EUR"))
        app.press(.delete)
        #expect(try app.store.settings.value(.currency) == nil)
        #expect(app.screen.contains("Currency removed: the standard value applies."), "\(app.screen)")
    }

    @Test func theLanguageIsAChoiceAndAppliesFromTheNextStart() throws {
        let app = try app()
        open(app, row: 4)
        app.press(.control("n"))
        #expect(app.screen.contains("◂ Español ▸"), "\(app.screen)")
        app.press(.control("n"), .control("s"))
        #expect(try app.store.settings.value(.language) == "fr")
        #expect(app.screen.contains("Interface language saved; it applies from the next start."), "\(app.screen)")
    }

    @Test func aTemplateOpensAsTheStandardOneAndATypoIsRefused() throws {
        let app = try app()
        open(app, row: 8)
        #expect(app.screen.contains("Payment overdue: {amount}"), "\(app.screen)")
        app.type(" {nmae}")  // at the end of the subject
        app.press(.control("s"))
        #expect(app.screen.contains("{nmae} is not a placeholder"), "\(app.screen)")
        #expect(try app.store.settings.value(.overdueReminderTemplate) == nil)
        for _ in 0..<7 { app.press(.backspace) }
        app.type(" — {name}")
        app.press(.control("s"))
        let stored = try #require(try app.store.settings.value(.overdueReminderTemplate))
        #expect(MessageTemplate(storedText: stored).subject == "Payment overdue: {amount} — {name}")
        #expect(MessageTemplate(storedText: stored).body.hasPrefix("Hello {name},"))
    }

    @Test func theLoyaltyProgramIsEditedFromItsRow() throws {
        let app = try app()
        open(app, row: 11)
        #expect(app.screen.contains("Rewards (one per line: name = points)"), "\(app.screen)")
        app.press(.tab, .control("n"), .tab)  // the rule: per amount spent; then the points
        app.press(.backspace, .backspace)
        app.type("2")
        app.press(.tab)
        app.type("Free coffee = 100\nCake 250")
        app.press(.control("s"))
        #expect(app.screen.contains("Line 2 (“Cake 250”) is not “name = points”"), "\(app.screen)")
        #expect(try app.store.loyalty.program() == nil)
        app.press(.backspace, .backspace, .backspace, .backspace)
        app.type("= 250")
        app.press(.control("s"))
        #expect(app.screen.contains("Loyalty program saved."), "\(app.screen)")
        let program = try #require(try app.store.loyalty.program())
        #expect(program.accrual == .perAmount(points: 2, amountMinor: 100))
        #expect(program.rewards.map(\.name) == ["Free coffee", "Cake"] && program.rewards.map(\.pointsCost) == [100, 250])
        #expect(app.screen.contains("Loyalty · 2 points per USD spent · 2 rewards"), "\(app.screen)")
    }
}
