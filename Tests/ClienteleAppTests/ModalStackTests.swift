import ClienteleTestSupport
import CustomerCore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// The modal stack's API and the key handling every modal shares (ModalKeys).
@Suite struct ModalStackTests {
    let update = AppUpdate(region: "US")

    @Test func theStackFindsAndChangesModalsByType() {
        var stack: ModalStack = [CustomerFormState(mode: .create, customFields: []), HelpModal(explaining: .form)]
        #expect(stack.top(as: HelpModal.self)?.explained == .form)
        #expect(stack.top(as: CustomerFormState.self) == nil)  // not on top
        #expect(stack.first(CustomerFormState.self) != nil)
        let changed = stack.update(CustomerFormState.self) { form in
            form.isSaving = true
            return form.isSaving
        }
        #expect(changed == true)
        #expect(stack.first(CustomerFormState.self)?.isSaving == true)
        #expect(stack.update(MergePickerState.self) { _ in 1 } == nil)  // none open: nothing to change
        stack.removeAll(HelpModal.self)
        #expect(stack.count == 1)
        stack.pop(HelpModal.self)  // the top is a form: nothing popped
        #expect(stack.count == 1)
    }

    @Test func stacksAreEqualOnlyWithTheSameModalsInTheSameOrder() {
        let form = CustomerFormState(mode: .create, customFields: [])
        let a: ModalStack = [form, HelpModal(explaining: .form)]
        #expect(a == [form, HelpModal(explaining: .form)])
        #expect(a != [form, HelpModal(explaining: .card)])
        #expect(a != [HelpModal(explaining: .form), form])
        #expect(a != [form])
    }

    @Test func f1InTheFormOpensItsHelpButAQuestionMarkIsTyped() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.modals = [CustomerFormState(mode: .create, customFields: [])]
        _ = update.update(&state, .keyPressed(.character("?")))
        #expect(state.modals.top(as: CustomerFormState.self)?.fields[0].input.text == "?")
        _ = update.update(&state, .keyPressed(.function(1)))
        #expect(state.modals.top(as: HelpModal.self)?.explained == .form)
        _ = update.update(&state, .keyPressed(.escape))
        #expect(state.modals.top(as: CustomerFormState.self)?.fields[0].input.text == "?")  // the form, untouched, under it
    }

    @Test func aModalThatStaysOpenKeepsItsPlaceUnderWhatItOpened() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.modals = [CustomerFormState(mode: .create, customFields: [])]
        _ = update.update(&state, .keyPressed(.character("A")))
        _ = update.update(&state, .keyPressed(.escape))  // edited: asks
        #expect(state.modals.count == 2)
        #expect(state.modals.top(as: ConfirmState.self)?.onYes == ConfirmYes(closesModalBelow: true))
        #expect(state.modals.first(CustomerFormState.self)?.fields[0].input.text == "A")
    }
}

/// State holds values; words come at render time, so a language switch leaves nothing stale.
@Suite struct ValuesNotSentencesTests {
    @Test func aStatusMessageIsWordedInTheLanguageItIsDrawnIn() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.say(CustomerFormNote.saved("Ana"))
        #expect(state.status?.text == "Saved Ana.")
        let french = AppText.$language.withValue(.fr) { state.status?.text }
        #expect(french == "Ana enregistré.")
    }

    @Test func theFormShowsValidationProblemsInTheInterfaceLanguage() {
        let update = AppUpdate(region: "US")
        var state = AppState(size: Size(width: 100, height: 40))
        state.modals = [CustomerFormState(mode: .create, customFields: [])]
        let emailIndex = state.modals.top(as: CustomerFormState.self)!.fields.firstIndex { $0.kind == .builtIn(.emailAddress) }!
        for _ in 0..<emailIndex { _ = update.update(&state, .keyPressed(.tab)) }
        for c in "ana@" { _ = update.update(&state, .keyPressed(.character(c))) }
        _ = update.update(&state, .keyPressed(.control("s")))
        let issue = state.modals.top(as: CustomerFormState.self)?.fields[emailIndex].issues.first
        #expect(issue?.problem == .invalidEmail("ana@"))
        let view = AppView(theme: .builtInDefault, region: "US")
        let french = AppText.$language.withValue(.fr) { view.render(state).buffer.lines().joined(separator: "\n") }
        #expect(french.contains("n'est pas une adresse e-mail valide"), "\(french)")
        let spanish = AppText.$language.withValue(.es) { view.render(state).buffer.lines().joined(separator: "\n") }
        #expect(spanish.contains("no es un correo electrónico válido"), "\(spanish)")
    }

    @Test func choiceFieldsAreKeyedByMeaningNotByLabel() {
        var form = CustomerFormState(mode: .create, customFields: [
            CustomFieldDefinition(id: 1, label: "Allergies?", kind: .yesNo),
        ])
        let last = form.fields.count - 1
        form.fields[last].choice = form.fields[last].choices.firstIndex(of: .yes)!
        let draft = AppText.$language.withValue(.fr) { form.draft(phoneParser: PhoneNumberParser(defaultRegion: "US")) }
        #expect(draft.customValues[1] == .some(.yesNo(true)))
        #expect(AppText.$language.withValue(.fr) { form.fields[last].chosen?.label } == "Oui")
    }
}

extension ValuesNotSentencesTests {
    @Test func aCustomFieldsProblemIsACaseWithEnglishForScriptsAndFrenchForTheForm() {
        let definition = CustomFieldDefinition(id: 1, label: "Visits", kind: .number)
        guard case .failure(let issue) = definition.value(from: "many", phoneParser: PhoneNumberParser(defaultRegion: "US")) else {
            Issue.record("a word is not a number"); return
        }
        #expect(issue.problem == .notANumber("many"))
        #expect(issue.message == "“many” is not a number")
        #expect(AppText.french.validationMessage(issue.problem) == "« many » n'est pas un nombre")
        let long = CustomFieldDefinition(id: 2, label: "Note", kind: .text)
        guard case .failure(let tooLong) = long.value(from: String(repeating: "a", count: 1001), phoneParser: PhoneNumberParser(defaultRegion: "US")) else {
            Issue.record("over 1,000 characters"); return
        }
        #expect(tooLong.message == "is longer than 1,000 characters")
        #expect(AppText.spanish.validationMessage(tooLong.problem) == "supera los 1,000 caracteres")
    }
}

/// The help overlay on every screen: it scrolls and wraps rather than stopping at the screen's edge.
@Suite struct HelpOverlayTests {
    @Test func theHelpScrollsToItsLastLineAndWrapsLongDescriptions() throws {
        let app = try AppDriver(size: Size(width: 60, height: 16)) { store in _ = try store.customers.create(Fixtures.maria()) }
        app.press(.character("?"))
        #expect(app.screen.contains("Keys — Directory"))
        // The last section (the last scope of the key map), far below.
        let last = AppText.english.scopeTitle(KeyScope.allCases.last!)
        #expect(!app.screen.contains(last))
        for _ in 0..<1_000 { app.press(.down) }  // past the end, however long the key map grows
        #expect(app.screen.contains(last), "\(app.screen)")  // scrolled to
        for line in app.lines { #expect(DisplayWidth.of(line) <= 60) }
        // A description longer than its column wraps: "filters: group, status, …" then "created between" further down.
        for _ in 0..<1_000 { app.press(.up) }
        for _ in 0..<6 { app.press(.down) }
        let continued = app.lines.first { $0.contains("between") }
        #expect(continued != nil && !(continued!.contains("ctrl+f")), "\(app.screen)")
        app.press(.escape)
        #expect(app.state.modals.isEmpty)
    }

    /// F1 everywhere; `?` too where no text field has the keyboard (in a field it is typed).
    @Test(arguments: [("ctrl+n", KeyScope.form, false), ("ctrl+o", .importWizard, false), ("ctrl+x", .exportDialog, true),
                      ("ctrl+d", .duplicateReview, true)])
    func everyScreenOpensItsOwnHelp(_ opener: String, _ scope: KeyScope, _ questionMarkToo: Bool) throws {
        let app = try AppDriver { store in _ = try store.customers.create(Fixtures.maria()) }
        app.press(KeyChord(opener)!.event)
        #expect(app.state.activeScope == scope)
        app.press(.function(1))
        #expect(app.state.modals.top(as: HelpModal.self)?.explained == scope)
        app.press(.escape)
        #expect(app.state.activeScope == scope)
        app.press(.character("?"))
        #expect((app.state.modals.top(as: HelpModal.self) != nil) == questionMarkToo)
    }
}

/// Every value on the card in the interface's language, and no label running into its value.
@Suite struct CardWordsTests {
    @Test func theInfoTabSpeaksFrenchAndKeepsLabelsApart() throws {
        let app = try AppDriver(size: Size(width: 100, height: 40), language: .fr) { store in
            _ = try store.customers.create(Customer(givenName: "Léa", familyName: "Roux", emailAddress: "lea@example.fr", status: .lead))
        }
        app.press(.enter, .alt("2"))
        #expect(app.screen.contains("Prospect"), "\(app.screen)")
        #expect(app.screen.contains("Inconnu"), "\(app.screen)")  // the subscription
        #expect(!app.screen.contains("Unknown") && !app.screen.contains("Lead"))
        let english = try AppDriver(size: Size(width: 100, height: 40)) { store in
            _ = try store.customers.create(Customer(givenName: "Léa", familyName: "Roux", emailAddress: "lea@example.fr"))
        }
        english.press(.enter, .alt("2"))
        #expect(english.screen.contains("Email subscription Unknown") || english.screen.contains("Email subscription  Unknown"), "\(english.screen)")
        #expect(!english.screen.contains("subscriptionUnknown"))
    }
}
