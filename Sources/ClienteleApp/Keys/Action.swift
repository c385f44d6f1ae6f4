/// What a key asks for: intents, not facts (facts are `Msg`s). One enum per scope, so each
/// handler switches exhaustively over exactly the actions its screen binds: a new binding no
/// handler knows is a compile error, not a key that silently does nothing.
public enum Action: Hashable, Sendable {
    case global(GlobalAction)
    case directory(DirectoryAction)
    case card(CardAction)
    case form(FormAction)
    case confirm(ConfirmAction)
    case help(HelpAction)
    case welcome(WelcomeAction)
    case importWizard(ImportWizardAction)
    case exportDialog(ExportDialogAction)
    case duplicateReview(DuplicateReviewAction)
    case ignoredPairs(IgnoredPairsAction)
    case mergeReview(MergeReviewAction)
    case mergePicker(MergePickerAction)
    case noteEditor(NoteEditorAction)
    case reminders(RemindersAction)
    case snooze(SnoozeAction)
    case documentPrompt(DocumentPromptAction)
    case documentPreview(DocumentPreviewAction)
    case cardsOnFile(CardsOnFileAction)
    case cardForm(CardFormAction)
    case loyalty(LoyaltyAction)
    case loyaltyAdjust(LoyaltyAdjustAction)
    case bookingForm(BookingFormAction)
    case daysBookings(DaysBookingsAction)
    case paymentForm(PaymentFormAction)
    case quickActions(QuickActionsAction)
    case chargeForm(ChargeFormAction)
    case messageCompose(MessageComposeAction)
    case outbox(OutboxAction)
    case settings(SettingsAction)
    case settingEdit(SettingEditAction)
    case loyaltyProgramForm(LoyaltyProgramFormAction)
    case customFields(CustomFieldsAction)
    case customFieldForm(CustomFieldFormAction)
    case groups(GroupsAction)
    case filterPicker(FilterPickerAction)
    case markedActions(MarkedActionsAction)

    /// Where it is bound.
    public var scope: KeyScope {
        switch self {
        case .global: .global
        case .directory: .directory
        case .card: .card
        case .form: .form
        case .confirm: .confirm
        case .help: .help
        case .welcome: .welcome
        case .importWizard: .importWizard
        case .exportDialog: .exportDialog
        case .duplicateReview: .duplicateReview
        case .ignoredPairs: .ignoredPairs
        case .mergeReview: .mergeReview
        case .mergePicker: .mergePicker
        case .noteEditor: .noteEditor
        case .reminders: .reminders
        case .snooze: .snooze
        case .documentPrompt: .documentPrompt
        case .documentPreview: .documentPreview
        case .cardsOnFile: .cardsOnFile
        case .cardForm: .cardForm
        case .loyalty: .loyalty
        case .loyaltyAdjust: .loyaltyAdjust
        case .bookingForm: .bookingForm
        case .daysBookings: .daysBookings
        case .paymentForm: .paymentForm
        case .quickActions: .quickActions
        case .chargeForm: .chargeForm
        case .messageCompose: .messageCompose
        case .outbox: .outbox
        case .settings: .settings
        case .settingEdit: .settingEdit
        case .loyaltyProgramForm: .loyaltyProgramForm
        case .customFields: .customFields
        case .customFieldForm: .customFieldForm
        case .groups: .groups
        case .filterPicker: .filterPicker
        case .markedActions: .markedActions
        }
    }

    /// Its name within the scope ("moveDown"): with the scope, the key of its translated help.
    public var name: String {
        switch self {
        case .global(let action): action.rawValue
        case .directory(let action): action.rawValue
        case .card(let action): action.rawValue
        case .form(let action): action.rawValue
        case .confirm(let action): action.rawValue
        case .help(let action): action.rawValue
        case .welcome(let action): action.rawValue
        case .importWizard(let action): action.rawValue
        case .exportDialog(let action): action.rawValue
        case .duplicateReview(let action): action.rawValue
        case .ignoredPairs(let action): action.rawValue
        case .mergeReview(let action): action.rawValue
        case .mergePicker(let action): action.rawValue
        case .noteEditor(let action): action.rawValue
        case .reminders(let action): action.rawValue
        case .snooze(let action): action.rawValue
        case .documentPrompt(let action): action.rawValue
        case .documentPreview(let action): action.rawValue
        case .cardsOnFile(let action): action.rawValue
        case .cardForm(let action): action.rawValue
        case .loyalty(let action): action.rawValue
        case .loyaltyAdjust(let action): action.rawValue
        case .bookingForm(let action): action.rawValue
        case .daysBookings(let action): action.rawValue
        case .paymentForm(let action): action.rawValue
        case .quickActions(let action): action.rawValue
        case .chargeForm(let action): action.rawValue
        case .messageCompose(let action): action.rawValue
        case .outbox(let action): action.rawValue
        case .settings(let action): action.rawValue
        case .settingEdit(let action): action.rawValue
        case .loyaltyProgramForm(let action): action.rawValue
        case .customFields(let action): action.rawValue
        case .customFieldForm(let action): action.rawValue
        case .groups(let action): action.rawValue
        case .filterPicker(let action): action.rawValue
        case .markedActions(let action): action.rawValue
        }
    }

    /// Escape's meaning in a modal's scope: handled once for every modal (`ModalKeys`).
    public var cancelsModal: Bool {
        switch self {
        case .form(let action): action == .cancelModal
        case .help(let action): action == .cancelModal
        case .welcome(let action): action == .cancelModal
        case .importWizard(let action): action == .cancelModal
        case .exportDialog(let action): action == .cancelModal
        case .duplicateReview(let action): action == .cancelModal
        case .ignoredPairs(let action): action == .cancelModal
        case .mergeReview(let action): action == .cancelModal
        case .mergePicker(let action): action == .cancelModal
        case .noteEditor(let action): action == .cancelModal
        case .reminders(let action): action == .cancelModal
        case .snooze(let action): action == .cancelModal
        case .documentPrompt(let action): action == .cancelModal
        case .documentPreview(let action): action == .cancelModal
        case .cardsOnFile(let action): action == .cancelModal
        case .cardForm(let action): action == .cancelModal
        case .loyalty(let action): action == .cancelModal
        case .loyaltyAdjust(let action): action == .cancelModal
        case .bookingForm(let action): action == .cancelModal
        case .daysBookings(let action): action == .cancelModal
        case .paymentForm(let action): action == .cancelModal
        case .quickActions(let action): action == .cancelModal
        case .chargeForm(let action): action == .cancelModal
        case .messageCompose(let action): action == .cancelModal
        case .outbox(let action): action == .cancelModal
        case .settings(let action): action == .cancelModal
        case .settingEdit(let action): action == .cancelModal
        case .loyaltyProgramForm(let action): action == .cancelModal
        case .customFields(let action): action == .cancelModal
        case .customFieldForm(let action): action == .cancelModal
        case .groups(let action): action == .cancelModal
        case .filterPicker(let action): action == .cancelModal
        case .markedActions(let action): action == .cancelModal
        // Escape answers a question with "no"; panes have no modal to cancel.
        case .global, .directory, .card, .confirm: false
        }
    }
}

public enum GlobalAction: String, Hashable, Sendable, CaseIterable {
    case showHelp, quit, focusNextPane, focusPreviousPane, openReminders
    case openDaysBookings, openOutbox, openSettings
}

public enum DirectoryAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, moveToTop, moveToBottom, openSelected, openNewCustomerForm, editCustomer
    case cycleSort, openFilterPicker, openGroups, clearFilters, openImportWizard, openExportDialog, openDuplicateReview
    case markOrType, toggleMark, openMarkedActions
    case clearSearch, quit
    case openCustomFields
}

public enum CardAction: String, Hashable, Sendable, CaseIterable {
    case showMainTab, showInfoTab, showBookingsTab, showPaymentsTab, showDocumentsTab, showConversationsTab, nextTab, previousTab
    case scrollDown, scrollUp, pageDown, pageUp, editCustomer, openNewCustomerForm, openMergePicker, undoMerge, openDuplicateReview, closeCard, quit
    /// On the Main tab a note, on the Documents tab a document: add one, open the selected one, delete it.
    case addItem, openItem, deleteItem
    case togglePin, markReminderDone, renameItem, saveItemCopy
    case openCardsOnFile, openLoyalty, openQuickActions, openCustomFields, openGroups
    /// A privacy request: the customer and everything with them (asks first, naming what goes).
    case eraseCustomer
    /// On the Bookings tab: the selected booking completed / a no-show; on the Payments tab: the
    /// selected amount due paid / the selected payment refunded (asks first).
    case markCompleted, markNoShow
}

public enum FormAction: String, Hashable, Sendable, CaseIterable {
    case saveForm, nextField, previousField, choosePreviousOption, chooseNextOption, cancelModal
}

public enum ConfirmAction: String, Hashable, Sendable, CaseIterable {
    case confirm, decline
}

public enum HelpAction: String, Hashable, Sendable, CaseIterable {
    case scrollDown, scrollUp, pageDown, pageUp, cancelModal
}

public enum WelcomeAction: String, Hashable, Sendable, CaseIterable {
    case loadDemoCustomers, openImportWizard, openNewCustomerForm, cancelModal, quit
}

public enum ImportWizardAction: String, Hashable, Sendable, CaseIterable {
    case confirm, completePath, nextField, previousField, chooseNextOption, choosePreviousOption, cancelModal, openDuplicateReview
}

public enum ExportDialogAction: String, Hashable, Sendable, CaseIterable {
    case confirm, nextField, previousField, chooseNextOption, cancelModal
}

public enum DuplicateReviewAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, mergeCluster, ignoreCluster, mergeAllExact, showIgnored, cancelModal
}

public enum IgnoredPairsAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, unignore, cancelModal
}

public enum MergeReviewAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, chooseSurvivorValue, chooseOtherValue, swapSurvivor, applyMerge, cancelModal
}

public enum MergePickerAction: String, Hashable, Sendable, CaseIterable {
    case confirm, moveDown, moveUp, cancelModal
}

public enum NoteEditorAction: String, Hashable, Sendable, CaseIterable {
    case saveNote, nextField, previousField, nextPreset, previousPreset, togglePin, cancelModal
}

public enum RemindersAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, openCard, markDone, snooze, cancelModal
}

public enum SnoozeAction: String, Hashable, Sendable, CaseIterable {
    case confirm, nextPreset, previousPreset, cancelModal
}

public enum DocumentPromptAction: String, Hashable, Sendable, CaseIterable {
    case confirm, completePath, cancelModal
}

public enum DocumentPreviewAction: String, Hashable, Sendable, CaseIterable {
    case scrollDown, scrollUp, cancelModal
}

public enum CardsOnFileAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, addCard, unlinkCard, printAuthorization, cancelModal
}

public enum CardFormAction: String, Hashable, Sendable, CaseIterable {
    case saveCard, nextField, previousField, toggleAuthorization, cancelModal
}

public enum LoyaltyAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, enroll, redeem, adjust, cancelModal
}

public enum LoyaltyAdjustAction: String, Hashable, Sendable, CaseIterable {
    case save, nextField, cancelModal
}

public enum BookingFormAction: String, Hashable, Sendable, CaseIterable {
    case saveBooking, nextField, previousField, nextOption, previousOption, cancelModal
}

public enum DaysBookingsAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, openCard, cancelModal
}

public enum PaymentFormAction: String, Hashable, Sendable, CaseIterable {
    case savePayment, nextField, previousField, nextOption, previousOption, cancelModal
}

public enum QuickActionsAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, confirm, cancelModal
}

public enum ChargeFormAction: String, Hashable, Sendable, CaseIterable {
    case saveCharge, nextField, previousField, nextOption, previousOption, cancelModal
}

public enum MessageComposeAction: String, Hashable, Sendable, CaseIterable {
    case sendMessage, nextField, previousField, cancelModal
}

public enum OutboxAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, sendSelected, sendAll, drop, openCard, cancelModal
}

public enum SettingsAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, edit, unset, cancelModal
}

public enum SettingEditAction: String, Hashable, Sendable, CaseIterable {
    case save, nextField, previousField, nextOption, previousOption, cancelModal
}

public enum LoyaltyProgramFormAction: String, Hashable, Sendable, CaseIterable {
    case save, nextField, previousField, nextOption, previousOption, cancelModal
}

public enum CustomFieldsAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, addField, editField, moveFieldUp, moveFieldDown, deleteField, cancelModal
}

public enum CustomFieldFormAction: String, Hashable, Sendable, CaseIterable {
    case saveField, nextField, previousField, chooseNextType, choosePreviousType, cancelModal
}

public enum GroupsAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, toggle, confirm, newGroup, rename, delete, cancelModal
}

public enum FilterPickerAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, nextChoice, previousChoice, toggle, apply, clearAll, cancelModal
}

public enum MarkedActionsAction: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, confirm, cancelModal
}
