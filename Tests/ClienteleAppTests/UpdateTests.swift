import CustomerCore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// State + Msg in, state + effects out: no terminal, no database.
@Suite struct UpdateTests {
    let update = AppUpdate(region: "US")

    func formState() -> AppState {
        var state = AppState(size: Size(width: 80, height: 24))
        state.modals = [CustomerFormState(mode: .create, customFields: [])]
        return state
    }

    func form(_ state: AppState) -> CustomerFormState? {
        state.modals.top(as: CustomerFormState.self)
    }

    @Test func ctrlSInTheFormEmitsSaveCustomer() {
        var state = formState()
        for c in "Ana" { _ = update.update(&state, .keyPressed(.character(c))) }
        let effects = update.update(&state, .keyPressed(.control("s")))
        guard case .customerForm(.save(let draft))? = effects.first else { Issue.record("expected a save, got \(effects)"); return }
        #expect(draft.customer.givenName == "Ana")
        #expect(draft.isNew)
    }

    @Test func typingQInANameNeverQuits() {
        var state = formState()
        let effects = update.update(&state, .keyPressed(.character("q")))
        #expect(effects.isEmpty)
        #expect(state.isRunning)
        #expect(form(state)?.fields[0].input.text == "q")
    }

    @Test func anInvalidEmailIsShownUnderItsFieldAndNothingIsSaved() {
        var state = formState()
        for c in "Ana" { _ = update.update(&state, .keyPressed(.character(c))) }
        let emailIndex = form(state)!.fields.firstIndex { $0.kind == .builtIn(.emailAddress) }!
        for _ in 0..<emailIndex { _ = update.update(&state, .keyPressed(.tab)) }
        for c in "ana@" { _ = update.update(&state, .keyPressed(.character(c))) }
        let effects = update.update(&state, .keyPressed(.control("s")))
        #expect(effects.isEmpty)
        #expect(form(state)?.fields[emailIndex].issues.first?.message.contains("not a valid email") == true)
        #expect(form(state)?.focused == emailIndex)
    }

    @Test func escapeOnAnEditedFormAsksBeforeDiscarding() {
        var state = formState()
        _ = update.update(&state, .keyPressed(.character("A")))
        _ = update.update(&state, .keyPressed(.escape))
        guard state.modals.top(as: ConfirmState.self) != nil else { Issue.record("expected a confirmation"); return }
        _ = update.update(&state, .keyPressed(.character("n")))
        #expect(form(state) != nil)
        _ = update.update(&state, .keyPressed(.escape))
        _ = update.update(&state, .keyPressed(.character("y")))
        #expect(state.modals.isEmpty)
    }

    @Test func escapeOnAnUntouchedFormClosesIt() {
        var state = formState()
        _ = update.update(&state, .keyPressed(.escape))
        #expect(state.modals.isEmpty)
    }

    @Test func typingInTheDirectoryStartsASearchAndLoadsMatches() {
        var state = AppState(size: Size(width: 80, height: 24))
        let effects = update.update(&state, .keyPressed(.character("4")))
        #expect(state.directory.search.text == "4")
        guard case .directory(.load(let request))? = effects.first else { Issue.record("expected a load"); return }
        #expect(request.query == "4")
    }

    @Test func anAnswerToAnOlderQueryIsIgnored() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = update.update(&state, .keyPressed(.character("a")))
        _ = update.update(&state, .keyPressed(.character("n")))  // a search for "an": two requests
        let stale = DirectoryLoad(requestID: state.directory.requestID - 1, rows: [DirectoryRow(id: 1, displayName: "Old", companyName: "", emailAddress: "",
                                  phoneNumber: "", phoneE164: nil, status: .client, createdAt: Date(), lastActivityAt: nil)],
                                  next: nil, matchingCount: 1, isTruncated: false, isContinuation: false)
        _ = update.update(&state, .directory(.loaded(stale)))
        #expect(state.directory.rows.isEmpty)
    }

    @Test func aConflictKeepsTheFormAndSaysWhatChanged() {
        let mine = Customer(id: 7, givenName: "Ana", memo: "mine", version: 1)
        var state = AppState(size: Size(width: 80, height: 24))
        state.modals = [CustomerFormState(mode: .edit(mine), customFields: [])]
        var theirs = mine
        theirs.memo = "theirs"
        theirs.version = 2
        _ = update.update(&state, .customerForm(.saveConflicted(current: theirs)))
        let message = form(state)?.conflictMessage ?? ""
        #expect(message.contains("Memo: “theirs”"))
        #expect(message.contains("another counter"))
        if case .edit(let rebased)? = form(state)?.mode { #expect(rebased.version == 2) } else { Issue.record("still editing") }
    }

    /// The export used to take only the filtered group: a status or subscription filter was ignored.
    @Test func theExportDialogExportsTheCurrentFilterOrTheWholeDirectory() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.directory.groups = [CustomerGroup(id: 3, name: "VIP")]
        let filter = DirectoryFilter(groupID: 3, status: .client, emailSubscription: .subscribed)
        state.directory.filter = filter
        _ = update.update(&state, .keyPressed(.control("x")))
        guard let dialog = state.modals.top(as: ExportDialogState.self) else { Issue.record("expected the export dialog"); return }
        #expect(dialog.onlyCurrentFilter)
        #expect(dialog.filterLabel == "status client, group “VIP”, email subscribed")
        let path = dialog.path.text
        #expect(update.update(&state, .keyPressed(.enter)) == [.export(.write(format: .csv, filter: filter, path: path, overwrite: false))])
        #expect(state.modals.top(as: ExportDialogState.self)?.isWriting == true)  // open until the answer
        _ = update.update(&state, .export(.exported(count: 1, path: path)))
        #expect(state.modals.isEmpty)

        // The scope row toggles to the whole directory.
        _ = update.update(&state, .keyPressed(.control("x")))
        _ = update.update(&state, .keyPressed(.tab))
        _ = update.update(&state, .keyPressed(.right))
        #expect(update.update(&state, .keyPressed(.enter)) == [.export(.write(format: .csv, filter: DirectoryFilter(), path: path, overwrite: false))])
        _ = update.update(&state, .export(.exported(count: 1, path: path)))

        // Without a filter there is only the whole directory.
        state.directory.filter = DirectoryFilter()
        _ = update.update(&state, .keyPressed(.control("x")))
        _ = update.update(&state, .keyPressed(.tab))
        _ = update.update(&state, .keyPressed(.right))
        #expect(update.update(&state, .keyPressed(.enter)) == [.export(.write(format: .csv, filter: DirectoryFilter(), path: path, overwrite: false))])
    }

    /// Export replaced any file of the same name without a word, and a missing folder closed the
    /// dialog with an error in the status line, losing the choices.
    @Test func anExistingFileIsReplacedOnlyAfterAYesAndAMissingFolderKeepsTheDialog() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = update.update(&state, .keyPressed(.control("x")))
        _ = update.update(&state, .keyPressed(.left))  // ← goes back: CSV → JSON
        #expect(state.modals.top(as: ExportDialogState.self)?.format == .json)
        let path = state.modals.top(as: ExportDialogState.self)!.path.text
        _ = update.update(&state, .keyPressed(.enter))
        _ = update.update(&state, .export(.noFolder(path: path)))
        #expect(state.modals.top(as: ExportDialogState.self)?.problem == .noFolder(path))
        #expect(state.modals.top(as: ExportDialogState.self)?.format == .json)  // the choices kept
        _ = update.update(&state, .keyPressed(.enter))
        _ = update.update(&state, .export(.fileExists(path: path)))
        #expect(state.modals.top(as: ConfirmState.self)?.question.message.contains("is there already") == true)
        #expect(update.update(&state, .keyPressed(.character("n"))).isEmpty)  // no: nothing written, the dialog again
        #expect(state.modals.top(as: ExportDialogState.self) != nil)
        _ = update.update(&state, .keyPressed(.enter))
        _ = update.update(&state, .export(.fileExists(path: path)))
        #expect(update.update(&state, .keyPressed(.character("y"))) == [.export(.write(format: .json, filter: DirectoryFilter(), path: path, overwrite: true))])
    }

    @Test func cardTabsSwitchWithNumbersAndBrackets() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.card = CardState(customerID: 1)
        state.focus = .card
        _ = update.update(&state, .keyPressed(.alt("4")))
        #expect(state.card?.tab == .payments)
        _ = update.update(&state, .keyPressed(.character("]")))
        #expect(state.card?.tab == .documents)
        _ = update.update(&state, .keyPressed(.character("[")))
        _ = update.update(&state, .keyPressed(.character("[")))
        #expect(state.card?.tab == .bookings)
    }
}

@Suite struct KeyMapTests {
    @Test func noTwoBindingsInAScopeShareAKey() {
        #expect(KeyMap.standard.conflicts == [])
    }

    @Test func theReadmeKeyTableIsGeneratedFromTheKeyMap() throws {
        let readme = try String(contentsOfFile: #filePath.components(separatedBy: "/Tests/")[0] + "/README.md", encoding: .utf8)
        let table = KeyMap.standard.markdownTable
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            Issue.record("RECORD_SNAPSHOTS=1: paste this table into README.md between the key markers:\n\(table)")
        }
        #expect(readme.contains(table), "README.md's key table is stale; run with RECORD_SNAPSHOTS=1 to print the new one")
    }

    @Test func everyActionInTheHelpHasWords() {
        for binding in KeyMap.standard.bindings { #expect(!binding.help.isEmpty) }
    }
}
