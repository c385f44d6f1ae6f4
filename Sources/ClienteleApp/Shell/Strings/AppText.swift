import CustomerCore
import Foundation
import TerminalCore

/// Every sentence the interface shows, as one table per language (`english`, `spanish`, `french`,
/// each in its own file) so views never hold text and a language is a value, not a code change.
/// Stored properties, not a dictionary: a table missing an entry does not compile.
/// CustomerCore's values and validation problems are worded here too (`words`, `validationMessage`).
struct AppText: Sendable {
    /// The language of the loop now running. A task-local, not a mutable static (which Swift 6
    /// rejects): `AppRuntime` binds it around each update and render, `EffectRunner` re-binds it in
    /// its threads, and anything not bound (every test that does not ask) gets English.
    @TaskLocal static var language: InterfaceLanguage = .en

    /// The table of the current language.
    static var current: AppText { table(for: language) }

    static func table(for language: InterfaceLanguage) -> AppText {
        switch language {
        case .en: english
        case .es: spanish
        case .fr: french
        }
    }

    // MARK: Shell and directory
    let appName: String
    let searchPlaceholder: String
    let customerGone: String
    let noGroups: String
    let loadingDemo: String
    let discardTitle: String
    let discardMessage: String
    let noMatches: String
    let emptyDirectory: String
    let loading: String
    let welcomeTitle: String
    let welcomeLines: [String]
    let directoryTitle: String
    /// Ends with a space: the search field starts right after it.
    let searchLabel: String
    let columnName: String
    let columnPhone: String
    let columnEmail: String
    let columnCompany: String
    let columnAdded: String
    let columnLastActivity: String
    let sortFooter: @Sendable (DirectorySort) -> String
    let filterFooter: @Sendable (String) -> String
    let today: String
    let yesterday: String
    let daysAgo: @Sendable (Int) -> String
    /// Every part of a directory filter, in words ("status client, group “VIP”, email subscribed").
    let filterWords: @Sendable (DirectoryFilter, [CustomerGroup]) -> String
    let customers: @Sendable (Int) -> String
    let remindersDue: @Sendable (Int) -> String
    /// For a narrow header.
    let remindersDueShort: @Sendable (Int) -> String
    /// (shown, total, truncated)
    let showing: @Sendable (Int, Int, Bool) -> String
    let sortedBy: @Sendable (DirectorySort) -> String
    let scopeTitle: @Sendable (KeyScope) -> String
    /// The `?` overlay's and status bar's words by "scope.action"; empty in English, which uses
    /// `KeyMap.standard` itself (the README's table).
    let keyHelp: [String: String]
    let keyShortHint: [String: String]

    // MARK: Status messages
    let exporting: String
    let exportWholeDirectory: String
    let exportCurrentFilter: @Sendable (String) -> String
    /// (count, path)
    let exported: @Sendable (Int, String) -> String
    let importDone: @Sendable (ImportReport) -> String
    let fixFields: @Sendable (Int) -> String
    let demoLoaded: @Sendable (Int) -> String
    let created: @Sendable (String) -> String
    let saved: @Sendable (String) -> String
    /// The fields another counter changed ("Phone: “…”").
    let conflict: @Sendable ([String]) -> String
    let noSuchFile: @Sendable (String) -> String
    let isAFolder: @Sendable (String) -> String
    let cannotWrite: @Sendable (String) -> String

    // MARK: Customer card
    /// The profile's fields on the card and the form (CustomerCore names them in English).
    let fieldLabel: @Sendable (CustomerField) -> String
    let loyaltyPhoneLabel: String
    /// Where an imported column goes, besides a profile field.
    let targetOneCellAddress: String
    let targetCustomField: @Sendable (String) -> String
    let targetMemo: String
    let targetIgnore: String
    let tabTitle: @Sendable (CardTab) -> String
    let fieldStatus: String
    let fieldPhone: String
    let fieldEmail: String
    let fieldGroups: String
    let fieldLoyalty: String
    /// (balance, loyalty phone)
    let loyaltyPoints: @Sendable (Int, String) -> String
    let notEnrolled: String
    let fieldNextBooking: String
    /// (when, service, staff or "")
    let nextBooking: @Sendable (String, String, String) -> String
    let noneScheduled: String
    let fieldOverdue: String
    let nothingOverdue: String
    let fieldSavedCards: String
    let noSavedCards: String
    /// (masked number, expiry)
    let savedCard: @Sendable (String, String) -> String
    let remindersDueHeading: @Sendable (Int) -> String
    let notesHeading: @Sendable (Int) -> String
    let noNotes: String
    let reminderDone: String
    let reminderAt: @Sendable (String) -> String
    let loyaltyActivity: String
    let noLoyaltyActivity: String
    let profileHeading: String
    let fieldCreationSource: String
    let fieldCreated: String
    let fieldUpdated: String
    let fieldVersion: String
    let memoHeading: String
    let noMemo: String
    let customFieldsHeading: String
    let noCustomFields: String
    let editEveryField: String
    let noBookings: String
    let minutes: @Sendable (Int) -> String
    let upcomingHeading: @Sendable (Int) -> String
    let nothingScheduled: String
    let pastHeading: @Sendable (Int) -> String
    let noPastAppointments: String
    let noPayments: String
    let overdueLine: @Sendable (String) -> String
    /// Date, status, amount, due, method, reference.
    let paymentColumns: [String]
    let noDocuments: String
    /// (count, limit)
    let documentsHeading: @Sendable (Int, Int) -> String
    let noteEvent: String
    /// (status, amount)
    let paymentEvent: @Sendable (String, String) -> String
    /// (status, service)
    let bookingEvent: @Sendable (String, String) -> String
    let noConversations: String
    /// (first line, last line, lines)
    let scrollMarker: @Sendable (Int, Int, Int) -> String

    // MARK: Form, confirmations, help
    let newCustomerTitle: String
    let editTitle: @Sendable (String) -> String
    let birthdayHint: String
    let phoneHint: String
    let emailHint: String
    let dateHint: String
    let numberHint: String
    let phoneNumberHint: String
    let formFooter: String
    let saving: String
    let yesNoAnswers: String
    let helpTitle: @Sendable (String) -> String
    let escClose: String

    // MARK: Import and export
    let importFilePrompt: String
    /// (encoding, separator in words, columns)
    let readAs: @Sendable (String, String, Int) -> String
    let tabsSeparator: String
    let mappingExplanation: String
    let columnHeader: String
    let firstRowsHeader: String
    let goesToHeader: String
    let groupPrompt: String
    let newGroupLabel: String
    let noGroup: String
    let importTransactionNote: String
    let cancelling: String
    let importingFile: @Sendable (String) -> String
    /// (rows, rows a second)
    let importProgress: @Sendable (Int, Int) -> String
    let escCancels: String
    let importCancelled: String
    let importStopped: String
    /// (report, seconds already formatted "1.2")
    let importedIn: @Sendable (ImportReport, String) -> String
    /// (rejected rows, possible duplicates); the caller adds "." or `reviewImportedDuplicates`.
    let importRejectedAndDuplicates: @Sendable (Int, Int) -> String
    let rejectsFile: @Sendable (String) -> String
    let importTitleFile: String
    let importTitleColumns: String
    let importTitleGroup: String
    let importTitleImporting: String
    let importTitleSummary: String
    let importFooterFile: String
    let importFooterMapping: String
    let importFooterGroup: String
    let importFooterImporting: String
    let importFooterFinished: String
    let exportTitle: String
    let exportFormatRow: String
    let exportCustomersRow: String
    let exportFileRow: String
    let exportFooter: String
    let exportFormatLabel: @Sendable (ExportFormat) -> String

    // MARK: Duplicates, merges, undo
    let possibleDuplicates: @Sendable (Int) -> String
    /// For a narrow header: "16 duplicates (D)".
    let possibleDuplicatesShort: @Sendable (Int) -> String
    let duplicateReviewTitle: String
    let scanningDuplicates: String
    let noDuplicates: String
    let loadingProfiles: String
    /// Padded to one width, so the summaries line up.
    let kindLabel: @Sendable (DuplicateCluster.Kind) -> String
    /// (kind label, profiles, reason)
    let clusterSummary: @Sendable (String, Int, String) -> String
    let reason: @Sendable (DuplicateCluster) -> String
    let moreProfiles: @Sendable (Int) -> String
    let duplicateReviewFooter: String
    /// (index from 0, count)
    let suggestionPosition: @Sendable (Int, Int) -> String
    let profileName: String
    let profileEmail: String
    let profilePhone: String
    let profileAddress: String
    let profileCompany: String
    let profileReference: String
    let profileCreated: String
    let profileNotes: String
    let profileDocuments: String
    let profileBookings: String
    let profilePayments: String
    let profilePoints: String
    let profileGroups: String
    let ignored: @Sendable (DuplicateCluster) -> String
    let mergeAllTitle: String
    /// (profiles, survivors)
    let mergeAllMessage: @Sendable (Int, Int) -> String
    let noExactDuplicates: String
    let mergingAll: String
    /// (profiles, survivors, skipped)
    let mergedAll: @Sendable (Int, Int, Int) -> String
    let mergeReviewTitle: String
    /// (survivor, survivor id, absorbed, absorbed id)
    let mergeHeading: @Sendable (String, CustomerID, String, CustomerID) -> String
    let mergeField: String
    let survivorColumn: @Sendable (CustomerID) -> String
    let absorbedColumn: @Sendable (CustomerID) -> String
    let mergeCombines: String
    let mergeNoFields: String
    let mergeApplying: String
    let mergeReviewFooter: String
    let mergeConflicted: String
    let mergeOverflowDeclined: String
    let overflowTitle: String
    let overflowMessage: @Sendable (MergePlan) -> String
    let mergeRefused: @Sendable (String) -> String
    /// (record, survivor's name)
    let merged: @Sendable (MergeRecord, String) -> String
    let mergePickerTitle: @Sendable (String) -> String
    let mergePickerPrompt: String
    let mergePickerPlaceholder: String
    let mergePickerHint: String
    let mergePickerNoMatches: String
    let mergePickerFooter: String
    let undoMergeTitle: String
    let undoMergeMessage: @Sendable (MergeRecord) -> String
    let nothingToUndo: String
    let mergeUndone: @Sendable (MergeRecord) -> String
    /// (record, undoable)
    let mergedFrom: @Sendable (MergeRecord, Bool) -> String
    let openCardFirst: String
    let mergeProfileGone: String
    let reviewImportedDuplicates: String
    let importSummaryFooterWithDuplicates: String
    let undoRefused: @Sendable (String) -> String
    let overflowAnswers: String
    let discardMergeTitle: String
    let discardMergeMessage: String

    // MARK: Validation (CustomerCore's problems, in this language)
    /// CustomerCore's values (statuses, sources, booking, payment, loyalty and message states) in this language.
    let words: DomainWords
    /// (first line shown, last line shown, lines): the help overlay's position.
    let helpScroll: @Sendable (Int, Int, Int) -> String
    /// (path) The export's folder is not there.
    let exportNoFolder: @Sendable (String) -> String
    let exportOverwriteTitle: String
    /// (path)
    let exportOverwriteMessage: @Sendable (String) -> String
    let ignoredPairsTitle: String
    let noIgnoredPairs: String
    let ignoredPairsFooter: String
    /// (the pair's names)
    let suggestedAgain: @Sendable (String) -> String
    /// (the existing group's name) A new group may not take an existing group's name.
    let groupNameTaken: @Sendable (String) -> String
    /// (new custom fields) The wizard asks before a file of many columns makes that many fields.
    let manyCustomFieldsQuestion: @Sendable (Int) -> String
    let manyCustomFieldsHint: String
    let importTitleOptions: String
    let importFooterOptions: String
    let importOptionsPrompt: String
    /// A country's name in the interface's language ("FR" → "France", "Francia").
    let countryName: @Sendable (String) -> String
    /// (country name, calling code) "France (+33)".
    let countryWithCode: @Sendable (String, Int) -> String
    let shopsCountry: String
    let phoneRegionLabel: String
    /// (the guess, its country's name, the shop country's name) "8 of 10 phone numbers … read them as France?"
    let phoneRegionQuestion: @Sendable (PhoneRegionGuess, String, String) -> String
    let unreadablePhoneLabel: String
    let refuseUnreadablePhoneChoice: String
    let keepUnreadablePhoneChoice: String
    let importRunLabel: String
    let importForRealChoice: String
    let dryRunChoice: String
    let dryRunNote: String
    /// The summary of a dry run: what would be imported.
    let dryRunDone: @Sendable (ImportReport) -> String
    let importFooterDryRun: String
    // MARK: Notes, reminders, documents
    /// A preset's words in the reminder field, which the reminder reader understands ("tomorrow", "in 3 days").
    let reminderPresetPhrase: @Sendable (ReminderPreset) -> String
    /// (the reminder's time, if any)
    let noteSaved: @Sendable (String?) -> String
    let notePinned: String
    let noteUnpinned: String
    let noteDeleted: String
    let noNoteSelected: String
    let deleteNoteTitle: String
    /// (the note's first words)
    let deleteNoteMessage: @Sendable (String) -> String
    let discardNoteTitle: String
    let discardNoteMessage: String
    /// (the customer's name)
    let newNoteTitle: @Sendable (String) -> String
    let editNoteTitle: @Sendable (String) -> String
    let notePlaceholder: String
    let reminderLabel: String
    let noReminderPlaceholder: String
    let reminderNotUnderstood: @Sendable (ReminderTimeError) -> String
    /// (the presets' words, joined)
    let reminderPresetsHint: @Sendable (String) -> String
    let pinnedLabel: String
    let noteEditorFooter: String
    /// (when) " · edited …" after a note's date on the card.
    let noteEditedAt: @Sendable (String) -> String
    let noteEditedEvent: String
    let reminderDoneEvent: String
    /// The status bar's count, with the key that opens the reminders.
    let remindersDueKey: @Sendable (Int) -> String
    let reminderMarkedDone: String
    /// (until)
    let reminderSnoozed: @Sendable (String) -> String
    let noOpenReminder: String
    /// (due, open in all)
    let remindersTitle: @Sendable (Int, Int) -> String
    let noOpenReminders: String
    let remindersFooter: String
    let remindersColumns: [String]
    let dueWord: String
    let upcomingWord: String
    /// (reminders not listed)
    let moreReminders: @Sendable (Int) -> String
    /// (the customer's name)
    let snoozeTitle: @Sendable (String) -> String
    let snoozeUntil: String
    let snoozeFooter: String
    let attachTitle: String
    let attachPrompt: String
    let renameDocumentTitle: @Sendable (String) -> String
    let renamePrompt: String
    let saveCopyTitle: @Sendable (String) -> String
    let saveCopyPrompt: String
    let working: String
    let pathPromptFooter: String
    let namePromptFooter: String
    let pixelSize: @Sendable (Int, Int) -> String
    let pageCount: @Sendable (Int) -> String
    let addedOn: @Sendable (String) -> String
    let previewEmpty: String
    /// (tool, package)
    let previewNeedsPackage: @Sendable (String, String) -> String
    let previewFailed: @Sendable (String) -> String
    let previewFooter: String
    let documentAttached: @Sendable (String) -> String
    let documentRenamed: @Sendable (String) -> String
    let documentExported: @Sendable (String) -> String
    let documentDeleted: @Sendable (String) -> String
    let noDocumentSelected: String
    let deleteDocumentTitle: String
    let deleteDocumentMessage: @Sendable (String) -> String
    /// An item key pressed on a tab without notes or documents: where it works.
    let itemKeyElsewhere: @Sendable (ItemKeyPlace) -> String
    /// Why a document was refused: which rule, what the file really is, its size.
    let attachmentRefusal: @Sendable (AttachmentRules.Refusal) -> String
    // MARK: Cards on file
    let cardAdded: @Sendable (String) -> String
    let cardUnlinked: @Sendable (String) -> String
    let authorizationWritten: @Sendable (String) -> String
    let unlinkCardTitle: String
    let unlinkCardMessage: @Sendable (String) -> String
    let discardCardTitle: String
    let discardCardMessage: String
    let cardsOnFileTitle: @Sendable (String) -> String
    let cardsOnFileExplanation: String
    let noSavedCardsYet: String
    /// After an expiry that has passed: "(expired)".
    let expiredMark: String
    let cardsOnFileFooter: String
    let cardFormTitle: @Sendable (String) -> String
    let cardholderLabel: String
    let cardNumberLabel: String
    let cardExpiryLabel: String
    let billingPostalLabel: String
    let authorizationLabel: String
    let cardFormProblem: @Sendable (CardFormProblem) -> String
    let cardFormFooter: String
    let authorizationFormTitle: @Sendable (String) -> String
    // MARK: Loyalty
    let loyaltyEnrolled: String
    let loyaltyAdjusted: @Sendable (Int) -> String
    let loyaltyRedeemed: @Sendable (String) -> String
    let redeemTitle: String
    /// (reward, cost, balance)
    let redeemMessage: @Sendable (String, Int, Int) -> String
    let loyaltyTitle: @Sendable (String) -> String
    /// (the program's rule, whether its amount is one unit of the shop's currency)
    let loyaltyRule: @Sendable (LoyaltyProgram.Accrual, Bool) -> String
    let noLoyaltyProgram: String
    /// (points, phone)
    let loyaltyBalance: @Sendable (Int, String) -> String
    let notEnrolledYet: String
    let rewardsHeading: String
    let pointsCost: @Sendable (Int) -> String
    let loyaltyFooter: String
    let loyaltyFooterNotEnrolled: String
    let adjustPointsTitle: String
    let adjustPointsLabel: String
    let adjustReasonLabel: String
    let adjustProblem: @Sendable (LoyaltyAdjustProblem) -> String
    let adjustFooter: String
    // MARK: Bookings and payments (issue 14)
    let newBookingTitle: @Sendable (String) -> String
    let editBookingTitle: @Sendable (String) -> String
    /// When, Service, Staff, Minutes, Status, Note: in the form's order.
    let bookingFieldLabels: [String]
    let bookingWhenPlaceholder: String
    /// Staff, when, length, the other customer.
    let bookingOverlaps: @Sendable (String, String, String, String) -> String
    let bookingWhenNotUnderstood: @Sendable (String) -> String
    let bookingMinutesNotANumber: @Sendable (String) -> String
    let bookingFormFooter: String
    /// When, how many overlaps.
    let bookingSaved: @Sendable (String, Int) -> String
    let bookingStatusSet: @Sendable (String) -> String
    let noBookingSelected: String
    let cancelBookingTitle: String
    let cancelBookingMessage: @Sendable (String, String) -> String
    let refundTitle: String
    let refundMessage: @Sendable (String, String) -> String
    let discardMoneyFormTitle: String
    let discardMoneyFormMessage: String
    /// Today's count, tomorrow's count.
    let daysBookingsTitle: @Sendable (Int, Int) -> String
    let noDaysBookings: String
    let daysBookingsFooter: String
    let daysBookingsColumns: [String]
    let todayWord: String
    let tomorrowWord: String
    let overlapsMark: String
    let bookingPaymentKeyElsewhere: String
    let newPaymentTitle: @Sendable (String) -> String
    let editPaymentTitle: @Sendable (String) -> String
    /// Kind, Amount, Date (or Due date when true), Method, Booking: in the form's order.
    let paymentFieldLabels: @Sendable (Bool) -> [String]
    let paymentKindReceived: String
    let paymentKindDue: String
    let amountPlaceholder: String
    let dueDatePlaceholder: String
    let paidDatePlaceholder: String
    let paymentMethod: @Sendable (Payment.Method) -> String
    let noBookingChoice: String
    /// What was typed, the currency.
    let amountNotUnderstood: @Sendable (String, String) -> String
    let paymentDateNotUnderstood: @Sendable (String) -> String
    let paymentFormFooter: String
    /// The amount, whether it is due.
    let paymentSaved: @Sendable (String, Bool) -> String
    let paymentMarkedPaid: @Sendable (String) -> String
    let paymentRefunded: @Sendable (String) -> String
    let noPaymentSelected: String
    let paymentNotDue: String
    let paymentNotReceived: String
    /// The booking's day and service.
    let paymentForBooking: @Sendable (String, String) -> String
    /// How amounts are written and read in this language ("USD 1,234.50", "1 234,50 EUR").
    let moneyStyle: Money.Style
    /// The day's bookings list stops at this many: where to see them all.
    let daysBookingsCapped: @Sendable (Int) -> String
    /// The quick actions, the charge form, the compose screen and the outbox.
    let messages: MessagesText
    /// The settings screen and the loyalty program form.
    let settings: SettingsText
    /// Waiting for another counter.
    let counters: CountersText
    // MARK: Erasure (a privacy request)
    let eraseCustomerTitle: String
    /// The customer's name, and what goes with them in words (`erasurePart`), in the summary's order.
    let eraseCustomerMessage: @Sendable (String, [String]) -> String
    /// One part of an erasure and its count: "3 notes", "the loyalty membership".
    let erasurePart: @Sendable (ErasureSummary.Part, Int) -> String
    let customerErased: @Sendable (String) -> String
    // MARK: Custom fields (the fields screen, F7)
    let customFieldsTitle: String
    let customFieldsExplanation: String
    let noCustomFieldsYet: String
    let customFieldsFooter: String
    /// How many customers have a value for a field.
    let customFieldValueCount: @Sendable (Int) -> String
    /// A kind's name on the fields screen and its form.
    let customFieldKindName: @Sendable (CustomFieldKind) -> String
    let newCustomFieldTitle: String
    let editCustomFieldTitle: @Sendable (String) -> String
    let customFieldLabelLabel: String
    let customFieldTypeLabel: String
    let customFieldOptionsLabel: String
    let customFieldOptionsHint: String
    let customFieldFormFooter: String
    /// How many values do not fit, and the kind they would have become; nothing changed.
    let typeChangeRefused: @Sendable (Int, String) -> String
    /// Refused values not listed.
    let typeChangeRefusedMore: @Sendable (Int) -> String
    let customFieldAdded: @Sendable (String) -> String
    let customFieldChanged: @Sendable (String) -> String
    let customFieldDeleted: @Sendable (String, Int) -> String
    let deleteCustomFieldTitle: String
    /// The label and how many customers have a value.
    let deleteCustomFieldMessage: @Sendable (String, Int) -> String
    // MARK: Merge history purge
    /// ctrl+z on a card whose last merge was purged: the merge (absorbed name, dates) and the survivor's name.
    let mergePurged: @Sendable (MergeRecord, String) -> String
    /// The groups window and picker, the filter picker, the marked rows' actions.
    let groups: GroupsText
    let yesChoice: String
    let noChoice: String
    /// A field's problem; `.described` and `.invalidPhone` keep CustomerCore's English words.
    let validationMessage: @Sendable (ValidationProblem) -> String

    // MARK: Text fields
    /// A field that could not take all of a paste (or one more typed character), under the field:
    /// what came, what the field holds, what was left out.
    let fieldOverflow: @Sendable (TextFieldOverflow) -> String

    /// The `?` overlay's words for a binding in this language (English: the key map's own).
    func help(for binding: KeyBinding) -> String { keyHelp[Self.key(binding)] ?? binding.help }

    /// The status bar's words for a binding in this language: its short words, else its help
    /// (English has no entries and falls through to the key map's own short words or help).
    func statusLabel(for binding: KeyBinding) -> String {
        keyShortHint[Self.key(binding)] ?? keyHelp[Self.key(binding)] ?? binding.statusHint.label
    }

    /// A merge review row's label: profile fields translated, custom fields by their own name.
    func label(of row: MergeReviewRow) -> String {
        switch row.target {
        case .field(.address): profileAddress
        case .field(let field): CustomerField(rawValue: field.rawValue).map(fieldLabel) ?? row.label
        case .loyaltyPhone: loyaltyPhoneLabel
        case .customField: row.label
        }
    }

    /// The import mapping's words for where a column goes.
    func label(of target: ImportTarget) -> String {
        switch target {
        case .field(let field): fieldLabel(field)
        case .oneCellAddress: targetOneCellAddress
        case .customField(let name): targetCustomField(name)
        case .memo: targetMemo
        case .ignore: targetIgnore
        }
    }

    static func key(_ binding: KeyBinding) -> String { "\(binding.scope.rawValue).\(binding.action.name)" }
}

extension Int {
    /// "1,000,000": thousands separated, whatever the locale.
    func formatted() -> String {
        let digits = String(self.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (self < 0 ? "-" : "") + result
    }
}

extension AppText {
    /// An amount as this language writes it.
    func money(_ amount: Money) -> String { amount.formatted(moneyStyle) }
}
