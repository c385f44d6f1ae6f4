import CustomerCore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Duplicates and merging as state + Msg in, state + effects out: no terminal, no database.
@Suite struct DuplicateUpdateTests {
    let update = AppUpdate(region: "US")
    let old = Date(timeIntervalSince1970: 1_700_000_000)
    let newer = Date(timeIntervalSince1970: 1_750_000_000)

    var ana: Customer {
        Customer(id: 1, givenName: "Ana", familyName: "Garcia", emailAddress: "ana@example.com", phoneNumber: "415 555 0101",
                 createdAt: old, updatedAt: old, version: 1)
    }
    var anaAgain: Customer {
        Customer(id: 2, givenName: "Ana", familyName: "García", emailAddress: "ana@example.com", phoneNumber: "415 555 0199",
                 createdAt: newer, updatedAt: newer, version: 1)
    }
    let cluster = DuplicateCluster(kind: .exact, reasons: [.sameEmail("ana@example.com")], customerIDs: [1, 2])

    func plan(attachments: (Int, Int) = (0, 0)) -> MergePlan {
        func files(_ count: Int, _ owner: CustomerID) -> [CustomerCore.Attachment] {
            (0..<count).map { CustomerCore.Attachment(id: Int64(owner * 1000 + Int64($0)), customerID: owner, fileName: "f\($0).pdf", fileType: .pdf, byteCount: 1, contentHash: "h") }
        }
        return MergePlan(survivor: CustomerCard(customer: ana, attachments: files(attachments.0, 1)),
                         absorbed: CustomerCard(customer: anaAgain, attachments: files(attachments.1, 2)))
    }

    func press(_ state: inout AppState, _ keys: KeyEvent...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = update.update(&state, .keyPressed(key)) }
        return effects
    }

    func review(_ state: AppState) -> DuplicateReviewState? {
        if let review = state.modals.top(as: DuplicateReviewState.self) { return review }
        return nil
    }

    func mergeReview(_ state: AppState) -> MergeReviewState? {
        if let review = state.modals.top(as: MergeReviewState.self) { return review }
        return nil
    }

    func reviewing(_ clusters: [DuplicateCluster]) -> AppState {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = press(&state, .control("d"))
        _ = update.update(&state, .duplicates(.clustersLoaded(clusters)))
        return state
    }

    @Test func startingCountsDuplicatesButTheClockDoesNot() {
        var state = AppState(size: Size(width: 80, height: 24))
        #expect(update.update(&state, .started).contains(.duplicates(.count(requestID: 1))))
        #expect(!update.update(&state, .clockTicked).contains { if case .duplicates(.count) = $0 { return true }; return false })
    }

    @Test func anOlderCountArrivingLateIsIgnored() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = update.update(&state, .started)
        _ = update.update(&state, .customerForm(.saved(ana, isNew: false)))
        _ = update.update(&state, .duplicates(.counted(requestID: 2, count: 3)))
        _ = update.update(&state, .duplicates(.counted(requestID: 1, count: 7)))
        #expect(state.duplicateCount == 3)
    }

    @Test func capitalDInTheDirectoryOpensTheReviewAndScans() {
        var state = AppState(size: Size(width: 80, height: 24))
        let effects = press(&state, .control("d"))
        #expect(effects == [.duplicates(.loadClusters)])
        #expect(review(state)?.isLoading == true)
        _ = update.update(&state, .duplicates(.clustersLoaded([cluster])))
        #expect(review(state)?.selectedCluster == cluster)
        #expect(state.duplicateCount == 1)
    }

    @Test func theFirstClusterLoadsItsProfilesAndArrowsMoveBetweenClusters() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = press(&state, .control("d"))
        let second = DuplicateCluster(kind: .possible, reasons: [.sameEmail("x@example.com")], customerIDs: [3, 4])
        #expect(update.update(&state, .duplicates(.clustersLoaded([cluster, second]))) == [.duplicates(.loadProfiles(cluster))])
        #expect(press(&state, .character("j")) == [.duplicates(.loadProfiles(second))])
        #expect(press(&state, .down).isEmpty)  // already on the last
        #expect(press(&state, .up) == [.duplicates(.loadProfiles(cluster))])
    }

    @Test func iInTheReviewIgnoresTheClusterWhichThenDisappears() {
        var state = reviewing([cluster])
        #expect(press(&state, .character("i")) == [.duplicates(.ignore(cluster))])
        let effects = update.update(&state, .duplicates(.ignored(cluster)))
        #expect(review(state)?.clusters == [])
        #expect(state.duplicateCount == 0)
        #expect(effects.contains { if case .duplicates(.count) = $0 { return true }; return false })
    }

    @Test func mOrEnterProposesTheFirstTwoAndKeepsTheRestForLater() {
        let three = DuplicateCluster(kind: .exact, reasons: [.samePhone("+14155550101")], customerIDs: [5, 6, 7])
        var state = reviewing([three])
        #expect(press(&state, .enter) == [.merge(.propose(5, 6, keep: nil, then: [7]))])
        #expect(press(&state, .character("m")) == [.merge(.propose(5, 6, keep: nil, then: [7]))])
    }

    @Test func afterEachMergeOfABigClusterTheSurvivorMeetsTheNextProfile() {
        var state = reviewing([])
        _ = update.update(&state, .merge(.planProposed(plan(), then: [7])))
        let record = MergeRecord(id: 9, survivorID: 1, absorbedID: 2, absorbedName: "Ana García", createdAt: newer, undoneAt: nil)
        let effects = update.update(&state, .merge(.merged(record)))
        #expect(effects.last == .merge(.propose(1, 7, keep: 1, then: [])))
        #expect(effects.contains(.card(.load(1))))
        #expect(effects.contains(.duplicates(.loadClusters)))  // the open review rescans (and recounts)
        #expect(state.status?.text == "Merged Ana García (#2) into Ana García (#1).")
        #expect(state.card?.customerID == 1)
    }

    @Test func capitalAAsksHowManyIntoHowManyThenMergesAllExact() {
        let three = DuplicateCluster(kind: .exact, reasons: [.samePhone("+14155550101")], customerIDs: [5, 6, 7])
        let possible = DuplicateCluster(kind: .possible, reasons: [.sameEmail("x")], customerIDs: [8, 9])
        var state = reviewing([cluster, three, possible])
        #expect(press(&state, .character("A")).isEmpty)
        guard let confirm = state.modals.top(as: ConfirmState.self) else { Issue.record("no confirmation"); return }
        #expect(confirm.question.message.contains("Merge 5 profiles into 2?"))
        #expect(press(&state, .character("y")) == [.merge(.mergeAllExact)])
        #expect(state.status?.text == "Merging…")
        #expect(review(state) != nil)
    }

    @Test func ctrlSInTheMergeReviewAppliesThePlanWithTheChosenValues() throws {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = update.update(&state, .merge(.planProposed(plan(), then: [])))
        let rows = try #require(mergeReview(state)).rows
        let phoneRow = try #require(rows.firstIndex { $0.target == .field(.phoneNumber) })
        // The newer profile's values are the default; keep the survivor's phone instead.
        #expect(rows[phoneRow].chosen == .absorbed)
        for _ in 0..<phoneRow { _ = press(&state, .down) }
        _ = press(&state, .left)
        let effects = press(&state, .control("s"))
        guard case .merge(.apply(let applied))? = effects.first else { Issue.record("expected applyMerge, got \(effects)"); return }
        var expected = plan()
        expected.choose(.survivor, for: .field(.phoneNumber))
        #expect(applied == expected)
        #expect(applied.mergedCustomer.phoneNumber == "415 555 0101")
        #expect(applied.mergedCustomer.familyName == "García")
        #expect(mergeReview(state)?.step == .applying)
    }

    @Test func sSwapsTheSurvivorWhichKeepsItsID() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = update.update(&state, .merge(.planProposed(plan(), then: [])))
        _ = press(&state, .character("s"))
        guard case .merge(.apply(let applied))? = press(&state, .enter).first else { Issue.record("no merge"); return }
        #expect(applied.survivor.id == 2)
        #expect(applied.mergedCustomer.id == 2)
    }

    @Test func tooManyDocumentsAsksFirstAndDecliningCancels() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = update.update(&state, .merge(.planProposed(plan(attachments: (60, 50)), then: [])))
        #expect(press(&state, .control("s")).isEmpty)
        #expect(mergeReview(state)?.step == .confirmingOverflow)
        #expect(state.activeScope == .confirm)
        #expect(press(&state, .character("n")).isEmpty)
        #expect(mergeReview(state)?.step == .reviewing)
        _ = press(&state, .control("s"))
        let effects = press(&state, .character("y"))
        guard case .merge(.apply(let applied))? = effects.first else { Issue.record("no merge after yes"); return }
        #expect(applied.attachmentOverflow == .keepNewest)
    }

    @Test func aConflictReloadsTheValuesAndKeepsTheReviewOpen() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = update.update(&state, .merge(.planProposed(plan(), then: [])))
        _ = press(&state, .control("s"))
        _ = update.update(&state, .merge(.conflicted(plan())))
        #expect(mergeReview(state)?.step == .reviewing)
        #expect(mergeReview(state)?.notice?.text.contains("Changed at another counter") == true)
        _ = update.update(&state, .merge(.failed(.refused("a profile cannot be merged with itself"))))
        #expect(mergeReview(state)?.notice?.text == "Not merged: a profile cannot be merged with itself.")
    }

    @Test func mOnACardOpensThePickerWhichNeverOffersTheSameProfile() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.card = CardState(customerID: 1)
        state.card?.card = CustomerCard(customer: ana)
        state.focus = .card
        _ = press(&state, .control("g"))
        guard state.modals.top(as: MergePickerState.self) != nil else { Issue.record("no picker"); return }
        #expect(press(&state, .character("j")) == [.merge(.searchCandidates(requestID: 1, query: "j", excluding: 1))])
        let row = { (id: CustomerID) in DirectoryRow(id: id, displayName: "Ana", companyName: "", emailAddress: "", phoneNumber: "", phoneE164: nil,
                                                      status: .client, createdAt: old, lastActivityAt: nil) }
        _ = update.update(&state, .merge(.candidatesFound(requestID: 1, [row(1), row(2)])))
        #expect(press(&state, .enter) == [.merge(.propose(1, 2, keep: 1, then: []))])
        _ = update.update(&state, .merge(.planProposed(plan(), then: [])))
        #expect(mergeReview(state) != nil)
        #expect(!state.modals.contains(MergePickerState.self))
    }

    @Test func uOnTheCardOffersToUndoTheNewestMergeNotUndone() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.card = CardState(customerID: 1)
        state.focus = .card
        _ = press(&state, .control("z"))
        #expect(state.status?.text == "No merge to undo on this profile.")
        let undone = MergeRecord(id: 4, survivorID: 1, absorbedID: 3, absorbedName: "Old", createdAt: old, undoneAt: newer)
        let kept = MergeRecord(id: 3, survivorID: 1, absorbedID: 2, absorbedName: "Ana García", createdAt: newer, undoneAt: nil)
        _ = update.update(&state, .card(.mergeHistoryLoaded(1, [undone, kept])))
        _ = press(&state, .control("z"))
        guard let confirm = state.modals.top(as: ConfirmState.self) else { Issue.record("no confirmation"); return }
        #expect(confirm.question.message.hasPrefix("Undo merge of Ana García (2025-06-15)?"))
        #expect(press(&state, .enter) == [.merge(.undo(mergeID: 3))])
    }

    @Test func dOnTheImportSummaryOpensTheReview() {
        var state = AppState(size: Size(width: 80, height: 24))
        var wizard = ImportWizardState(startPath: "/")
        wizard.step = .finished(.imported(ImportReport(imported: 2, rejectedRows: 0, problems: [], possibleDuplicates: 1, groupName: nil,
                                                       seconds: 0.1, rejectsPath: nil)))
        state.modals = [wizard]
        #expect(press(&state, .character("D")) == [.duplicates(.loadClusters)])
        #expect(state.modals.count == 1)
        #expect(review(state) != nil)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 50)])
    func theDocumentsQuestionRendersOverTheReviewAtThisSize(_ size: Size) {
        var state = AppState(size: size)
        _ = update.update(&state, .merge(.planProposed(plan(attachments: (60, 50)), then: [])))
        _ = press(&state, .control("s"))
        let lines = AppView(theme: .builtInDefault, region: "US").render(state).buffer.lines()
        #expect(lines.count == size.height)
        for line in lines { #expect(DisplayWidth.of(line) <= size.width, "\(line)") }
        let screen = lines.joined(separator: "\n")
        #expect(screen.contains("Too many documents"))
        #expect(screen.contains("110 documents"))
        #expect(screen.contains("keep the newest"))
    }
}

@Suite struct HeaderAlertTests {
    func header(width: Int) -> String {
        var state = AppState(size: Size(width: width, height: 24))
        state.totalCustomers = 300
        state.remindersDue = 42
        state.duplicateCount = 16
        return AppView(theme: .builtInDefault, region: "US").render(state).buffer.lines()[0]
    }

    @Test func theHeaderAlertsShortenRatherThanRunIntoTheTitleAt80Columns() {
        let line = header(width: 80)
        #expect(line.contains("Clientele · 300 customers"))
        #expect(line.contains("42 due · 16 duplicates (ctrl+d)"))
        #expect(!line.contains("press ctrl+d"))
    }

    @Test func wideHeadersSayTheAlertsInFull() {
        #expect(header(width: 160).contains("42 reminders due · 16 possible duplicates — press ctrl+d to review"))
    }
}
