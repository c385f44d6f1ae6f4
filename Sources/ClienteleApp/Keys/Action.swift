/// What a key asks for: intents, not facts (facts are `Msg`s).
public enum Action: String, Hashable, Sendable, CaseIterable {
    // Global
    case quit, showHelp, focusNextPane, focusPreviousPane
    // Directory
    case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom, openSelected, startSearch, clearSearch
    case openNewCustomerForm, cycleSort, cycleStatusFilter, cycleGroupFilter, clearFilters
    // Card
    case closeCard, editCustomer, nextTab, previousTab, scrollUp, scrollDown
    case showMainTab, showInfoTab, showBookingsTab, showPaymentsTab, showDocumentsTab, showConversationsTab
    // Forms and dialogs
    case saveForm, cancelModal, nextField, previousField, choosePreviousOption, chooseNextOption, confirm, decline
    // Import and export
    case openImportWizard, openExportDialog, completePath
    // First run
    case loadDemoCustomers
    // Duplicates and merging
    case openDuplicateReview, mergeCluster, ignoreCluster, mergeAllExact
    case openMergePicker, undoMerge, chooseSurvivorValue, chooseOtherValue, swapSurvivor, applyMerge
}
