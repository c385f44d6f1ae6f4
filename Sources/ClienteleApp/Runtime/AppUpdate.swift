import CustomerCore
import TerminalCore

/// The one place state changes: `update(state, msg)` returns the effects to perform.
public struct AppUpdate: Sendable {
    public let keyMap: KeyMap
    public let phoneParser: PhoneNumberParser

    /// Rows fetched per page while browsing, and at most per search.
    public static let pageSize = 200
    public static let searchLimit = 500

    public init(keyMap: KeyMap = .standard, region: String) {
        self.keyMap = keyMap
        self.phoneParser = PhoneNumberParser(defaultRegion: region)
    }

    public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .started:
            return [.loadOverview, reloadDirectory(&state), Self.countDuplicates(&state)]
        case .terminalResized(let size):
            state.size = size
            revealSelection(&state)
            return []
        case .keyPressed(let key):
            state.status = nil
            return handleKey(key, &state)
        case .mouseClicked(let event):
            return handleMouse(event, &state)
        case .directoryLoaded(let load):
            return directoryLoaded(load, &state)
        case .cardLoaded(let id, let card):
            guard state.card?.customerID == id else { return [] }
            if let card {
                state.card?.card = card
                if state.card?.editWhenLoaded == true {
                    state.card?.editWhenLoaded = false
                    state.modals.append(.customerForm(CustomerFormState(mode: .edit(card.customer), customFields: card.customFields, values: card.customValues)))
                }
            } else {
                state.card = nil
                state.focus = .directory
                state.status = StatusMessage(text: AppText.current.customerGone, kind: .error)
            }
            return []
        case .customerSaved(let customer, let isNew):
            return customerSaved(customer, isNew: isNew, &state)
        case .saveRefused(let issues):
            updateForm(&state) { form in
                form.isSaving = false
                form.show(issues)
            }
            state.status = StatusMessage(text: AppText.current.fixFields(issues.count), kind: .error)
            return []
        case .saveConflicted(let current):
            updateForm(&state) { form in
                form.isSaving = false
                if case .edit(let mine) = form.mode {
                    form.conflictMessage = AppText.current.conflict(ConflictReport.changes(from: mine, to: current))
                    form.mode = .edit(Self.rebased(mine, on: current))
                }
            }
            return []
        case .overviewLoaded(let overview):
            state.totalCustomers = overview.totalCustomers
            state.remindersDue = overview.remindersDue
            state.directory.groups = overview.groups
            state.customFields = overview.customFields
            if !state.hasLoadedOnce {
                state.hasLoadedOnce = true
                if overview.totalCustomers == 0 && state.modals.isEmpty { state.modals.append(.welcome) }
            }
            return []
        case .demoCustomersLoaded(let count):
            state.status = StatusMessage(text: AppText.current.demoLoaded(count), kind: .info)
            return [.loadOverview, reloadDirectory(&state)]
        case .clockTicked:
            return [.loadOverview]
        case .pathCompleted, .importPreviewed, .importPreviewFailed, .importProgressed:
            return ImportWizardUpdate.receive(msg, &state)
        case .importFinished:
            return ImportWizardUpdate.receive(msg, &state) + [reloadDirectory(&state), Self.countDuplicates(&state)]
        case .directoryExported(let count, let path):
            state.status = StatusMessage(text: AppText.current.exported(count, path), kind: .info)
            return []
        case .duplicatesCounted(let requestID, let count):
            if requestID == state.duplicateCountRequest { state.duplicateCount = count }
            return []
        case .duplicateClustersLoaded, .duplicateProfilesLoaded, .duplicatesIgnored:
            return DuplicateReviewUpdate.receive(msg, &state)
        case .mergePlanProposed, .mergeConflicted, .mergeFailed, .merged, .mergedAll, .mergeUndone:
            return MergeReviewUpdate.receive(msg, &state, update: self)
        case .mergeHistoryLoaded(let id, let records):
            if state.card?.customerID == id { state.card?.merges = records }
            return []
        case .mergeCandidatesFound:
            return MergePickerUpdate.receive(msg, &state)
        case .operationFailed(let message):
            updateForm(&state) { $0.isSaving = false }
            state.status = StatusMessage(text: message, kind: .error)
            return []
        }
    }

    // MARK: Keys

    func handleKey(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        if key == .control("c") { return quit(&state) }
        if let modal = state.topModal { return handleModalKey(key, modal, &state) }
        let scope = state.activeScope
        if scope == .search {
            if let action = keyMap.action(for: key, in: .search) { return perform(action, &state) }
            if state.directory.search.handle(key) { return reloadDirectory(&state, keepSelection: false).asArray }
            if let action = keyMap.action(for: key, in: .global) { return perform(action, &state) }
            return []
        }
        if let action = keyMap.action(for: key, in: scope) ?? keyMap.action(for: key, in: .global) {
            return perform(action, &state)
        }
        // "Or just start typing": a letter, digit or "+" in the directory starts a search with it.
        if scope == .directory, case .character(let c) = key, c.isLetter || c.isNumber || c == "+" || c == "(" {
            state.directory.isSearchFocused = true
            _ = state.directory.search.handle(key)
            return [reloadDirectory(&state, keepSelection: false)]
        }
        return []
    }

    func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .quit: return quit(&state)
        case .showHelp:
            state.modals.append(.help(scope: state.activeScope))
            return []
        case .focusNextPane, .focusPreviousPane:
            if state.card != nil { state.focus = state.focus == .directory ? .card : .directory }
            state.directory.isSearchFocused = false
            return []
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            return moveSelection(action, &state)
        case .openSelected:
            state.directory.isSearchFocused = false
            guard let row = state.directory.selectedRow else { return [] }
            state.card = CardState(customerID: row.id)
            state.focus = .card
            return [.loadCard(row.id)]
        case .startSearch:
            state.directory.isSearchFocused = true
            return []
        case .clearSearch:
            let hadQuery = !state.directory.search.text.isEmpty
            state.directory.search.setText("")
            state.directory.isSearchFocused = false
            return hadQuery ? [reloadDirectory(&state, keepSelection: false)] : []
        case .clearFilters:
            state.directory.search.setText("")
            state.directory.filter = DirectoryFilter()
            state.directory.isSearchFocused = false
            return [reloadDirectory(&state, keepSelection: false)]
        case .cycleSort:
            let all = DirectorySort.allCases
            state.directory.sort = all[(all.firstIndex(of: state.directory.sort)! + 1) % all.count]
            state.status = StatusMessage(text: AppText.current.sortedBy(state.directory.sort), kind: .info)
            return [reloadDirectory(&state, keepSelection: false)]
        case .cycleStatusFilter:
            let options: [CustomerStatus?] = [nil] + CustomerStatus.allCases
            let index = options.firstIndex(of: state.directory.filter.status) ?? 0
            state.directory.filter.status = options[(index + 1) % options.count]
            return [reloadDirectory(&state, keepSelection: false)]
        case .cycleGroupFilter:
            let options: [Int64?] = [nil] + state.directory.groups.compactMap(\.id)
            let index = options.firstIndex(of: state.directory.filter.groupID) ?? 0
            state.directory.filter.groupID = options[(index + 1) % options.count]
            if options.count == 1 { state.status = StatusMessage(text: AppText.current.noGroups, kind: .info) }
            return [reloadDirectory(&state, keepSelection: false)]
        case .closeCard:
            state.focus = .directory
            if !state.isWide { state.card = nil }
            return []
        case .editCustomer:
            return openEditForm(&state)
        case .openNewCustomerForm:
            if state.topModal == .welcome { state.modals.removeLast() }
            state.modals.append(.customerForm(CustomerFormState(mode: .create, customFields: state.customFields)))
            return []
        case .nextTab, .previousTab, .showMainTab, .showInfoTab, .showBookingsTab, .showPaymentsTab, .showDocumentsTab,
             .showConversationsTab, .scrollUp, .scrollDown:
            CardUpdate.perform(action, &state)
            return []
        case .openImportWizard:
            if state.topModal == .welcome { state.modals.removeLast() }
            state.modals.append(.importWizard(ImportWizardState(startPath: state.workingDirectory.hasSuffix("/") ? state.workingDirectory : state.workingDirectory + "/")))
            return []
        case .openExportDialog:
            state.modals.append(.exportDialog(ExportDialogState(filter: state.directory.filter, filterLabel: state.directory.filterDescription,
                                                               directory: state.workingDirectory)))
            return []
        case .loadDemoCustomers:
            if state.topModal == .welcome { state.modals.removeLast() }
            state.status = StatusMessage(text: AppText.current.loadingDemo, kind: .info)
            return [.loadDemoCustomers(count: 200)]
        case .openDuplicateReview:
            return DuplicateReviewUpdate.open(&state)
        case .openMergePicker:
            return MergePickerUpdate.open(&state)
        case .undoMerge:
            return offerUndo(&state)
        case .cancelModal, .saveForm, .nextField, .previousField, .choosePreviousOption, .chooseNextOption, .confirm, .decline, .completePath,
             .mergeCluster, .ignoreCluster, .mergeAllExact, .chooseSurvivorValue, .chooseOtherValue, .swapSurvivor, .applyMerge:
            return []
        }
    }

    func quit(_ state: inout AppState) -> [Effect] {
        state.isRunning = false
        return [.quit]
    }

    // MARK: Modals

    func handleModalKey(_ key: KeyEvent, _ modal: Modal, _ state: inout AppState) -> [Effect] {
        switch modal {
        case .help:
            if keyMap.action(for: key, in: .help) == .cancelModal { state.modals.removeLast() }
            return []
        case .welcome:
            guard let action = keyMap.action(for: key, in: .welcome) else { return [] }
            if action == .cancelModal { state.modals.removeLast(); return [] }
            return perform(action, &state)
        case .confirm(let confirm):
            switch keyMap.action(for: key, in: .confirm) {
            case .confirm:
                state.modals.removeLast()
                switch confirm.purpose {
                case .discardFormChanges:
                    if case .customerForm = state.topModal { state.modals.removeLast() }
                case .discardMergeChoices:
                    if case .mergeReview = state.topModal { state.modals.removeLast() }
                case .mergeAllExact:
                    state.status = StatusMessage(text: AppText.current.mergingAll, kind: .info)
                    return [.mergeAllExact]
                case .undoMerge(let mergeID):
                    return [.undoMerge(mergeID: mergeID)]
                }
            case .decline:
                state.modals.removeLast()
            default: break
            }
            return []
        case .customerForm(var form):
            let effects = FormUpdate.handle(key, &form, &state, keyMap: keyMap, phoneParser: phoneParser)
            return effects
        case .importWizard(var wizard):
            return ImportWizardUpdate.handle(key, &wizard, &state, keyMap: keyMap)
        case .exportDialog(var dialog):
            return ImportWizardUpdate.handle(key, &dialog, &state, keyMap: keyMap)
        case .duplicateReview where keyMap.action(for: key, in: .global) == .showHelp,
             .mergeReview where keyMap.action(for: key, in: .global) == .showHelp && modal.scope == .mergeReview:
            state.modals.append(.help(scope: modal.scope))
            return []
        case .duplicateReview(var review):
            return DuplicateReviewUpdate.handle(key, &review, &state, keyMap: keyMap)
        case .mergeReview(var review):
            return MergeReviewUpdate.handle(key, &review, &state, keyMap: keyMap)
        case .mergePicker(var picker):
            return MergePickerUpdate.handle(key, &picker, &state, keyMap: keyMap)
        }
    }

    func openEditForm(_ state: inout AppState) -> [Effect] {
        // Edit the open card's customer, else the selected row's (loaded first).
        if let card = state.card?.card {
            state.modals.append(.customerForm(CustomerFormState(mode: .edit(card.customer), customFields: card.customFields, values: card.customValues)))
            return []
        }
        guard let row = state.directory.selectedRow else { return [] }
        state.card = CardState(customerID: row.id)
        state.card?.editWhenLoaded = true
        state.focus = .card
        return [.loadCard(row.id)]
    }

    func updateForm(_ state: inout AppState, _ change: (inout CustomerFormState) -> Void) {
        guard let index = state.modals.lastIndex(where: { if case .customerForm = $0 { return true }; return false }),
              case .customerForm(var form) = state.modals[index] else { return }
        change(&form)
        state.modals[index] = .customerForm(form)
    }

    func customerSaved(_ customer: Customer, isNew: Bool, _ state: inout AppState) -> [Effect] {
        state.modals.removeAll { if case .customerForm = $0 { return true }; return false }
        state.status = StatusMessage(text: isNew ? AppText.current.created(customer.displayName) : AppText.current.saved(customer.displayName), kind: .info)
        guard let id = customer.id else { return [] }
        state.card = CardState(customerID: id)
        state.focus = .card
        // Show the saved customer in the list: a new one is found by its name.
        if isNew {
            state.directory.search.setText("")
            state.directory.isSearchFocused = false
        }
        return [.loadCard(id), .loadOverview, reloadDirectory(&state, keepSelection: !isNew, select: id), Self.countDuplicates(&state)]
    }

    // MARK: Duplicates

    /// Asks for a fresh duplicate count; the newest request wins. After changes only: a scan
    /// costs about half a second at a million profiles, too much for every clock tick.
    static func countDuplicates(_ state: inout AppState) -> Effect {
        state.duplicateCountRequest += 1
        return .countDuplicates(requestID: state.duplicateCountRequest)
    }

    /// `u` on a card: asks before undoing the newest merge this profile kept.
    func offerUndo(_ state: inout AppState) -> [Effect] {
        guard let record = state.card?.undoableMerge else {
            state.status = StatusMessage(text: AppText.current.nothingToUndo, kind: .info)
            return []
        }
        state.modals.append(.confirm(ConfirmState(title: AppText.current.undoMergeTitle, message: AppText.current.undoMergeMessage(record),
                                                  purpose: .undoMerge(mergeID: record.id))))
        return []
    }

    /// My edits, carried onto the version now stored, so saving again is a deliberate overwrite.
    static func rebased(_ mine: Customer, on current: Customer) -> Customer {
        var rebased = mine
        rebased.version = current.version
        return rebased
    }

    // MARK: Directory

    /// Starts a fresh load of the directory for the current query, sort and filter.
    func reloadDirectory(_ state: inout AppState, keepSelection: Bool = true, select id: CustomerID? = nil) -> Effect {
        state.directory.requestID += 1
        state.directory.isLoading = true
        state.directory.pendingSelection = id ?? (keepSelection ? state.directory.selectedRow?.id : nil)
        let searching = !state.directory.query.isEmpty
        return .loadDirectory(DirectoryRequest(requestID: state.directory.requestID, query: state.directory.query,
                                               sort: state.directory.sort, filter: state.directory.filter, after: nil,
                                               limit: searching ? Self.searchLimit : Self.pageSize))
    }

    func directoryLoaded(_ load: DirectoryLoad, _ state: inout AppState) -> [Effect] {
        guard load.requestID == state.directory.requestID else { return [] }  // an answer to an older query
        state.directory.isLoading = false
        if load.isContinuation {
            state.directory.rows += load.rows
        } else {
            state.directory.rows = load.rows
            state.directory.scroll = ListScroll()
            state.directory.selection = state.directory.pendingSelection.flatMap { id in load.rows.firstIndex { $0.id == id } } ?? 0
        }
        state.directory.nextCursor = load.next
        if load.matchingCount >= 0 { state.directory.matchingCount = load.matchingCount }
        state.directory.isTruncated = load.isTruncated
        state.directory.pendingSelection = nil
        revealSelection(&state)
        return []
    }

    func moveSelection(_ action: Action, _ state: inout AppState) -> [Effect] {
        if state.directory.isSearchFocused && action == .moveDown && state.directory.selection == 0 && !state.directory.rows.isEmpty {
            // Down from the search box goes into the results, keeping the query.
            state.directory.isSearchFocused = false
            return []
        }
        let count = state.directory.rows.count
        guard count > 0 else { return [] }
        let page = max(1, AppLayout.directoryVisibleRows(state) - 1)
        var selection = state.directory.selection
        switch action {
        case .moveUp:
            if selection == 0 && !state.directory.query.isEmpty { state.directory.isSearchFocused = true }
            selection -= 1
        case .moveDown: selection += 1
        case .pageUp: selection -= page
        case .pageDown: selection += page
        case .moveToTop: selection = 0
        case .moveToBottom: selection = count - 1
        default: break
        }
        state.directory.selection = max(0, min(count - 1, selection))
        revealSelection(&state)
        // Near the end of what is loaded: fetch the next page (keyset), never everything.
        if let next = state.directory.nextCursor, !state.directory.isLoading, state.directory.selection >= count - 20 {
            state.directory.isLoading = true
            return [.loadDirectory(DirectoryRequest(requestID: state.directory.requestID, query: "", sort: state.directory.sort,
                                                    filter: state.directory.filter, after: next, limit: Self.pageSize))]
        }
        return []
    }

    func revealSelection(_ state: inout AppState) {
        state.directory.scroll.reveal(state.directory.selection, visibleRows: AppLayout.directoryVisibleRows(state),
                                      count: state.directory.rows.count)
    }

    // MARK: Mouse

    func handleMouse(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard state.modals.isEmpty else { return [] }
        switch event.kind {
        case .wheelDown: return state.focus == .card ? perform(.scrollDown, &state) : moveSelection(.moveDown, &state)
        case .wheelUp: return state.focus == .card ? perform(.scrollUp, &state) : moveSelection(.moveUp, &state)
        case .release: return []
        case .press:
            let layout = AppLayout(state: state)
            if let tabs = layout.tabBar, let card = state.card {
                for (index, rect) in AppLayout.tabHitRects(in: tabs, active: card.tab).enumerated() where rect.contains(event.point) {
                    state.focus = .card
                    state.card?.tab = CardTab(rawValue: index)!
                    state.card?.scroll = 0
                    return []
                }
            }
            if let list = layout.directoryRows, list.contains(event.point) {
                let index = state.directory.scroll.offset + (event.point.y - list.y)
                guard state.directory.rows.indices.contains(index) else { return [] }
                state.directory.isSearchFocused = false
                state.focus = .directory
                if index == state.directory.selection { return perform(.openSelected, &state) }  // a second click opens
                state.directory.selection = index
                return []
            }
            return []
        }
    }
}

extension Effect {
    var asArray: [Effect] { [self] }
}
