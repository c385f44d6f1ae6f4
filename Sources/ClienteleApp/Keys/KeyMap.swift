import TerminalCore

/// Where a binding applies. The top modal's scope owns the keyboard; then a focused text field
/// takes printable characters; then the focused pane's scope; then `global`.
public enum KeyScope: String, Hashable, Sendable, CaseIterable {
    case global, directory, card, form, confirm, help, welcome, importWizard, exportDialog
    case duplicateReview, ignoredPairs, mergeReview, mergePicker
    case noteEditor, reminders, snooze, documentPrompt, documentPreview
    case cardsOnFile, cardForm, loyalty, loyaltyAdjust
    case bookingForm, daysBookings, paymentForm
    case quickActions, chargeForm, messageCompose, outbox
    case settings, settingEdit, loyaltyProgramForm
    case customFields, customFieldForm
    case groups, filterPicker, markedActions

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

    public init(_ keys: [String], _ action: Action, _ help: String, hint: Bool = false, short: String? = nil) {
        self.scope = action.scope
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
                    conflicts.append("\(binding.scope.rawValue): \(key) is bound to both \(other.name) and \(binding.action.name)")
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
        KeyBinding(["?", "F1"], .global(.showHelp), "help: the keys of this screen", hint: true, short: "help"),
        KeyBinding(["ctrl+c"], .global(.quit), "quit at once"),
        KeyBinding(["tab"], .global(.focusNextPane), "next pane"),
        KeyBinding(["shift+tab"], .global(.focusPreviousPane), "previous pane"),
        KeyBinding(["ctrl+r"], .global(.openReminders), "reminders: every due and upcoming one, across customers"),
        KeyBinding(["ctrl+b"], .global(.openDaysBookings), "the day's bookings: today's and tomorrow's, across customers"),
        KeyBinding(["ctrl+y"], .global(.openOutbox), "the outbox: messages waiting to be sent; send again, drop"),
        KeyBinding(["F9"], .global(.openSettings), "settings: the shop, region, currency, language, mail command, templates, loyalty program"),

        // The directory: every printable key types into the search (a name typed at the counter is
        // always a search); commands are on keys no name contains — arrows, enter, esc, ctrl+letter.
        KeyBinding(["down"], .directory(.moveDown), "next customer"),
        KeyBinding(["up"], .directory(.moveUp), "previous customer"),
        KeyBinding(["pgdn"], .directory(.pageDown), "page down"),
        KeyBinding(["pgup"], .directory(.pageUp), "page up"),
        KeyBinding(["home"], .directory(.moveToTop), "first customer"),
        KeyBinding(["end"], .directory(.moveToBottom), "last customer loaded"),
        KeyBinding(["enter"], .directory(.openSelected), "open the card", hint: true, short: "open"),
        KeyBinding(["ctrl+n"], .directory(.openNewCustomerForm), "new customer", hint: true, short: "new"),
        KeyBinding(["ctrl+e"], .directory(.editCustomer), "edit the selected customer"),
        KeyBinding(["ctrl+s"], .directory(.cycleSort), "sort: name, recently added, last activity", short: "sort"),
        KeyBinding(["ctrl+f"], .directory(.openFilterPicker), "filters: group, status, email subscription, loyalty, reminders due, overdue, created between", short: "filters"),
        KeyBinding(["ctrl+t"], .directory(.openGroups), "groups: member counts; create, rename, delete; show a group's members"),
        KeyBinding(["ctrl+l"], .directory(.clearFilters), "clear the search and filters"),
        // A space in a search is part of the name ("ana maria"): space marks only when the search is empty; ins always.
        KeyBinding(["space"], .directory(.markOrType), "mark or unmark the selected customer (when the search is empty)"),
        KeyBinding(["insert"], .directory(.toggleMark), "mark or unmark the selected customer (also while searching)"),
        KeyBinding(["ctrl+a"], .directory(.openMarkedActions), "act on the marked customers: add to or remove from a group, status, export, merge two"),
        KeyBinding(["ctrl+o"], .directory(.openImportWizard), "import customers from a CSV file", hint: true, short: "import"),
        KeyBinding(["ctrl+x"], .directory(.openExportDialog), "export the whole directory or the current filter"),
        KeyBinding(["ctrl+d"], .directory(.openDuplicateReview), "review duplicate suggestions"),
        KeyBinding(["F7"], .directory(.openCustomFields), "custom fields of every card: add, edit, reorder, delete"),
        KeyBinding(["esc"], .directory(.clearSearch), "clear the search, then the marks"),
        KeyBinding(["ctrl+q"], .directory(.quit), "quit", hint: true),

        // The card: the same rule; typing a letter or digit goes back to the directory's search.
        KeyBinding(["alt+1"], .card(.showMainTab), "Main tab"),
        KeyBinding(["alt+2"], .card(.showInfoTab), "Info tab"),
        KeyBinding(["alt+3"], .card(.showBookingsTab), "Bookings tab"),
        KeyBinding(["alt+4"], .card(.showPaymentsTab), "Payments tab"),
        KeyBinding(["alt+5"], .card(.showDocumentsTab), "Documents tab"),
        KeyBinding(["alt+6"], .card(.showConversationsTab), "Conversations tab"),
        KeyBinding(["]"], .card(.nextTab), "next tab"),
        KeyBinding(["["], .card(.previousTab), "previous tab"),
        KeyBinding(["down"], .card(.scrollDown), "next note or document; past the last, scroll down"),
        KeyBinding(["up"], .card(.scrollUp), "previous note or document; before the first, scroll up"),
        KeyBinding(["pgdn"], .card(.pageDown), "scroll a page down"),
        KeyBinding(["pgup"], .card(.pageUp), "scroll a page up"),
        KeyBinding(["ctrl+a"], .card(.addItem), "add a note (Main tab), a booking (Bookings), a payment or amount due (Payments), attach a document (Documents)", hint: true, short: "add"),
        KeyBinding(["enter"], .card(.openItem), "edit the selected note, booking or payment, or preview the selected document", short: "open"),
        KeyBinding(["del"], .card(.deleteItem), "delete the selected note or document, cancel the selected booking (asks first)"),
        KeyBinding(["ctrl+p"], .card(.togglePin), "pin or unpin the selected note (pinned notes stay on top)"),
        KeyBinding(["ctrl+k"], .card(.markReminderDone), "mark the selected note's reminder done"),
        KeyBinding(["F2"], .card(.renameItem), "rename the selected document"),
        KeyBinding(["ctrl+s"], .card(.saveItemCopy), "save a copy of the selected document in a folder"),
        KeyBinding(["F7"], .card(.openCustomFields), "custom fields of every card: add, edit, reorder, delete"),
        KeyBinding(["ctrl+w"], .card(.openCardsOnFile), "cards on file: record one (with the written authorization), unlink one"),
        KeyBinding(["ctrl+o"], .card(.openQuickActions), "quick actions: remind of an overdue payment, charge a past appointment, invite to book", hint: true, short: "actions"),
        KeyBinding(["ctrl+t"], .card(.openGroups), "this customer's groups: tick or untick, make a new one"),
        KeyBinding(["ctrl+l"], .card(.openLoyalty), "loyalty: points, rewards and activity; enrol, adjust, redeem"),
        KeyBinding(["F5"], .card(.markCompleted), "mark the selected booking completed, or the selected amount due paid"),
        KeyBinding(["F6"], .card(.markNoShow), "mark the selected booking a no-show, or refund the selected payment (asks first)"),
        KeyBinding(["F8"], .card(.eraseCustomer), "erase this customer (a privacy request; asks first, naming what goes with them)"),
        KeyBinding(["ctrl+e"], .card(.editCustomer), "edit", hint: true),
        KeyBinding(["ctrl+n"], .card(.openNewCustomerForm), "new customer"),
        KeyBinding(["ctrl+g"], .card(.openMergePicker), "merge with another profile (search and pick it)"),
        KeyBinding(["ctrl+z"], .card(.undoMerge), "undo the latest merge into this profile"),
        KeyBinding(["ctrl+d"], .card(.openDuplicateReview), "review duplicate suggestions"),
        KeyBinding(["esc", "left"], .card(.closeCard), "back to the directory", hint: true, short: "back"),
        KeyBinding(["ctrl+q"], .card(.quit), "quit"),

        KeyBinding(["ctrl+s"], .form(.saveForm), "save", hint: true),
        KeyBinding(["tab", "down"], .form(.nextField), "next field", hint: true),
        KeyBinding(["shift+tab", "up"], .form(.previousField), "previous field"),
        KeyBinding(["ctrl+p"], .form(.choosePreviousOption), "previous choice (status, subscription, choice fields)"),
        KeyBinding(["ctrl+n"], .form(.chooseNextOption), "next choice", hint: true),
        KeyBinding(["esc"], .form(.cancelModal), "cancel (asks before discarding changes)", hint: true, short: "cancel"),

        KeyBinding(["y", "enter"], .confirm(.confirm), "yes", hint: true),
        KeyBinding(["n", "esc"], .confirm(.decline), "no", hint: true),

        KeyBinding(["down"], .help(.scrollDown), "scroll down", hint: true),
        KeyBinding(["up"], .help(.scrollUp), "scroll up"),
        KeyBinding(["pgdn", "space"], .help(.pageDown), "page down"),
        KeyBinding(["pgup"], .help(.pageUp), "page up"),
        KeyBinding(["esc", "q", "?"], .help(.cancelModal), "close the help", hint: true),

        KeyBinding(["enter"], .importWizard(.confirm), "next step (import, on the last one)", hint: true, short: "next"),
        KeyBinding(["tab"], .importWizard(.completePath), "complete the file name", hint: true, short: "complete"),
        KeyBinding(["down", "ctrl+n"], .importWizard(.nextField), "next column or choice"),
        KeyBinding(["up", "ctrl+p"], .importWizard(.previousField), "previous column or choice"),
        KeyBinding(["right"], .importWizard(.chooseNextOption), "send the column to the next field; on the check step, the next choice", hint: true, short: "change field"),
        KeyBinding(["left"], .importWizard(.choosePreviousOption), "send the column to the previous field; on the check step, the previous choice"),
        KeyBinding(["esc"], .importWizard(.cancelModal), "back a step; cancels a running import", hint: true, short: "back"),
        KeyBinding(["D"], .importWizard(.openDuplicateReview), "on the summary: review the duplicates found"),

        KeyBinding(["down", "j"], .duplicateReview(.moveDown), "next suggestion", hint: true),
        KeyBinding(["up", "k"], .duplicateReview(.moveUp), "previous suggestion"),
        KeyBinding(["m", "enter"], .duplicateReview(.mergeCluster), "merge the profiles (review field by field first)", hint: true, short: "merge"),
        KeyBinding(["i"], .duplicateReview(.ignoreCluster), "ignore: not the same person, never suggest again", hint: true, short: "ignore"),
        KeyBinding(["A"], .duplicateReview(.mergeAllExact), "merge all exact suggestions (same email or phone), after a confirmation", hint: true, short: "merge all"),
        KeyBinding(["I"], .duplicateReview(.showIgnored), "the pairs ignored as not duplicates (to suggest one again)"),
        KeyBinding(["esc", "q"], .duplicateReview(.cancelModal), "close", hint: true),

        KeyBinding(["down", "j"], .ignoredPairs(.moveDown), "next pair", hint: true),
        KeyBinding(["up", "k"], .ignoredPairs(.moveUp), "previous pair"),
        KeyBinding(["u", "enter"], .ignoredPairs(.unignore), "suggest this pair again", hint: true, short: "suggest again"),
        KeyBinding(["esc", "q"], .ignoredPairs(.cancelModal), "close", hint: true),

        KeyBinding(["down", "j"], .mergeReview(.moveDown), "next field"),
        KeyBinding(["up", "k"], .mergeReview(.moveUp), "previous field"),
        KeyBinding(["left", "h", "1"], .mergeReview(.chooseSurvivorValue), "keep the left value (the surviving profile's)", hint: true, short: "keep left"),
        KeyBinding(["right", "l", "2"], .mergeReview(.chooseOtherValue), "keep the right value (the other profile's)", hint: true, short: "keep right"),
        KeyBinding(["s"], .mergeReview(.swapSurvivor), "swap which profile survives (it keeps its id)", hint: true, short: "swap"),
        KeyBinding(["ctrl+s", "enter"], .mergeReview(.applyMerge), "merge", hint: true),
        KeyBinding(["esc"], .mergeReview(.cancelModal), "cancel: nothing is merged", hint: true, short: "cancel"),

        KeyBinding(["enter"], .mergePicker(.confirm), "review the merge with the chosen profile", hint: true, short: "review"),
        KeyBinding(["down", "ctrl+n"], .mergePicker(.moveDown), "next match", hint: true),
        KeyBinding(["up", "ctrl+p"], .mergePicker(.moveUp), "previous match"),
        KeyBinding(["esc"], .mergePicker(.cancelModal), "close", hint: true),

        // The note editor: enter is a new line in the text; ctrl+s saves.
        KeyBinding(["ctrl+s"], .noteEditor(.saveNote), "save the note", hint: true, short: "save"),
        KeyBinding(["tab"], .noteEditor(.nextField), "next: text, reminder, pin", hint: true, short: "next"),
        KeyBinding(["shift+tab"], .noteEditor(.previousField), "previous field"),
        KeyBinding(["ctrl+n"], .noteEditor(.nextPreset), "reminder: the next preset (tomorrow, in 3 days…), then none", hint: true, short: "remind"),
        KeyBinding(["ctrl+p"], .noteEditor(.previousPreset), "reminder: the previous preset"),
        KeyBinding(["space"], .noteEditor(.togglePin), "on the pin box: pin or unpin"),
        KeyBinding(["esc"], .noteEditor(.cancelModal), "cancel (asks before dropping what was typed)", hint: true, short: "cancel"),

        KeyBinding(["down"], .reminders(.moveDown), "next reminder"),
        KeyBinding(["up"], .reminders(.moveUp), "previous reminder"),
        KeyBinding(["pgdn"], .reminders(.pageDown), "page down"),
        KeyBinding(["pgup"], .reminders(.pageUp), "page up"),
        KeyBinding(["enter"], .reminders(.openCard), "open the customer's card", hint: true, short: "open card"),
        KeyBinding(["d"], .reminders(.markDone), "mark done", hint: true, short: "done"),
        KeyBinding(["s"], .reminders(.snooze), "snooze: until a preset or a date", hint: true, short: "snooze"),
        KeyBinding(["esc"], .reminders(.cancelModal), "close", hint: true),

        KeyBinding(["enter"], .snooze(.confirm), "snooze until then", hint: true, short: "snooze"),
        KeyBinding(["down", "ctrl+n"], .snooze(.nextPreset), "the next preset", hint: true, short: "preset"),
        KeyBinding(["up", "ctrl+p"], .snooze(.previousPreset), "the previous preset"),
        KeyBinding(["esc"], .snooze(.cancelModal), "cancel", hint: true),

        KeyBinding(["enter"], .documentPrompt(.confirm), "attach, rename or save the copy", hint: true, short: "ok"),
        KeyBinding(["tab"], .documentPrompt(.completePath), "complete the file or folder name", hint: true, short: "complete"),
        KeyBinding(["esc"], .documentPrompt(.cancelModal), "cancel", hint: true),

        KeyBinding(["down"], .documentPreview(.scrollDown), "scroll down"),
        KeyBinding(["up"], .documentPreview(.scrollUp), "scroll up"),
        KeyBinding(["esc", "q"], .documentPreview(.cancelModal), "close the preview", hint: true, short: "close"),

        KeyBinding(["down"], .cardsOnFile(.moveDown), "next card"),
        KeyBinding(["up"], .cardsOnFile(.moveUp), "previous card"),
        KeyBinding(["a"], .cardsOnFile(.addCard), "record a card (the customer's written authorization must be on file)", hint: true, short: "add"),
        KeyBinding(["u"], .cardsOnFile(.unlinkCard), "unlink the selected card (asks first)", hint: true, short: "unlink"),
        KeyBinding(["p"], .cardsOnFile(.printAuthorization), "write the authorization form to print and have signed", hint: true, short: "form"),
        KeyBinding(["esc"], .cardsOnFile(.cancelModal), "close", hint: true),

        KeyBinding(["ctrl+s"], .cardForm(.saveCard), "save the card (brand and last four; never the number)", hint: true, short: "save"),
        KeyBinding(["tab", "down"], .cardForm(.nextField), "next field", hint: true, short: "next"),
        KeyBinding(["shift+tab", "up"], .cardForm(.previousField), "previous field"),
        KeyBinding(["space"], .cardForm(.toggleAuthorization), "on the authorization box: confirm or withdraw"),
        KeyBinding(["esc"], .cardForm(.cancelModal), "cancel (asks first when something was typed)", hint: true, short: "cancel"),

        KeyBinding(["down"], .loyalty(.moveDown), "next reward"),
        KeyBinding(["up"], .loyalty(.moveUp), "previous reward"),
        KeyBinding(["e"], .loyalty(.enroll), "enrol the customer by the profile's phone", hint: true, short: "enrol"),
        KeyBinding(["r"], .loyalty(.redeem), "redeem the selected reward (asks first; never below zero)", hint: true, short: "redeem"),
        KeyBinding(["j"], .loyalty(.adjust), "adjust the points by a value, with a reason", hint: true, short: "adjust"),
        KeyBinding(["esc"], .loyalty(.cancelModal), "close", hint: true),

        KeyBinding(["ctrl+s", "enter"], .loyaltyAdjust(.save), "save the adjustment", hint: true, short: "save"),
        KeyBinding(["tab"], .loyaltyAdjust(.nextField), "points or reason", hint: true, short: "next"),
        KeyBinding(["esc"], .loyaltyAdjust(.cancelModal), "cancel", hint: true),
        // The booking and payment forms: typed fields, so commands are on ctrl+letters.
        KeyBinding(["ctrl+s"], .bookingForm(.saveBooking), "save the booking", hint: true, short: "save"),
        KeyBinding(["tab", "down"], .bookingForm(.nextField), "next field", hint: true, short: "next"),
        KeyBinding(["shift+tab", "up"], .bookingForm(.previousField), "previous field"),
        KeyBinding(["ctrl+n"], .bookingForm(.nextOption), "on the status: the next one", hint: true, short: "status"),
        KeyBinding(["ctrl+p"], .bookingForm(.previousOption), "on the status: the previous one"),
        KeyBinding(["esc"], .bookingForm(.cancelModal), "cancel (asks before dropping what was typed)", hint: true, short: "cancel"),

        KeyBinding(["down"], .daysBookings(.moveDown), "next booking"),
        KeyBinding(["up"], .daysBookings(.moveUp), "previous booking"),
        KeyBinding(["pgdn"], .daysBookings(.pageDown), "page down"),
        KeyBinding(["pgup"], .daysBookings(.pageUp), "page up"),
        KeyBinding(["enter"], .daysBookings(.openCard), "open the customer's card", hint: true, short: "open card"),
        KeyBinding(["esc"], .daysBookings(.cancelModal), "close", hint: true),

        KeyBinding(["ctrl+s"], .paymentForm(.savePayment), "save the payment", hint: true, short: "save"),
        KeyBinding(["tab", "down"], .paymentForm(.nextField), "next field", hint: true, short: "next"),
        KeyBinding(["shift+tab", "up"], .paymentForm(.previousField), "previous field"),
        KeyBinding(["ctrl+n"], .paymentForm(.nextOption), "on a choice (received or due, method, booking): the next one", hint: true, short: "choose"),
        KeyBinding(["ctrl+p"], .paymentForm(.previousOption), "on a choice: the previous one"),
        KeyBinding(["esc"], .paymentForm(.cancelModal), "cancel (asks before dropping what was typed)", hint: true, short: "cancel"),

        KeyBinding(["enter"], .quickActions(.confirm), "take the chosen action (or press its number)", hint: true, short: "choose"),
        KeyBinding(["down"], .quickActions(.moveDown), "next action", hint: true, short: "next"),
        KeyBinding(["up"], .quickActions(.moveUp), "previous action"),
        KeyBinding(["esc"], .quickActions(.cancelModal), "close", hint: true),

        KeyBinding(["ctrl+s"], .chargeForm(.saveCharge), "record the charge, then see the receipt before sending it", hint: true, short: "charge"),
        KeyBinding(["tab", "down"], .chargeForm(.nextField), "next field", hint: true, short: "next"),
        KeyBinding(["shift+tab", "up"], .chargeForm(.previousField), "previous field"),
        KeyBinding(["ctrl+n"], .chargeForm(.nextOption), "on a choice (booking, method, card): the next one", hint: true, short: "choose"),
        KeyBinding(["ctrl+p"], .chargeForm(.previousOption), "on a choice: the previous one"),
        KeyBinding(["esc"], .chargeForm(.cancelModal), "cancel: nothing is recorded", hint: true, short: "cancel"),

        // The message is text: enter is a new line; ctrl+s sends.
        KeyBinding(["ctrl+s"], .messageCompose(.sendMessage), "send (or, without a mail command, put it in the outbox)", hint: true, short: "send"),
        KeyBinding(["tab"], .messageCompose(.nextField), "subject or text", hint: true, short: "next"),
        KeyBinding(["shift+tab"], .messageCompose(.previousField), "the other field"),
        KeyBinding(["esc"], .messageCompose(.cancelModal), "do not send (asks before dropping what was typed)", hint: true, short: "cancel"),

        KeyBinding(["down"], .outbox(.moveDown), "next message"),
        KeyBinding(["up"], .outbox(.moveUp), "previous message"),
        KeyBinding(["s"], .outbox(.sendSelected), "send the selected message again", hint: true, short: "send"),
        KeyBinding(["a"], .outbox(.sendAll), "send every waiting message again", hint: true, short: "send all"),
        KeyBinding(["d", "del"], .outbox(.drop), "drop the selected message unsent (asks first; Conversations keeps it as dropped)", hint: true, short: "drop"),
        KeyBinding(["enter"], .outbox(.openCard), "open the customer's card", short: "open card"),
        KeyBinding(["esc"], .outbox(.cancelModal), "close", hint: true),

        KeyBinding(["down"], .settings(.moveDown), "next setting"),
        KeyBinding(["up"], .settings(.moveUp), "previous setting"),
        KeyBinding(["enter"], .settings(.edit), "change the selected setting", hint: true, short: "change"),
        KeyBinding(["del"], .settings(.unset), "remove the selected setting (the standard value applies)", hint: true, short: "remove"),
        KeyBinding(["esc"], .settings(.cancelModal), "close", hint: true),

        KeyBinding(["ctrl+s"], .settingEdit(.save), "store it (checked first)", hint: true, short: "save"),
        KeyBinding(["tab"], .settingEdit(.nextField), "a template: subject or text", short: "next"),
        KeyBinding(["shift+tab"], .settingEdit(.previousField), "a template: the other field"),
        KeyBinding(["ctrl+n"], .settingEdit(.nextOption), "a choice (language, theme): the next one", hint: true, short: "choose"),
        KeyBinding(["ctrl+p"], .settingEdit(.previousOption), "a choice: the previous one"),
        KeyBinding(["esc"], .settingEdit(.cancelModal), "cancel: nothing is stored", hint: true, short: "cancel"),

        KeyBinding(["ctrl+s"], .loyaltyProgramForm(.save), "save the program", hint: true, short: "save"),
        KeyBinding(["tab"], .loyaltyProgramForm(.nextField), "next field: name, rule, points, rewards", hint: true, short: "next"),
        KeyBinding(["shift+tab"], .loyaltyProgramForm(.previousField), "previous field"),
        KeyBinding(["ctrl+n"], .loyaltyProgramForm(.nextOption), "on the rule: per visit or per amount spent", short: "rule"),
        KeyBinding(["ctrl+p"], .loyaltyProgramForm(.previousOption), "on the rule: the other one"),
        KeyBinding(["esc"], .loyaltyProgramForm(.cancelModal), "cancel: the program stays as it was", hint: true, short: "cancel"),
        KeyBinding(["down"], .customFields(.moveDown), "next field"),
        KeyBinding(["up"], .customFields(.moveUp), "previous field"),
        KeyBinding(["a"], .customFields(.addField), "add a field", hint: true, short: "add"),
        KeyBinding(["e", "enter"], .customFields(.editField), "edit the selected field: label, type, options (its values are converted or the change refused)", hint: true, short: "edit"),
        KeyBinding(["u"], .customFields(.moveFieldUp), "move the selected field up", hint: true, short: "up"),
        KeyBinding(["d"], .customFields(.moveFieldDown), "move the selected field down", hint: true, short: "down"),
        KeyBinding(["x", "del"], .customFields(.deleteField), "delete the selected field (asks, saying how many customers have a value)", hint: true, short: "delete"),
        KeyBinding(["esc"], .customFields(.cancelModal), "close", hint: true),

        KeyBinding(["ctrl+s"], .customFieldForm(.saveField), "save the field", hint: true, short: "save"),
        KeyBinding(["tab", "down"], .customFieldForm(.nextField), "next field", hint: true, short: "next"),
        KeyBinding(["shift+tab", "up"], .customFieldForm(.previousField), "previous field"),
        KeyBinding(["ctrl+n"], .customFieldForm(.chooseNextType), "the next type", hint: true, short: "type"),
        KeyBinding(["ctrl+p"], .customFieldForm(.choosePreviousType), "the previous type"),
        KeyBinding(["esc"], .customFieldForm(.cancelModal), "cancel", hint: true),

        KeyBinding(["enter", "ctrl+s"], .exportDialog(.confirm), "export", hint: true),
        KeyBinding(["tab", "down"], .exportDialog(.nextField), "next choice", hint: true),
        KeyBinding(["shift+tab", "up"], .exportDialog(.previousField), "previous choice"),
        KeyBinding(["ctrl+n"], .exportDialog(.chooseNextOption), "change the format or scope"),
        KeyBinding(["esc"], .exportDialog(.cancelModal), "close", hint: true),

        KeyBinding(["down"], .groups(.moveDown), "next group"),
        KeyBinding(["up"], .groups(.moveUp), "previous group"),
        KeyBinding(["space"], .groups(.toggle), "on a customer's groups: tick or untick the group"),
        KeyBinding(["enter"], .groups(.confirm), "show the group's members; save the ticks; choose the group for the marked customers", hint: true, short: "choose"),
        KeyBinding(["ctrl+n"], .groups(.newGroup), "new group (type its name, then enter)", hint: true, short: "new"),
        KeyBinding(["F2"], .groups(.rename), "rename the selected group"),
        KeyBinding(["del"], .groups(.delete), "delete the selected group (asks first; its customers stay)"),
        KeyBinding(["esc"], .groups(.cancelModal), "close (or leave the name being typed)", hint: true),

        KeyBinding(["down", "tab"], .filterPicker(.moveDown), "next filter", hint: true, short: "next"),
        KeyBinding(["up", "shift+tab"], .filterPicker(.moveUp), "previous filter"),
        KeyBinding(["right"], .filterPicker(.nextChoice), "the next choice (group, status, subscription)", hint: true, short: "change"),
        KeyBinding(["left"], .filterPicker(.previousChoice), "the previous choice"),
        KeyBinding(["space"], .filterPicker(.toggle), "tick or untick (loyalty, reminders due, overdue); next choice"),
        KeyBinding(["enter"], .filterPicker(.apply), "apply the filters", hint: true, short: "apply"),
        KeyBinding(["ctrl+l"], .filterPicker(.clearAll), "clear every filter"),
        KeyBinding(["esc"], .filterPicker(.cancelModal), "close without changing the filters", hint: true, short: "cancel"),

        KeyBinding(["enter"], .markedActions(.confirm), "do the chosen action (or press its number)", hint: true, short: "choose"),
        KeyBinding(["down"], .markedActions(.moveDown), "next action", hint: true, short: "next"),
        KeyBinding(["up"], .markedActions(.moveUp), "previous action"),
        KeyBinding(["esc"], .markedActions(.cancelModal), "close", hint: true),

        KeyBinding(["d"], .welcome(.loadDemoCustomers), "load 200 demo customers", hint: true, short: "demo"),
        KeyBinding(["i"], .welcome(.openImportWizard), "import a CSV file", hint: true),
        KeyBinding(["n"], .welcome(.openNewCustomerForm), "add your first customer", hint: true, short: "new"),
        KeyBinding(["esc"], .welcome(.cancelModal), "start with an empty directory"),
        KeyBinding(["q"], .welcome(.quit), "quit"),
    ])
}
