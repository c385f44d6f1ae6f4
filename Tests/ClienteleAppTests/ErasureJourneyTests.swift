import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Erasing a customer from the card on a privacy request: one question naming what goes, then the
/// customer is gone from the directory and the store.
@Suite struct ErasureJourneyTests {
    @Test func f8AsksNamingWhatGoesAndYesErasesTheCustomer() throws {
        var maria: CustomerID = 0
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            maria = try store.customers.create(Fixtures.maria()).id!
            _ = try store.customers.create(Fixtures.jose())
            _ = try store.notes.save(Note(customerID: maria, body: "Allergic to the blue dye"))
            _ = try store.notes.save(Note(customerID: maria, body: "Prefers mornings"))
            _ = try store.bookings.save(Booking(customerID: maria, startsAt: Date(timeIntervalSince1970: 1_796_288_400), durationMinutes: 45,
                                                service: "Colour", status: .completed))
            _ = try store.loyalty.enroll(customerID: maria)
        }
        app.type("nunez")
        app.press(.enter)
        #expect(app.screen.contains("María Núñez"), "\(app.screen)")
        app.press(.function(8))
        let asked = app.screen
        #expect(asked.contains("Erase this customer for good?"), "\(asked)")
        #expect(asked.contains("│ María Núñez goes, with 2 notes, 1 booking, the       │"), "\(asked)")
        #expect(asked.contains("│ loyalty membership, 1 loyalty entry. This cannot be  │"), "\(asked)")
        #expect(asked.contains("│ undone.      "), "the box grew to hold the whole question: \(asked)")

        app.press(.character("n"))  // no: nothing happens
        #expect(try app.store.customers.customer(id: maria) != nil)
        #expect(!app.screen.contains("Erase this customer"))

        app.press(.function(8), .character("y"))
        #expect(app.screen.contains("María Núñez was erased, with everything on file about them."), "\(app.screen)")
        #expect(try app.store.customers.customer(id: maria) == nil)
        #expect(try app.store.notes.notes(for: maria).isEmpty)
        app.press(.escape)  // the search
        #expect(!app.screen.contains("Núñez"), "\(app.screen)")
        #expect(app.screen.contains("José García"), "\(app.screen)")
    }

    @Test func theQuestionSpeaksTheInterfacesLanguage() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30), language: .fr) { store in
            let id = try store.customers.create(Fixtures.camille()).id!
            _ = try store.notes.save(Note(customerID: id, body: "Rappeler jeudi"))
        }
        app.press(.enter, .function(8))
        #expect(app.screen.contains("Effacer ce client pour de bon ?"), "\(app.screen)")
        #expect(app.screen.contains("Camille Lefèvre part, avec 1 note. C'est sans") && app.screen.contains("│ retour."), "\(app.screen)")
    }

    @Test func f8EmitsTheCountsFirstAndYesTheErasure() {
        var state = AppState(size: Size(width: 100, height: 30))
        state.card = CardState(customerID: 7)
        state.focus = .card
        let update = AppUpdate(region: "US")
        // Without a loaded card there is nothing to name yet.
        #expect(update.update(&state, .keyPressed(.function(8))).isEmpty)
        state.card?.card = CustomerCard(customer: Customer(id: 7, givenName: "Ana"))
        #expect(update.update(&state, .keyPressed(.function(8))) == [.erasure(.summarize(7))])
        var summary = ErasureSummary(customerID: 7, customerName: "Ana")
        summary[.notes] = 3
        #expect(update.update(&state, .erasure(.summarized(7, summary))).isEmpty)
        #expect(state.modals.top(as: ConfirmState.self)?.onYes.effects == [.erasure(.erase(7))])
        let effects = update.update(&state, .keyPressed(.character("y")))
        #expect(effects == [.erasure(.erase(7))])
        let after = update.update(&state, .erasure(.erased(summary)))
        #expect(state.card == nil && state.focus == .directory)
        #expect(after.contains(.shell(.loadOverview)))
    }
}
