import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// The fields screen (F7, issue 15 point 3): a choice field defined, used in the customer form,
/// a type change refused with the values that do not fit, a field moved and deleted.
@Suite struct CustomFieldsJourneyTests {
    func shop() throws -> (app: AppDriver, maria: CustomerID, allergies: Int64) {
        var maria: CustomerID = 0
        var allergies: Int64 = 0
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            maria = try store.customers.create(Fixtures.maria()).id!
            allergies = try store.customFields.save(CustomFieldDefinition(label: "Allergies", kind: .text)).id!
            try store.customFields.setValue(.text("pollen"), fieldID: allergies, customerID: maria)
        }
        return (app, maria, allergies)
    }

    @Test func aChoiceFieldIsDefinedAndChosenInTheForm() throws {
        let (app, maria, _) = try shop()
        app.press(.function(7))
        #expect(app.screen.contains("Custom fields") && app.screen.contains("Allergies"), "\(app.screen)")
        #expect(app.screen.contains("1 customer"), "\(app.screen)")
        app.press(.character("a"))
        #expect(app.screen.contains("New custom field"), "\(app.screen)")
        app.type("Skin type")
        app.press(.tab)
        for _ in 0..<7 { app.press(.control("n")) }  // text → … → choice
        #expect(app.screen.contains("‹ Choice from a list ›"), "\(app.screen)")
        app.press(.tab)
        app.type("dry|oily")
        app.press(.control("s"))
        #expect(app.screen.contains("Custom field “Skin type” added."), "\(app.screen)")
        #expect(app.screen.contains("Choice from a list: dry|oily"), "\(app.screen)")
        let skin = try #require(try app.store.customFields.definitions().last)
        #expect(skin.kind == .choice && skin.choices == ["dry", "oily"])

        app.press(.escape, .enter, .control("e"))  // the card, then its edit form
        #expect(app.screen.contains("Skin type"), "\(app.screen)")
        let fields = try #require(app.state.modals.top(as: CustomerFormState.self)).fields
        let index = try #require(fields.firstIndex { if case .custom(let d) = $0.kind { d.label == "Skin type" } else { false } })
        for _ in 0..<index { app.press(.tab) }
        app.press(.control("n"), .control("n"))  // blank → dry → oily
        app.press(.control("s"))
        #expect(try app.store.customFields.values(for: maria)[skin.id!] == .choice("oily"), "\(app.screen)")
    }

    @Test func aTypeChangeThatDoesNotFitShowsTheValuesAndChangesNothing() throws {
        let (app, maria, allergies) = try shop()
        app.press(.function(7), .character("e"))
        #expect(app.screen.contains("Edit “Allergies”"), "\(app.screen)")
        app.press(.tab)
        for _ in 0..<7 { app.press(.control("n")) }
        app.press(.tab)
        app.type("latex|nickel")
        app.press(.control("s"))
        #expect(app.screen.contains("1 value does not fit Choice from a list; nothing was changed:"), "\(app.screen)")
        #expect(app.screen.contains("María Núñez: “pollen”"), "\(app.screen)")
        #expect(try app.store.customFields.definitions().map(\.kind) == [.text])
        #expect(try app.store.customFields.values(for: maria)[allergies] == .text("pollen"))
        // With pollen among the options it goes through.
        app.type("|pollen")
        app.press(.control("s"))
        #expect(app.screen.contains("Custom field “Allergies” saved."), "\(app.screen)")
        #expect(try app.store.customFields.values(for: maria)[allergies] == .choice("pollen"))
    }

    @Test func aFieldIsMovedAndDeletedAfterSayingHowManyValuesGo() throws {
        let (app, _, _) = try shop()
        _ = try app.store.customFields.save(CustomFieldDefinition(label: "Visits", kind: .number))
        app.press(.function(7))
        app.press(.down, .character("u"))
        #expect(try app.store.customFields.definitions().map(\.label) == ["Visits", "Allergies"])
        app.press(.down, .character("x"))  // the selection went up with Visits
        #expect(app.screen.contains("1 customer has a value for “Allergies”;"), "\(app.screen)")  // the question wraps after it
        app.press(.character("y"))
        #expect(app.screen.contains("Custom field “Allergies” deleted, with 1 value."), "\(app.screen)")
        #expect(try app.store.customFields.definitions().map(\.label) == ["Visits"])
    }
}
