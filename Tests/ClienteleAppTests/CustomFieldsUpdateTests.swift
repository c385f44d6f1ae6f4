import ClienteleTestSupport
import CustomerCore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// The fields screen as state in, state and effects out: what a key asks the store for, and how
/// the store's answers land (values, worded at render time).
@Suite struct CustomFieldsUpdateTests {
    let update = AppUpdate(region: "US")

    func press(_ keys: KeyEvent..., on state: inout AppState) -> [Effect] {
        keys.flatMap { update.update(&state, .keyPressed($0)) }
    }

    @Test func f7OpensTheScreenAndAsksForTheListWithCounts() {
        var state = AppState(size: Size(width: 80, height: 24))
        #expect(press(.function(7), on: &state) == [.customFields(.load)])
        #expect(state.modals.top(as: CustomFieldsState.self) != nil)
        let fields = [CustomFieldDefinition(id: 4, label: "Visits", kind: .number, position: 1)]
        _ = update.update(&state, .customFields(.loaded(fields, valueCounts: [4: 3])))
        #expect(state.modals.top(as: CustomFieldsState.self)?.valueCounts == [4: 3])
        #expect(state.customFields == fields)  // the customer form's next fields
    }

    @Test func ctrlSInTheFieldFormAsksTheStoreToSaveWhatItDescribes() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.modals = [CustomFieldsState(fields: []), CustomFieldFormState(editing: nil)]
        for character in " Skin type " { _ = press(.character(character), on: &state) }
        _ = press(.tab, on: &state)
        for _ in 0..<7 { _ = press(.control("n"), on: &state) }
        _ = press(.tab, on: &state)
        for character in "dry| oily |" { _ = press(.character(character), on: &state) }
        let effects = press(.control("s"), on: &state)
        #expect(effects == [.customFields(.save(CustomFieldDefinition(label: "Skin type", kind: .choice, choices: ["dry", "oily"])))])
        #expect(state.modals.top(as: CustomFieldFormState.self)?.isSaving == true)
    }

    @Test func aFormTheRulesRefuseSendsNothingAndSaysWhy() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.customFields = [CustomFieldDefinition(id: 1, label: "Visits", kind: .number)]
        state.modals = [CustomFieldsState(fields: state.customFields), CustomFieldFormState(editing: nil)]
        for character in "visits" { _ = press(.character(character), on: &state) }
        #expect(press(.control("s"), on: &state).isEmpty)
        #expect(state.modals.top(as: CustomFieldFormState.self)?.problems.map(\.problem) == [.labelTaken("visits")])
    }

    @Test func aRefusedTypeChangeIsKeptAsValuesAndWordedInEachLanguage() throws {
        var state = AppState(size: Size(width: 80, height: 24))
        let before = CustomFieldDefinition(id: 1, label: "Allergies", kind: .text, position: 1)
        state.modals = [CustomFieldsState(fields: [before]), CustomFieldFormState(editing: before)]
        let refusals = (1...6).map { CustomFieldTypeChange.Refusal(customerID: Int64($0), customerName: "Customer \($0)", value: "v\($0)", problem: .notANumber("v\($0)")) }
        var after = before
        after.kind = .number
        let change = CustomFieldTypeChange(before: before, after: after, convertedCount: 0, refusals: refusals)
        _ = update.update(&state, .customFields(.typeChangeRefused(change)))
        #expect(state.modals.top(as: CustomFieldFormState.self)?.refusal == change)
        let words = [
            InterfaceLanguage.en: ["6 values do not fit Number; nothing was changed:", "Customer 4: “v4”", "… and 2 more"],
            .fr: ["6 valeurs ne conviennent pas au type Nombre ; rien n'a été changé :", "… et 2 de plus"],
            .es: ["6 valores no encajan en el tipo Número; no se cambió nada:", "… y 2 más"],
        ]
        for (language, expected) in words {
            state.size = Size(width: 100, height: 30)
            let screen = AppText.$language.withValue(language) { AppView(theme: .builtInDefault, region: "US").render(state).buffer.text }
            for line in expected { #expect(screen.contains(line), "\(language): \(line)\n\(screen)") }
            #expect(!screen.contains("Customer 5"), "only the first four are listed")
        }
    }
}
