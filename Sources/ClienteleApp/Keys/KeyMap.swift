import TerminalCore

/// Where a binding applies. The top modal's scope owns the keyboard; then a focused text field
/// takes printable characters; then the focused pane's scope; then `global`.
public enum KeyScope: String, Hashable, Sendable, CaseIterable {
    case global, directory, search, card, form, confirm, help, welcome, importWizard, exportDialog
    case duplicateReview, mergeReview, mergePicker

    /// In English, as the README's key table has it; the `?` overlay uses `AppText.scopeTitle`.
    public var title: String { AppText.english.scopeTitle(self) }
}

/// One line of the key table: keys, the action, and the words the help and status bar show.
public struct KeyBinding: Hashable, Sendable {
    public let scope: KeyScope
    public let keys: [KeyChord]
    public let action: Action
    public let help: String
    /// Shown in the status bar's hints (the most useful few per scope).
    public let isHint: Bool
    /// The status bar's words when `help` is too long for a bar 80 columns wide ("search"); the
    /// `?` overlay and the README keep `help`.
    public let shortHint: String?

    public init(_ scope: KeyScope, _ keys: [String], _ action: Action, _ help: String, hint: Bool = false, short: String? = nil) {
        self.scope = scope
        self.keys = keys.map { KeyChord($0)! }
        self.action = action
        self.help = help
        self.isHint = hint
        self.shortHint = short
    }

    /// What the status bar shows: the first key only (the overlay lists the others) and the short words.
    public var statusHint: (key: String, label: String) {
        (keys.first?.description ?? "", shortHint ?? help)
    }
}

/// Every key binding of the app, as data. The `?` overlay, the status bar's hints and the
/// README's key table are generated from it; a test fails if two bindings in a scope share a key.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    public func action(for key: KeyEvent, in scope: KeyScope) -> Action? {
        bindings.first { $0.scope == scope && $0.keys.contains(KeyChord(key)) }?.action
    }

    public func bindings(in scope: KeyScope) -> [KeyBinding] { bindings.filter { $0.scope == scope } }

    public func hints(for scope: KeyScope) -> [(key: String, label: String)] {
        // Translated here, at display time, so `KeyMap.standard` stays the README's English table.
        bindings(in: scope).filter(\.isHint).map { (key: $0.statusHint.key, label: AppText.current.statusLabel(for: $0)) }
    }

    /// Keys bound twice within one scope (must be empty).
    public var conflicts: [String] {
        var seen: [KeyScope: [KeyChord: Action]] = [:]
        var conflicts: [String] = []
        for binding in bindings {
            for key in binding.keys {
                if let other = seen[binding.scope]?[key], other != binding.action {
                    conflicts.append("\(binding.scope.rawValue): \(key) is bound to both \(other.rawValue) and \(binding.action.rawValue)")
                }
                seen[binding.scope, default: [:]][key] = binding.action
            }
        }
        return conflicts
    }

    /// The key table as Markdown, for the README (kept in sync by a test).
    public var markdownTable: String {
        var lines = ["| where | keys | what it does |", "| --- | --- | --- |"]
        for scope in KeyScope.allCases {
            for binding in bindings(in: scope) {
                let keys = binding.keys.map { "`\($0.description.replacingOccurrences(of: "|", with: "\\|"))`" }.joined(separator: " ")
                lines.append("| \(scope.title) | \(keys) | \(binding.help) |")
            }
        }
        return lines.joined(separator: "\n")
    }

    public static let standard = KeyMap(bindings: [
        KeyBinding(.global, ["?", "F1"], .showHelp, "help: the keys of this screen", hint: true, short: "help"),
        KeyBinding(.global, ["ctrl+c"], .quit, "quit at once"),
        KeyBinding(.global, ["tab"], .focusNextPane, "next pane"),
        KeyBinding(.global, ["shift+tab"], .focusPreviousPane, "previous pane"),

        KeyBinding(.directory, ["/"], .startSearch, "search by name, email or phone (or just start typing)", hint: true, short: "search"),
        KeyBinding(.directory, ["down", "j"], .moveDown, "next customer"),
        KeyBinding(.directory, ["up", "k"], .moveUp, "previous customer"),
        KeyBinding(.directory, ["pgdn", "ctrl+f"], .pageDown, "page down"),
        KeyBinding(.directory, ["pgup", "ctrl+b"], .pageUp, "page up"),
        KeyBinding(.directory, ["home", "g"], .moveToTop, "first customer"),
        KeyBinding(.directory, ["end", "G"], .moveToBottom, "last customer loaded"),
        KeyBinding(.directory, ["enter", "right", "l"], .openSelected, "open the card", hint: true, short: "open"),
        KeyBinding(.directory, ["n"], .openNewCustomerForm, "new customer", hint: true, short: "new"),
        KeyBinding(.directory, ["e"], .editCustomer, "edit the selected customer"),
        KeyBinding(.directory, ["s"], .cycleSort, "sort: name, recently added, last activity", hint: true, short: "sort"),
        KeyBinding(.directory, ["f"], .cycleStatusFilter, "filter by status: lead, client, inactive"),
        KeyBinding(.directory, ["F"], .cycleGroupFilter, "filter by group"),
        KeyBinding(.directory, ["c"], .clearFilters, "clear the search and filters"),
        KeyBinding(.directory, ["i"], .openImportWizard, "import customers from a CSV file", hint: true, short: "import"),
        KeyBinding(.directory, ["x"], .openExportDialog, "export the whole directory or the current filter"),
        KeyBinding(.directory, ["D"], .openDuplicateReview, "review duplicate suggestions"),
        KeyBinding(.directory, ["esc"], .clearSearch, "clear the search"),
        KeyBinding(.directory, ["q"], .quit, "quit", hint: true),

        KeyBinding(.search, ["enter"], .openSelected, "open the first match", hint: true, short: "open"),
        KeyBinding(.search, ["down"], .moveDown, "into the results", hint: true),
        KeyBinding(.search, ["up"], .moveUp, "previous result"),
        KeyBinding(.search, ["esc"], .clearSearch, "clear and leave the search", hint: true, short: "clear"),

        KeyBinding(.card, ["1"], .showMainTab, "Main tab"),
        KeyBinding(.card, ["2"], .showInfoTab, "Info tab"),
        KeyBinding(.card, ["3"], .showBookingsTab, "Bookings tab"),
        KeyBinding(.card, ["4"], .showPaymentsTab, "Payments tab"),
        KeyBinding(.card, ["5"], .showDocumentsTab, "Documents tab"),
        KeyBinding(.card, ["6"], .showConversationsTab, "Conversations tab"),
        KeyBinding(.card, ["]"], .nextTab, "next tab", hint: true),
        KeyBinding(.card, ["["], .previousTab, "previous tab"),
        KeyBinding(.card, ["down", "j"], .scrollDown, "scroll down"),
        KeyBinding(.card, ["up", "k"], .scrollUp, "scroll up"),
        KeyBinding(.card, ["e"], .editCustomer, "edit", hint: true),
        KeyBinding(.card, ["n"], .openNewCustomerForm, "new customer"),
        KeyBinding(.card, ["m"], .openMergePicker, "merge with another profile (search and pick it)"),
        KeyBinding(.card, ["u"], .undoMerge, "undo the latest merge into this profile"),
        KeyBinding(.card, ["D"], .openDuplicateReview, "review duplicate suggestions"),
        KeyBinding(.card, ["q", "esc", "left", "h"], .closeCard, "back to the directory", hint: true, short: "back"),

        KeyBinding(.form, ["ctrl+s"], .saveForm, "save", hint: true),
        KeyBinding(.form, ["tab", "down"], .nextField, "next field", hint: true),
        KeyBinding(.form, ["shift+tab", "up"], .previousField, "previous field"),
        KeyBinding(.form, ["ctrl+p"], .choosePreviousOption, "previous choice (status, subscription, choice fields)"),
        KeyBinding(.form, ["ctrl+n"], .chooseNextOption, "next choice", hint: true),
        KeyBinding(.form, ["esc"], .cancelModal, "cancel (asks before discarding changes)", hint: true, short: "cancel"),

        KeyBinding(.confirm, ["y", "enter"], .confirm, "yes", hint: true),
        KeyBinding(.confirm, ["n", "esc"], .decline, "no", hint: true),

        KeyBinding(.help, ["esc", "q", "?"], .cancelModal, "close the help", hint: true),

        KeyBinding(.importWizard, ["enter"], .confirm, "next step (import, on the last one)", hint: true, short: "next"),
        KeyBinding(.importWizard, ["tab"], .completePath, "complete the file name", hint: true, short: "complete"),
        KeyBinding(.importWizard, ["down", "ctrl+n"], .nextField, "next column or choice"),
        KeyBinding(.importWizard, ["up", "ctrl+p"], .previousField, "previous column or choice"),
        KeyBinding(.importWizard, ["right"], .chooseNextOption, "send the column to the next field", hint: true, short: "change field"),
        KeyBinding(.importWizard, ["left"], .choosePreviousOption, "send the column to the previous field"),
        KeyBinding(.importWizard, ["esc"], .cancelModal, "back a step; cancels a running import", hint: true, short: "back"),
        KeyBinding(.importWizard, ["D"], .openDuplicateReview, "on the summary: review the duplicates found"),

        KeyBinding(.duplicateReview, ["down", "j"], .moveDown, "next suggestion", hint: true),
        KeyBinding(.duplicateReview, ["up", "k"], .moveUp, "previous suggestion"),
        KeyBinding(.duplicateReview, ["m", "enter"], .mergeCluster, "merge the profiles (review field by field first)", hint: true, short: "merge"),
        KeyBinding(.duplicateReview, ["i"], .ignoreCluster, "ignore: not the same person, never suggest again", hint: true, short: "ignore"),
        KeyBinding(.duplicateReview, ["A"], .mergeAllExact, "merge all exact suggestions (same email or phone), after a confirmation", hint: true, short: "merge all"),
        KeyBinding(.duplicateReview, ["esc", "q"], .cancelModal, "close", hint: true),

        KeyBinding(.mergeReview, ["down", "j"], .moveDown, "next field"),
        KeyBinding(.mergeReview, ["up", "k"], .moveUp, "previous field"),
        KeyBinding(.mergeReview, ["left", "h", "1"], .chooseSurvivorValue, "keep the left value (the surviving profile's)", hint: true, short: "keep left"),
        KeyBinding(.mergeReview, ["right", "l", "2"], .chooseOtherValue, "keep the right value (the other profile's)", hint: true, short: "keep right"),
        KeyBinding(.mergeReview, ["s"], .swapSurvivor, "swap which profile survives (it keeps its id)", hint: true, short: "swap"),
        KeyBinding(.mergeReview, ["ctrl+s", "enter"], .applyMerge, "merge", hint: true),
        KeyBinding(.mergeReview, ["esc"], .cancelModal, "cancel: nothing is merged", hint: true, short: "cancel"),

        KeyBinding(.mergePicker, ["enter"], .confirm, "review the merge with the chosen profile", hint: true, short: "review"),
        KeyBinding(.mergePicker, ["down", "ctrl+n"], .moveDown, "next match", hint: true),
        KeyBinding(.mergePicker, ["up", "ctrl+p"], .moveUp, "previous match"),
        KeyBinding(.mergePicker, ["esc"], .cancelModal, "close", hint: true),

        KeyBinding(.exportDialog, ["enter", "ctrl+s"], .confirm, "export", hint: true),
        KeyBinding(.exportDialog, ["tab", "down"], .nextField, "next choice", hint: true),
        KeyBinding(.exportDialog, ["shift+tab", "up"], .previousField, "previous choice"),
        KeyBinding(.exportDialog, ["ctrl+n"], .chooseNextOption, "change the format or scope"),
        KeyBinding(.exportDialog, ["esc"], .cancelModal, "close", hint: true),

        KeyBinding(.welcome, ["d"], .loadDemoCustomers, "load 200 demo customers", hint: true, short: "demo"),
        KeyBinding(.welcome, ["i"], .openImportWizard, "import a CSV file", hint: true),
        KeyBinding(.welcome, ["n"], .openNewCustomerForm, "add your first customer", hint: true, short: "new"),
        KeyBinding(.welcome, ["esc"], .cancelModal, "start with an empty directory"),
        KeyBinding(.welcome, ["q"], .quit, "quit"),
    ])
}
