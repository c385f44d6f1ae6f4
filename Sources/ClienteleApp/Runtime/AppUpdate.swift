import Foundation
import CustomerCore
import TerminalCore

/// The one place state changes: `update(state, msg)` returns the effects to perform. Each
/// feature's messages go to its own `…Update`; this file only routes (one line per feature).
public struct AppUpdate: Sendable {
    public let keyMap: KeyMap
    public let phoneParser: PhoneNumberParser
    /// The shop's region: "3/12" is read month first in the US, day first elsewhere.
    public let region: String
    /// What "now" is for reminders typed as "tomorrow 9am" and for laying out the card (the view's clock).
    public let clock: @Sendable () -> Date

    /// The most rows a directory search shows (the benchmark's floor fetches as many).
    public static let searchLimit = DirectoryUpdate.searchLimit

    public init(keyMap: KeyMap = .standard, region: String, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.keyMap = keyMap
        self.phoneParser = PhoneNumberParser(defaultRegion: region)
        self.region = region
        self.clock = clock
    }

    public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .started:
            return [.shell(.loadOverview), DirectoryUpdate.reload(&state), DuplicateReviewUpdate.count(&state)]
        case .terminalResized(let size):
            state.size = size
            DirectoryUpdate.revealSelection(&state)
            return []
        case .keyPressed(let key):
            state.status = nil
            return handleKey(key, &state)
        case .mouseClicked(let event):
            return MouseUpdate.handle(event, &state, update: self)
        case .clockTicked:
            // A reminder whose time has come counts as due now, on the status bar and the open screens.
            return [.shell(.loadOverview)] + RemindersUpdate.reloadIfOpen(state)
        case .changedElsewhere:
            return CountersUpdate.changedElsewhere(&state, now: clock())
        case .waitingForOtherCounter(let wait):
            return CountersUpdate.waited(wait, &state)
        case .serverOffline(let problem):
            return CountersUpdate.wentOffline(problem, &state)
        case .serverBackOnline:
            return CountersUpdate.cameBackOnline(&state, now: clock())
        case .operationFailed(let message):
            state.modals.update(CustomerFormState.self) { $0.isSaving = false }
            state.say(ShellNote.failed(message))
            return []
        case .shell(let msg): return ShellUpdate.receive(msg, &state)
        case .directory(let msg): return DirectoryUpdate.receive(msg, &state)
        case .card(let msg): return CardUpdate.receive(msg, &state)
        case .customerForm(let msg): return CustomerFormUpdate.receive(msg, &state)
        case .importing(let msg): return ImportWizardUpdate.receive(msg, &state)
        case .export(let msg): return ExportDialogUpdate.receive(msg, &state)
        case .duplicates(let msg): return DuplicateReviewUpdate.receive(msg, &state)
        case .merge(let msg): return MergeReviewUpdate.receive(msg, &state)
        case .notes(let msg): return NotesUpdate.receive(msg, &state)
        case .reminders(let msg): return RemindersUpdate.receive(msg, &state)
        case .documents(let msg): return DocumentsUpdate.receive(msg, &state)
        case .cardsOnFile(let msg): return CardsOnFileUpdate.receive(msg, &state)
        case .loyalty(let msg): return LoyaltyUpdate.receive(msg, &state)
        case .bookings(let msg): return BookingsUpdate.receive(msg, &state)
        case .payments(let msg): return PaymentsUpdate.receive(msg, &state)
        case .messages(let msg): return MessagesUpdate.receive(msg, &state)
        case .settings(let msg): return SettingsUpdate.receive(msg, &state)
        case .erasure(let msg): return ErasureUpdate.receive(msg, &state)
        case .customFields(let msg): return CustomFieldsUpdate.receive(msg, &state)
        case .groups(let msg): return GroupsUpdate.receive(msg, &state)
        }
    }

    // MARK: Keys

    /// Resolution: ctrl+c quits; the top modal owns the keyboard; then the focused pane's scope,
    /// then global; a key neither binds is typing, and typing always goes to the directory's
    /// search (from the card too): no name typed at the counter can run a command.
    func handleKey(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        if key == .control("c") { return ShellUpdate.quit(&state) }
        if !state.modals.isEmpty { return ModalKeys.handle(key, &state, update: self) }
        if let action = keyMap.action(for: key, in: state.activeScope) ?? keyMap.action(for: key, in: .global) {
            return perform(action, &state)
        }
        return DirectoryUpdate.type(key, &state)
    }

    /// An action of a pane or of the whole app, routed to its feature. Modals' scopes reach the
    /// top modal's `handle` instead (`ModalKeys`), never here.
    func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .global(let action): return perform(action, &state)
        case .directory(let action): return perform(action, &state)
        case .card(let action): return perform(action, &state)
        case .welcome(let action): return perform(action, &state)
        case .form, .confirm, .help, .importWizard, .exportDialog, .duplicateReview, .ignoredPairs, .mergeReview, .mergePicker,
             .noteEditor, .reminders, .snooze, .documentPrompt, .documentPreview, .cardsOnFile, .cardForm, .loyalty, .loyaltyAdjust,
             .bookingForm, .daysBookings, .paymentForm, .quickActions, .chargeForm, .messageCompose, .outbox,
             .settings, .settingEdit, .loyaltyProgramForm, .customFields, .customFieldForm, .groups, .filterPicker,
             .markedActions: return []
        }
    }

    func perform(_ action: GlobalAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .quit: return ShellUpdate.quit(&state)
        case .showHelp:
            state.modals.push(HelpModal(explaining: state.activeScope))
            return []
        case .focusNextPane, .focusPreviousPane: return DirectoryUpdate.switchPane(&state)
        case .openReminders: return RemindersUpdate.open(&state)
        case .openDaysBookings: return BookingsUpdate.openDay(&state, now: clock())
        case .openOutbox: return MessagesUpdate.openOutbox(&state)
        case .openSettings: return SettingsUpdate.open(&state)
        }
    }

    func perform(_ action: DirectoryAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .moveUp: return DirectoryUpdate.move(.up, &state)
        case .moveDown: return DirectoryUpdate.move(.down, &state)
        case .pageUp: return DirectoryUpdate.move(.pageUp, &state)
        case .pageDown: return DirectoryUpdate.move(.pageDown, &state)
        case .moveToTop: return DirectoryUpdate.move(.top, &state)
        case .moveToBottom: return DirectoryUpdate.move(.bottom, &state)
        case .openSelected: return DirectoryUpdate.openSelected(&state)
        case .clearSearch: return DirectoryUpdate.clearSearch(&state)
        case .clearFilters: return DirectoryUpdate.clearFilters(&state)
        case .cycleSort: return DirectoryUpdate.cycleSort(&state)
        case .openFilterPicker: return GroupsUpdate.openFilterPicker(&state)
        case .openGroups: return GroupsUpdate.openGroups(&state)
        case .markOrType: return GroupsUpdate.markOrType(&state)
        case .toggleMark: return GroupsUpdate.toggleMark(&state)
        case .openMarkedActions: return GroupsUpdate.openMarkedActions(&state)
        case .openNewCustomerForm: return CustomerFormUpdate.openNew(&state)
        case .editCustomer: return CustomerFormUpdate.openEdit(&state)
        case .openImportWizard: return ImportWizardUpdate.open(&state)
        case .openExportDialog: return ExportDialogUpdate.open(&state)
        case .openDuplicateReview: return DuplicateReviewUpdate.open(&state)
        case .openCustomFields: return CustomFieldsUpdate.open(&state)
        case .quit: return ShellUpdate.quit(&state)
        }
    }

    func perform(_ action: CardAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .closeCard: return CardUpdate.close(&state)
        case .nextTab: return CardUpdate.show(.next, &state)
        case .previousTab: return CardUpdate.show(.previous, &state)
        case .showMainTab: return CardUpdate.show(.tab(.main), &state)
        case .showInfoTab: return CardUpdate.show(.tab(.info), &state)
        case .showBookingsTab: return CardUpdate.show(.tab(.bookings), &state)
        case .showPaymentsTab: return CardUpdate.show(.tab(.payments), &state)
        case .showDocumentsTab: return CardUpdate.show(.tab(.documents), &state)
        case .showConversationsTab: return CardUpdate.show(.tab(.conversations), &state)
        case .scrollUp: return CardUpdate.move(by: -1, &state)
        case .scrollDown: return CardUpdate.move(by: 1, &state)
        case .pageUp: return CardUpdate.scroll(by: -10, &state)
        case .pageDown: return CardUpdate.scroll(by: 10, &state)
        case .addItem, .openItem, .deleteItem, .togglePin, .markReminderDone, .renameItem, .saveItemCopy, .markCompleted, .markNoShow:
            return performItem(action, &state)
        case .openCardsOnFile: return CardsOnFileUpdate.open(&state)
        case .openLoyalty: return LoyaltyUpdate.open(&state)
        case .openQuickActions: return MessagesUpdate.openQuickActions(&state, now: clock())
        case .openGroups: return GroupsUpdate.openCardGroups(&state)
        case .eraseCustomer: return ErasureUpdate.ask(&state)
        case .openCustomFields: return CustomFieldsUpdate.open(&state)
        case .editCustomer: return CustomerFormUpdate.openEdit(&state)
        case .openNewCustomerForm: return CustomerFormUpdate.openNew(&state)
        case .openMergePicker: return MergePickerUpdate.open(&state)
        case .undoMerge: return MergeReviewUpdate.offerUndo(&state)
        case .openDuplicateReview: return DuplicateReviewUpdate.open(&state)
        case .quit: return ShellUpdate.quit(&state)
        }
    }

    /// The keys that act on the tab's items: notes on the Main tab, bookings and payments on theirs,
    /// documents on the Documents tab.
    func performItem(_ action: CardAction, _ state: inout AppState) -> [Effect] {
        let tab = state.card?.tab ?? .main
        let notes = tab == .main, documents = tab == .documents, bookings = tab == .bookings, payments = tab == .payments
        switch action {
        case .addItem where bookings: return BookingsUpdate.openNew(&state, now: clock())
        case .openItem where bookings: return BookingsUpdate.openSelected(&state, now: clock())
        case .deleteItem where bookings: return BookingsUpdate.askToCancel(&state, now: clock())
        case .markCompleted where bookings: return BookingsUpdate.mark(.completed, &state, now: clock())
        case .markNoShow where bookings: return BookingsUpdate.mark(.noShow, &state, now: clock())
        case .addItem where payments: return PaymentsUpdate.openNew(&state)
        case .openItem where payments: return PaymentsUpdate.openSelected(&state)
        case .markCompleted where payments: return PaymentsUpdate.markPaid(&state)
        case .markNoShow where payments: return PaymentsUpdate.askToRefund(&state)
        case .addItem where notes: return NotesUpdate.openNew(&state)
        case .addItem where documents: return DocumentsUpdate.openAttach(&state)
        case .openItem where notes: return NotesUpdate.openSelected(&state)
        case .openItem where documents: return DocumentsUpdate.openPreview(&state)
        case .deleteItem where notes: return NotesUpdate.askToDelete(&state)
        case .deleteItem where documents: return DocumentsUpdate.askToDelete(&state)
        case .togglePin where notes: return NotesUpdate.togglePin(&state)
        case .markReminderDone where notes: return RemindersUpdate.markSelectedDone(&state)
        case .renameItem where documents: return DocumentsUpdate.openRename(&state)
        case .saveItemCopy where documents: return DocumentsUpdate.openExport(&state)
        // The same key on a tab it does nothing on says where it works.
        case .addItem, .openItem, .deleteItem, .togglePin, .markReminderDone, .renameItem, .saveItemCopy, .markCompleted, .markNoShow:
            state.say(CardItemNote.notOnThisTab(action))
            return []
        case .showMainTab, .showInfoTab, .showBookingsTab, .showPaymentsTab, .showDocumentsTab, .showConversationsTab, .nextTab, .previousTab,
             .scrollDown, .scrollUp, .pageDown, .pageUp, .editCustomer, .openNewCustomerForm, .openMergePicker, .undoMerge, .openDuplicateReview,
             .closeCard, .quit, .openCardsOnFile, .openLoyalty, .openQuickActions, .eraseCustomer, .openCustomFields, .openGroups:
            return perform(action, &state)
        }
    }

    /// The welcome's keys, performed once it has closed.
    func perform(_ action: WelcomeAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .loadDemoCustomers: return ShellUpdate.loadDemo(&state)
        case .openImportWizard: return ImportWizardUpdate.open(&state)
        case .openNewCustomerForm: return CustomerFormUpdate.openNew(&state)
        case .quit: return ShellUpdate.quit(&state)
        case .cancelModal: return []
        }
    }
}
