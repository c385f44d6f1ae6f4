import Foundation
import CustomerCore
import TerminalCore

extension AppText {
    /// The interface in English: the reference the other tables translate.
    static let english = AppText(
        appName: "Clientele",
        searchPlaceholder: "type a name, email or phone number",
        customerGone: "That customer no longer exists (deleted at another counter).",
        noGroups: "No groups yet.",
        loadingDemo: "Adding demo customers…",
        discardTitle: "Discard changes?",
        discardMessage: "You have edited this form. Close it and lose the changes?",
        noMatches: "No customer matches.",
        emptyDirectory: "The directory is empty.",
        loading: "Loading…",
        welcomeTitle: "Welcome to Clientele",
        welcomeLines: [
            "Your customer directory is empty.",
            "",
            "  d   add 200 demo customers to look around",
            "      (notes, bookings, payments, loyalty, documents…)",
            "  n   add your first customer",
            "  esc start with an empty directory",
            "",
            "  i   import a list from Square, Mailchimp,",
            "      Constant Contact or a spreadsheet (CSV)",
        ],
        directoryTitle: "Customers",
        searchLabel: "Search ",
        columnName: "Name",
        columnPhone: "Phone",
        columnEmail: "Email",
        columnCompany: "Company",
        columnAdded: "Added",
        columnLastActivity: "Last activity",
        sortFooter: { "sort: \($0.label.lowercased())" },
        filterFooter: { "filter: \($0)" },
        today: "today",
        yesterday: "yesterday",
        daysAgo: { "\($0) days ago" },
        filterWords: { filter, groups in
            var parts: [String] = []
            if let status = filter.status { parts.append("status \(status.label.lowercased())") }
            if let groupID = filter.groupID { parts.append("group “\(groups.first { $0.id == groupID }?.name ?? "#\(groupID)")”") }
            if let subscription = filter.emailSubscription { parts.append("email \(subscription.label.lowercased())") }
            if filter.loyaltyMembersOnly { parts.append("loyalty members") }
            if filter.remindersDueOnly { parts.append("reminders due") }
            if filter.overduePaymentsOnly { parts.append("overdue payments") }
            if let from = filter.createdFrom { parts.append("added from \(DateText.short(from))") }
            if let before = filter.createdBefore { parts.append("added before \(DateText.short(before))") }
            if let ids = filter.customerIDs { parts.append(GroupsText.english.markedScope(ids.count)) }
            return parts.joined(separator: ", ")
        },
        customers: { CountedNoun.en($0, "customer", "customers") },
        remindersDue: { $0 == 1 ? "1 reminder due" : "\($0) reminders due" },
        remindersDueShort: { "\($0.formatted()) due" },
        showing: { shown, total, truncated in
            truncated ? "first \(shown.formatted()) matches — keep typing" : "\(shown.formatted()) of \(total.formatted())"
        },
        sortedBy: { "Sorted by \($0.label.lowercased())." },
        scopeTitle: { scope in
            switch scope {
            case .settings: "Settings"
            case .settingEdit: "Change a setting"
            case .loyaltyProgramForm: "Loyalty program"
            case .groups: "Groups"
            case .filterPicker: "Filters"
            case .markedActions: "Marked customers"
            case .quickActions: "Quick actions"
            case .chargeForm: "Charge for an appointment"
            case .messageCompose: "Compose a message"
            case .outbox: "Outbox"
            case .customFields: "Custom fields"
            case .customFieldForm: "Custom field form"
            case .loyalty: "Loyalty"
            case .loyaltyAdjust: "Adjust points"
            case .cardsOnFile: "Cards on file"
            case .cardForm: "Card form"
            case .noteEditor: "Note editor"
            case .reminders: "Reminders"
            case .snooze: "Snooze"
            case .documentPrompt: "Document: attach, rename, save a copy"
            case .documentPreview: "Document preview"
            case .bookingForm: "Booking form"
            case .daysBookings: "The day's bookings"
            case .paymentForm: "Payment form"
            case .global: "Everywhere"
            case .directory: "Directory"
            case .card: "Customer card"
            case .form: "Customer form"
            case .confirm: "Confirmation"
            case .help: "Help"
            case .welcome: "Welcome"
            case .importWizard: "Import wizard"
            case .exportDialog: "Export"
            case .duplicateReview: "Duplicate review"
            case .ignoredPairs: "Ignored pairs"
            case .mergeReview: "Merge review"
            case .mergePicker: "Merge with…"
            }
        },
        keyHelp: [:],
        keyShortHint: [:],

        exporting: "Exporting…",
        exportWholeDirectory: "the whole directory",
        exportCurrentFilter: { "the current filter: \($0)" },
        exported: { count, path in "Exported \(CountedNoun.en(count, "customer", "customers")) to \(path)." },
        importDone: { report in
            "Imported \(CountedNoun.en(report.imported, "customer", "customers"))\(report.groupName.map { " into “\($0)”" } ?? ""); "
                + "\(CountedNoun.en(report.rejectedRows, "row", "rows")) rejected."
        },
        fixFields: { $0 == 1 ? "1 field needs attention." : "\($0) fields need attention." },
        demoLoaded: { "Added \(CountedNoun.en($0, "demo customer", "demo customers"))." },
        created: { "Added \($0)." },
        saved: { "Saved \($0)." },
        conflict: { changes in
            let what = changes.isEmpty ? "no field differs" : changes.joined(separator: ", ")
            return "Changed at another counter since you opened it — now \(what). Ctrl-S saves your version over it; Esc discards yours."
        },
        noSuchFile: { "There is no file \($0)." },
        isAFolder: { "\($0) is a folder; choose a CSV file in it (tab completes)." },
        cannotWrite: { "Cannot write \($0)." },

        fieldLabel: { $0.label },
        loyaltyPhoneLabel: "Loyalty phone",
        targetOneCellAddress: "Address (one cell)",
        targetCustomField: { "Custom field “\($0)”" },
        targetMemo: "Add to memo",
        targetIgnore: "Ignore",
        tabTitle: { tab in
            switch tab {
            case .main: "Main"
            case .info: "Info"
            case .bookings: "Bookings"
            case .payments: "Payments"
            case .documents: "Documents"
            case .conversations: "Conversations"
            }
        },
        fieldStatus: "Status",
        fieldPhone: "Phone",
        fieldEmail: "Email",
        fieldGroups: "Groups",
        fieldLoyalty: "Loyalty",
        loyaltyPoints: { balance, phone in "\(balance) points (\(phone))" },
        notEnrolled: "not enrolled",
        fieldNextBooking: "Next booking",
        nextBooking: { when, service, staff in "\(when) · \(service)\(staff.isEmpty ? "" : " with \(staff)")" },
        noneScheduled: "none scheduled",
        fieldOverdue: "Overdue",
        nothingOverdue: "nothing",
        fieldSavedCards: "Saved cards",
        noSavedCards: "none",
        savedCard: { masked, expiry in "\(masked) exp \(expiry)" },
        remindersDueHeading: { "Reminders due (\($0))" },
        notesHeading: { "Notes (\($0))" },
        noNotes: "No notes yet.",
        reminderDone: " · reminder done",
        reminderAt: { " · reminder \($0)" },
        loyaltyActivity: "Loyalty activity",
        noLoyaltyActivity: "No loyalty activity.",
        profileHeading: "Profile",
        fieldCreationSource: "Creation source",
        fieldCreated: "Created",
        fieldUpdated: "Updated",
        fieldVersion: "Version",
        memoHeading: "Memo",
        noMemo: "No memo.",
        customFieldsHeading: "Custom fields",
        noCustomFields: "No custom fields defined: F7 adds one.",
        editEveryField: "ctrl+e edits every field; F7 adds, changes or orders the custom fields.",
        noBookings: "No bookings yet.",
        minutes: { "\($0) min" },
        upcomingHeading: { "Upcoming (\($0))" },
        nothingScheduled: "Nothing scheduled.",
        pastHeading: { "Past (\($0))" },
        noPastAppointments: "No past appointments.",
        noPayments: "No payments or amounts due.",
        overdueLine: { "Overdue: \($0)" },
        paymentColumns: ["Date", "Status", "Amount", "Due", "Method", "Reference"],
        noDocuments: "No documents. PDF, JPEG, GIF or PNG, up to 20 MB each, 100 per customer.",
        documentsHeading: { count, limit in "\(count) of \(limit) documents" },
        noteEvent: "Note",
        paymentEvent: { status, amount in "Payment \(status) · \(amount)" },
        bookingEvent: { status, service in "Booking \(status) · \(service)" },
        noConversations: "No conversations yet.",
        scrollMarker: { first, last, count in "\(first)–\(last) of \(count) ↓↑" },

        newCustomerTitle: "New customer",
        editTitle: { "Edit \($0)" },
        birthdayHint: "MM-DD or YYYY-MM-DD",
        phoneHint: "any format; the shop's country is assumed",
        emailHint: "name@example.com",
        dateHint: "YYYY-MM-DD",
        numberHint: "a number",
        phoneNumberHint: "phone number",
        formFooter: "ctrl+s save · tab/↓ next · ctrl+n choose · esc cancel",
        saving: "Saving…",
        yesNoAnswers: "y yes    n no",
        helpTitle: { "Keys — \($0)" },
        escClose: "esc close",

        importFilePrompt: "The CSV file to import (Square, Mailchimp, Constant Contact or any spreadsheet):",
        readAs: { encoding, separator, columns in "Read as \(encoding), separated by \(separator); \(columns) columns." },
        tabsSeparator: "tabs",
        mappingExplanation: "Each column goes to the field on the right: ↑↓ pick a column, ←→ change where it goes.",
        columnHeader: "Column",
        firstRowsHeader: "First rows",
        goesToHeader: "Goes to",
        groupPrompt: "Put the imported customers in:",
        newGroupLabel: "A new group: ",
        noGroup: "No group",
        importTransactionNote: "Enter imports everything in one transaction: stopped half-way, nothing is kept.",
        cancelling: "Cancelling — nothing will be kept…",
        importingFile: { "Importing \($0)…" },
        importProgress: { rows, perSecond in "\(rows.formatted()) rows · \(perSecond.formatted()) rows/s" },
        escCancels: "Esc cancels; the directory stays exactly as it was.",
        importCancelled: "Cancelled. Nothing was imported; the directory is as it was.",
        importStopped: "The import stopped: nothing was imported.",
        importedIn: { report, seconds in
            "Imported \(CountedNoun.en(report.imported, "customer", "customers"))\(report.groupName.map { " into “\($0)”" } ?? "") in \(seconds) s."
        },
        importRejectedAndDuplicates: { rejected, duplicates in
            "\(CountedNoun.en(rejected, "row", "rows")) rejected · "
                + (duplicates == 1 ? "1 new profile looks like a duplicate of another" : "\(duplicates.formatted()) new profiles look like duplicates of others")
        },
        rejectsFile: { "The rejected rows, with the reason, are in \($0) — fix and import it again." },
        importTitleFile: "Import · 1 of 5 · file",
        importTitleColumns: "Import · 2 of 5 · columns",
        importTitleGroup: "Import · 3 of 5 · group",
        importTitleImporting: "Import · 5 of 5 · importing",
        importTitleSummary: "Import · summary",
        importFooterFile: "enter read the file · tab complete · esc close",
        importFooterMapping: "↑↓ column · ←→ where it goes · enter next · esc back",
        importFooterGroup: "↑↓ choose · type a name for the new group · enter next · esc back",
        importFooterImporting: "esc cancel",
        importFooterFinished: "enter close",
        exportTitle: "Export",
        exportFormatRow: "Format",
        exportCustomersRow: "Customers",
        exportFileRow: "File",
        exportFooter: "tab next · ←→ change · enter export · esc close",
        exportFormatLabel: { format in
            switch format {
            case .csv: "CSV (Square's columns)"
            case .vcard: "vCard 4.0"
            case .json: "JSON"
            }
        },

        possibleDuplicates: {
            $0 == 1 ? "1 possible duplicate — press ctrl+d to review" : "\($0.formatted()) possible duplicates — press ctrl+d to review"
        },
        possibleDuplicatesShort: { $0 == 1 ? "1 duplicate (ctrl+d)" : "\($0.formatted()) duplicates (ctrl+d)" },
        duplicateReviewTitle: "Duplicate suggestions",
        scanningDuplicates: "Looking for duplicates…",
        noDuplicates: "No duplicate suggestions: every profile looks like a different person.",
        loadingProfiles: "Loading the profiles…",
        kindLabel: { $0 == .exact ? "exact   " : "possible" },
        clusterSummary: { kind, profiles, reason in "\(kind) · \(profiles) profiles · \(reason)" },
        reason: { "Why: \($0.reason)" },
        moreProfiles: { "+\($0) more (merged one after another)" },
        duplicateReviewFooter: "↑↓ suggestion · m merge · i ignore · A merge all exact · esc close",
        suggestionPosition: { index, count in "\(index + 1) of \(count)" },
        profileName: "Name",
        profileEmail: "Email",
        profilePhone: "Phone",
        profileAddress: "Address",
        profileCompany: "Company",
        profileReference: "Reference ID",
        profileCreated: "Created",
        profileNotes: "Notes",
        profileDocuments: "Documents",
        profileBookings: "Bookings",
        profilePayments: "Payments",
        profilePoints: "Points",
        profileGroups: "Groups",
        ignored: { "Ignored: these \($0.customerIDs.count) profiles will not be suggested again." },
        mergeAllTitle: "Merge all exact duplicates?",
        mergeAllMessage: { profiles, survivors in
            "Merge \(profiles.formatted()) profiles into \(survivors.formatted())? Each keeps the oldest profile and its id; every merge can be undone from the card."
        },
        noExactDuplicates: "No exact duplicates (same email or phone) to merge.",
        mergingAll: "Merging…",
        mergedAll: { profiles, survivors, skipped in
            "Merged \(profiles.formatted()) profiles into \(survivors.formatted())."
                + (skipped == 0 ? "" : " \(skipped.formatted()) left to merge one by one (over the 100-document limit, or changed meanwhile).")
        },
        mergeReviewTitle: "Merge review",
        mergeHeading: { survivor, survivorID, absorbed, absorbedID in
            "\(absorbed) (#\(absorbedID)) goes into \(survivor) (#\(survivorID)), which keeps its id."
        },
        mergeField: "Field",
        survivorColumn: { "Keeps (#\($0))" },
        absorbedColumn: { "Merged in (#\($0))" },
        mergeCombines: "Everything else (notes, documents, bookings, payments, points…) is combined.",
        mergeNoFields: "Both profiles are empty apart from their names.",
        mergeApplying: "Merging…",
        mergeReviewFooter: "↑↓ field · ←→ keep left/right · s swap survivor · ctrl+s merge · esc cancel",
        mergeConflicted: "Changed at another counter since you opened this review: the values are reloaded; check them and merge again.",
        mergeOverflowDeclined: "Not merged: the documents question was declined.",
        overflowTitle: "Too many documents",
        overflowMessage: { plan in
            let total = (plan.survivorAttachmentCount + plan.absorbedAttachmentCount).formatted()
            let limit = AttachmentRules.maximumFilesPerCustomer
            return "Together they hold \(total) documents; a profile keeps \(limit). Keep the newest \(limit)? The other \(plan.attachmentsOverLimit.formatted()) stay in the merge's history and come back on undo."
        },
        mergeRefused: { "Not merged: \($0)." },
        merged: { record, survivor in "Merged \(record.absorbedName) (#\(record.absorbedID)) into \(survivor) (#\(record.survivorID))." },
        mergePickerTitle: { "Merge \($0) with…" },
        mergePickerPrompt: "Search ",
        mergePickerPlaceholder: "name, email or phone of the other profile",
        mergePickerHint: "The profile you pick is merged into this one; you review every field first.",
        mergePickerNoMatches: "No other profile matches.",
        mergePickerFooter: "type to search · ↑↓ choose · enter review the merge · esc close",
        undoMergeTitle: "Undo merge?",
        undoMergeMessage: { record in
            "Undo merge of \(record.absorbedName) (\(DateText.short(record.createdAt)))? Both profiles come back as they were; what was added since stays here."
        },
        nothingToUndo: "No merge to undo on this profile.",
        mergeUndone: { "Undid the merge: \($0.absorbedName) is a profile of its own again." },
        mergedFrom: { record, undoable in
            "Merged from: \(record.absorbedName) on \(DateText.short(record.createdAt))" + (undoable ? " — u to undo" : "")
        },
        openCardFirst: "Open a customer's card first.",
        mergeProfileGone: "one of the profiles was deleted or merged at another counter",
        reviewImportedDuplicates: " — D reviews them",
        importSummaryFooterWithDuplicates: "enter close · D review the duplicates",
        undoRefused: { "Not undone: \($0)." },
        overflowAnswers: "y keep the newest and merge    n back to the review",
        discardMergeTitle: "Discard the merge choices?",
        discardMergeMessage: "You changed which values are kept. Close the review and merge nothing?",
        words: .english,
        helpScroll: { "lines \($0)–\($1) of \($2) · ↓↑ scroll" },
        exportNoFolder: { "There is no folder for \($0)." },
        exportOverwriteTitle: "Replace the file?",
        exportOverwriteMessage: { "\($0) is there already. Replace it with this export?" },
        ignoredPairsTitle: "Pairs ignored as not duplicates",
        noIgnoredPairs: "No pair is ignored.",
        ignoredPairsFooter: "↑↓ choose · u suggest this pair again · esc close",
        suggestedAgain: { "\($0): will be suggested again while they look alike." },
        groupNameTaken: { "A group named “\($0)” exists: choose it below to add to it, or type another name." },
        manyCustomFieldsQuestion: { "This file would add \($0.formatted()) custom fields, one per column. Create them all?" },
        manyCustomFieldsHint: "No goes back: send the columns you do not need to the memo or to “ignore” on the columns step.",
        importTitleOptions: "Import · 4 of 5 · check",
        importFooterOptions: "↑↓ choose · ←→ change · enter import · esc back",
        importOptionsPrompt: "Before importing, check how the rows are read:",
        countryName: { Locale(identifier: "en_US").localizedString(forRegionCode: $0) ?? $0 },
        countryWithCode: { name, code in "\(name) (+\(code))" },
        shopsCountry: "the shop's country",
        phoneRegionLabel: "Phone numbers without a country code are read as",
        phoneRegionQuestion: { guess, country, shop in
            "\(guess.readable) of \(guess.sampled) phone numbers look like \(country) (+\(guess.countryCode)) numbers, \(guess.readableInShopRegion) like \(shop): read them as \(country)?"
        },
        unreadablePhoneLabel: "A row whose phone cannot be read is",
        refuseUnreadablePhoneChoice: "refused, and listed in the rejects file",
        keepUnreadablePhoneChoice: "kept, with the number moved to the memo",
        importRunLabel: "Run",
        importForRealChoice: "import",
        dryRunChoice: "dry run: check every row, store nothing",
        dryRunNote: "Enter checks every row as an import would; nothing is stored.",
        dryRunDone: { report in
            "Dry run: \(CountedNoun.en(report.imported, "customer", "customers")) would be imported\(report.groupName.map { " into “\($0)”" } ?? ""); nothing was stored."
        },
        importFooterDryRun: "enter back, to import for real · esc close",
        reminderPresetPhrase: { preset in
            switch (preset.unit, preset.amount) {
            case (.day, 1): "tomorrow"
            case (.week, 1): "next week"
            case (.month, 1): "next month"
            case (.day, let n): "in \(n) days"
            case (.week, let n): "in \(n) weeks"
            case (.month, let n): "in \(n) months"
            }
        },
        noteSaved: { when in when.map { "Note saved; reminder \($0)." } ?? "Note saved." },
        notePinned: "Note pinned: it stays on top.",
        noteUnpinned: "Note unpinned.",
        noteDeleted: "Note deleted.",
        noNoteSelected: "No note selected: ctrl+a adds one.",
        deleteNoteTitle: "Delete this note?",
        deleteNoteMessage: { "“\($0)” — deleted for good, with its reminder." },
        discardNoteTitle: "Drop this note?",
        discardNoteMessage: "What you typed is not saved.",
        newNoteTitle: { "New note — \($0)" },
        editNoteTitle: { "Edit note — \($0)" },
        notePlaceholder: "Type the note; enter starts a new line.",
        reminderLabel: "Remind me:",
        noReminderPlaceholder: "no reminder",
        reminderNotUnderstood: { problem in
            switch problem {
            case .empty: "Say when: a preset (ctrl+n) or a date such as 2026-12-03 10:00, 3/12 10h, tomorrow 9am."
            case .unreadable(let words): "“\(words)” is not a time I can read: try 2026-12-03 10:00, 3/12 10h or tomorrow 9am."
            }
        },
        reminderPresetsHint: { "ctrl+n: \($0) · or type a date and time" },
        pinnedLabel: "Pinned (stays on top of the notes)",
        noteEditorFooter: "ctrl+s save · tab next field · ctrl+n reminder preset · esc cancel",
        noteEditedAt: { " · edited \($0)" },
        noteEditedEvent: "Note edited",
        reminderDoneEvent: "Reminder done",
        remindersDueKey: { ($0 == 1 ? "1 reminder due" : "\($0.formatted()) reminders due") + " (ctrl+r)" },
        reminderMarkedDone: "Reminder done.",
        reminderSnoozed: { "Reminder snoozed until \($0)." },
        noOpenReminder: "This note has no open reminder.",
        remindersTitle: { due, total in "Reminders · \(due.formatted()) due · \(total.formatted()) open" },
        noOpenReminders: "No open reminders. A note's reminder is set in the note (ctrl+a on a card).",
        remindersFooter: "enter open the card · d done · s snooze · esc close",
        remindersColumns: ["", "When", "Customer", "Note"],
        dueWord: "due",
        upcomingWord: "later",
        moreReminders: { "… and \($0.formatted()) later ones (mark some done to see them)" },
        snoozeTitle: { "Snooze — \($0)" },
        snoozeUntil: "Until:",
        snoozeFooter: "enter snooze · ↓↑ presets · esc cancel",
        attachTitle: "Attach a document",
        attachPrompt: "The file to attach (PDF, JPEG, GIF or PNG, up to 20 MB; tab completes the name):",
        renameDocumentTitle: { "Rename “\($0)”" },
        renamePrompt: "The document's new name:",
        saveCopyTitle: { "Save a copy of “\($0)”" },
        saveCopyPrompt: "The folder to save the copy in (tab completes the name):",
        working: "Working…",
        pathPromptFooter: "enter ok · tab complete · esc cancel",
        namePromptFooter: "enter rename · esc cancel",
        pixelSize: { width, height in "\(width)×\(height) px" },
        pageCount: { $0 == 1 ? "1 page" : "\($0) pages" },
        addedOn: { "added \($0)" },
        previewEmpty: "(nothing to show on the first page)",
        previewNeedsPackage: { tool, package in "Install \(package) to see more here (\(tool) draws it in the terminal): scripts/install-deps does." },
        previewFailed: { "The preview could not be made: \($0)" },
        previewFooter: "↑↓ scroll · esc close",
        documentAttached: { "Attached “\($0)”." },
        documentRenamed: { "Renamed to “\($0)”." },
        documentExported: { "Saved a copy as \($0)." },
        documentDeleted: { "Deleted “\($0)”." },
        noDocumentSelected: "No document selected: ctrl+a attaches one.",
        deleteDocumentTitle: "Delete this document?",
        deleteDocumentMessage: { "“\($0)” is removed from this profile for good." },
        itemKeyElsewhere: { place in
            switch place {
            case .documentsTab: "That key works on the Documents tab (alt+5)."
            case .notes: "That key works on a note, on the Main tab (alt+1)."
            case .notesAndDocuments: "That key works on the Main tab's notes (alt+1) and the Documents tab (alt+5)."
            }
        },
        attachmentRefusal: { $0.description },
        cardAdded: { "Saved \($0) on file." },
        cardUnlinked: { "Unlinked \($0)." },
        authorizationWritten: { "The authorization form is in \($0): print it, have it signed, and attach the signed copy under Documents." },
        unlinkCardTitle: "Unlink this card?",
        unlinkCardMessage: { "\($0) is removed from this profile; past payments keep their record." },
        discardCardTitle: "Drop this card?",
        discardCardMessage: "Nothing is saved; the number typed is forgotten.",
        cardsOnFileTitle: { "Cards on file — \($0)" },
        cardsOnFileExplanation: "Clientele records cards (brand, last four, expiry) with the customer's written authorization; it never keeps the number and processes no payment.",
        noSavedCardsYet: "No card on file: a records one.",
        expiredMark: "(expired)",
        cardsOnFileFooter: "a add · u unlink · p authorization form · esc close",
        cardFormTitle: { "Record a card — \($0)" },
        cardholderLabel: "Cardholder",
        cardNumberLabel: "Card number",
        cardExpiryLabel: "Expiry",
        billingPostalLabel: "Billing postal code",
        authorizationLabel: "The customer's written authorization to keep and charge this card is on file (space)",
        cardFormProblem: { problem in
            switch problem {
            case .notACardNumber: "The card number is not valid (13 to 19 digits passing the Luhn check)."
            case .expiryUnreadable: "Write the expiry as MM/YY."
            case .expired(let expiry): "This card expired at the end of \(expiry)."
            case .noAuthorization: "The customer's written authorization must be on file first: p in the list writes the form to sign."
            case .store(let problem, let field): "\(field): \(problem.englishMessage)"
            }
        },
        cardFormFooter: "ctrl+s save · tab next field · esc cancel — no CVV is ever asked for",
        authorizationFormTitle: { "Authorization form for \($0)" },
        loyaltyEnrolled: "Enrolled in the loyalty program.",
        loyaltyAdjusted: { $0 > 0 ? "Added \($0) points." : "Removed \(-$0) points." },
        loyaltyRedeemed: { "Redeemed “\($0)”." },
        redeemTitle: "Redeem this reward?",
        redeemMessage: { reward, cost, balance in "“\(reward)” costs \(cost) points; the balance is \(balance)." },
        loyaltyTitle: { "Loyalty — \($0)" },
        loyaltyRule: { accrual, perUnit in
            switch accrual {
            case .perVisit(let points): "\(points) points per completed visit"
            case .perAmount(let points, let amount): "\(points) points per \(perUnit ? "unit" : "\(amount) cents") spent"
            }
        },
        noLoyaltyProgram: "No loyalty program yet: set it with clientele loyalty program --points-per-visit N --reward \"NAME=POINTS\".",
        loyaltyBalance: { points, phone in "\(points.formatted()) points · enrolled with \(phone)" },
        notEnrolledYet: "Not enrolled: e enrols the customer by the profile's phone.",
        rewardsHeading: "Rewards",
        pointsCost: { "\($0.formatted()) points" },
        loyaltyFooter: "↑↓ reward · r redeem · j adjust · esc close",
        loyaltyFooterNotEnrolled: "e enrol · esc close",
        adjustPointsTitle: "Adjust points",
        adjustPointsLabel: "Points (+ or −)",
        adjustReasonLabel: "Reason",
        adjustProblem: { problem in
            switch problem {
            case .notAWholeNumber: "Type a whole number of points to add (or −N to remove)."
            case .noReason: "An adjustment needs a reason: the activity log keeps it."
            }
        },
        adjustFooter: "enter save · tab points/reason · esc cancel",
        newBookingTitle: { "New booking · \($0)" },
        editBookingTitle: { "Booking · \($0)" },
        bookingFieldLabels: ["When", "Service", "Staff", "Minutes", "Status", "Note"],
        bookingWhenPlaceholder: "2026-12-03 10:00, tomorrow 4pm…",
        bookingOverlaps: { staff, when, length, customer in "Overlaps \(staff)'s booking at \(when) (\(length)) with \(customer) — kept, not refused" },
        bookingWhenNotUnderstood: { "“\($0)” is not a time; write 2026-12-03 10:00, 3/12 10h or tomorrow 4pm" },
        bookingMinutesNotANumber: { "“\($0)” is not a number of minutes" },
        bookingFormFooter: "ctrl+s save · tab next field · ctrl+n status · esc cancel",
        bookingSaved: { when, overlaps in overlaps == 0 ? "Booking saved for \(when)." : "Booking saved for \(when); it overlaps \(CountedNoun.en(overlaps, "booking", "bookings")) of the same staff member." },
        bookingStatusSet: { "Booking marked \($0.lowercased())." },
        noBookingSelected: "No booking selected: ctrl+a adds one on the Bookings tab (alt+3).",
        cancelBookingTitle: "Cancel this booking?",
        cancelBookingMessage: { when, service in "\(service) on \(when) is marked cancelled (it stays listed)." },
        refundTitle: "Refund this payment?",
        refundMessage: { amount, date in "\(amount) received on \(date) is marked refunded." },
        discardMoneyFormTitle: "Drop what was typed?",
        discardMoneyFormMessage: "Nothing of this form is saved.",
        daysBookingsTitle: { today, tomorrow in "Bookings · \(today.formatted()) today · \(tomorrow.formatted()) tomorrow" },
        noDaysBookings: "No bookings today or tomorrow. A booking is added on a card's Bookings tab (alt+3, ctrl+a).",
        daysBookingsFooter: "enter open the card · ↑↓ move · esc close",
        daysBookingsColumns: ["Day", "Time", "Length", "Status", "Customer", "Service", "Staff"],
        todayWord: "Today",
        tomorrowWord: "Tomorrow",
        overlapsMark: "overlaps",
        bookingPaymentKeyElsewhere: "That key works on a booking (Bookings tab, alt+3) or a payment (Payments tab, alt+4).",
        newPaymentTitle: { "New payment · \($0)" },
        editPaymentTitle: { "Payment · \($0)" },
        paymentFieldLabels: { due in ["Kind", "Amount", due ? "Due date" : "Date paid", "Method", "Booking", "Card on file", "Reference"] },
        paymentKindReceived: "Payment received",
        paymentKindDue: "Amount due",
        amountPlaceholder: "35.00",
        dueDatePlaceholder: "YYYY-MM-DD (overdue after that day)",
        paidDatePlaceholder: "today, or YYYY-MM-DD",
        paymentMethod: { method in
            switch method {
            case .cash: "Cash"
            case .card: "Card"
            case .transfer: "Transfer"
            case .other: "Other"
            }
        },
        noBookingChoice: "(none)",
        amountNotUnderstood: { typed, currency in "“\(typed)” is not an amount above zero in \(currency); write 35, 35.50 or 1,234.56" },
        paymentDateNotUnderstood: { "“\($0)” is not a date; write YYYY-MM-DD" },
        paymentFormFooter: "ctrl+s save · tab next field · ctrl+n change a choice · esc cancel",
        paymentSaved: { amount, due in due ? "Amount due of \(amount) recorded." : "Payment of \(amount) recorded." },
        paymentMarkedPaid: { "\($0) marked paid." },
        paymentRefunded: { "\($0) marked refunded." },
        noPaymentSelected: "No payment selected: ctrl+a records one on the Payments tab (alt+4).",
        paymentNotDue: "That payment is not an amount due: F5 marks an amount due paid.",
        paymentNotReceived: "Only a payment received can be refunded.",
        paymentForBooking: { day, service in "for \(service) on \(day)" },
        moneyStyle: .english,
        daysBookingsCapped: { "Only the first \($0) are listed: clientele bookings --day YYYY-MM-DD lists every one." },
        messages: .english,
        settings: .english,
        counters: .english,
        eraseCustomerTitle: "Erase this customer for good?",
        eraseCustomerMessage: { name, parts in
            "\(name) goes, with " + (parts.isEmpty ? "nothing else on file" : parts.joined(separator: ", ")) + ". This cannot be undone."
        },
        erasurePart: { part, count in
            switch part {
            case .notes: CountedNoun.en(count, "note", "notes")
            case .documents: CountedNoun.en(count, "document", "documents")
            case .documentFiles: CountedNoun.en(count, "document file", "document files")
            case .bookings: CountedNoun.en(count, "booking", "bookings")
            case .payments: CountedNoun.en(count, "payment", "payments")
            case .cards: CountedNoun.en(count, "card on file", "cards on file")
            case .loyaltyMembership: "the loyalty membership"
            case .loyaltyEntries: CountedNoun.en(count, "loyalty entry", "loyalty entries")
            case .conversationMessages: CountedNoun.en(count, "message", "messages")
            case .mergeRecords: CountedNoun.en(count, "merge record that could bring them back", "merge records that could bring them back")
            case .ignoredPairs: CountedNoun.en(count, "ignored duplicate pair", "ignored duplicate pairs")
            case .customValues: CountedNoun.en(count, "custom field value", "custom field values")
            case .groupMemberships: CountedNoun.en(count, "group membership", "group memberships")
            }
        },
        customerErased: { "\($0) was erased, with everything on file about them." },
        customFieldsTitle: "Custom fields",
        customFieldsExplanation: "The fields every card has beyond the standard ones, in the order cards and the form show them.",
        noCustomFieldsYet: "No custom fields yet: a adds one.",
        customFieldsFooter: "a add · e edit · u/d move up/down · x delete · esc close",
        customFieldValueCount: { CountedNoun.en($0, "customer", "customers") },
        customFieldKindName: { kind in
            switch kind {
            case .text: "Text"
            case .number: "Number"
            case .date: "Date"
            case .email: "Email"
            case .phone: "Phone"
            case .address: "Address"
            case .yesNo: "Yes/No"
            case .choice: "Choice from a list"
            }
        },
        newCustomFieldTitle: "New custom field",
        editCustomFieldTitle: { "Edit “\($0)”" },
        customFieldLabelLabel: "Label",
        customFieldTypeLabel: "Type",
        customFieldOptionsLabel: "Options",
        customFieldOptionsHint: "separated by |, e.g. latex|nickel",
        customFieldFormFooter: "ctrl+s save · tab next · ctrl+n/ctrl+p type · esc cancel",
        typeChangeRefused: { count, kind in "\(CountedNoun.en(count, "value does", "values do")) not fit \(kind); nothing was changed:" },
        typeChangeRefusedMore: { "… and \($0.formatted()) more" },
        customFieldAdded: { "Custom field “\($0)” added." },
        customFieldChanged: { "Custom field “\($0)” saved." },
        customFieldDeleted: { label, count in "Custom field “\(label)” deleted, with \(CountedNoun.en(count, "value", "values"))." },
        deleteCustomFieldTitle: "Delete this custom field?",
        deleteCustomFieldMessage: { label, count in
            count == 0 ? "“\(label)” has no value on any card. Delete it?"
                : "\(CountedNoun.en(count, "customer has", "customers have")) a value for “\(label)”; deleting the field deletes them too."
        },
        mergePurged: { record, survivor in
            "The merge of \(record.absorbedName) into \(survivor) on \(DateText.short(record.createdAt)) was purged from the history on "
                + "\(DateText.short(record.purgedAt ?? record.createdAt)); it can no longer be undone."
        },
        groups: .english,
        yesChoice: "Yes",
        noChoice: "No",
        validationMessage: { problem in
            switch problem {
            case .notADate(let text): "“\(text)” is not a date; write MM-DD or YYYY-MM-DD"
            case .tooLong, .cardNumber, .securityCode, .noIdentity, .invalidEmail, .tooManyPhoneDigits, .invalidPhone, .longerThan,
                 .notANumber, .notAFullDate, .notYesOrNo, .notAChoice, .empty, .controlCharacters, .labelTaken, .noChoices,
                 .forbiddenInChoice, .repeatedChoice, .described:
                problem.englishMessage
            }
        },
        fieldOverflow: { overflow in
            overflow.isPaste
                ? "Pasted \(CountedNoun.en(overflow.offered, "character", "characters")); this field holds \(overflow.limit.formatted()) — "
                    + (overflow.refused == 1 ? "1 was not added" : "\(overflow.refused.formatted()) were not added")
                : "This field holds at most \(CountedNoun.en(overflow.limit, "character", "characters")); no more were added"
        }
    )
}
