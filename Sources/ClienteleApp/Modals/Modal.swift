import CustomerCore
import Foundation
import TerminalCore

/// A dialog over the panes. Modals form a stack in `AppState`; the top one owns the keyboard.
public enum Modal: Equatable, Sendable {
    case customerForm(CustomerFormState)
    case confirm(ConfirmState)
    case help(scope: KeyScope)
    case welcome
    case importWizard(ImportWizardState)
    case exportDialog(ExportDialogState)
    case duplicateReview(DuplicateReviewState)
    case mergeReview(MergeReviewState)
    case mergePicker(MergePickerState)

    public var scope: KeyScope {
        switch self {
        case .customerForm: .form
        case .confirm: .confirm
        case .help: .help
        case .welcome: .welcome
        case .importWizard: .importWizard
        case .exportDialog: .exportDialog
        case .duplicateReview: .duplicateReview
        // The overflow question is a yes/no over the review: the confirmation's keys apply.
        case .mergeReview(let review): review.step == .confirmingOverflow ? .confirm : .mergeReview
        case .mergePicker: .mergePicker
        }
    }
}

/// A yes/no question and what "yes" does.
public struct ConfirmState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// Close the form below and lose its edits.
        case discardFormChanges
        /// Close the merge review below and lose the choices made in it.
        case discardMergeChoices
        /// Merge every exact duplicate suggestion.
        case mergeAllExact
        /// Undo this merge (from the survivor's card).
        case undoMerge(mergeID: Int64)
    }

    public var title: String
    public var message: String
    public var purpose: Purpose
}

/// The export dialog (`x`): format, scope (the whole directory or the current filter) and where to write.
public struct ExportDialogState: Equatable, Sendable {
    public var format: ExportFormat = .csv
    /// The directory's filter when the dialog opened (empty: there is only the whole directory to offer).
    public var filter: DirectoryFilter
    /// The filter in words, for the scope row ("status client, group “VIP”").
    public var filterLabel: String
    /// Export only what the current filter shows (the default when there is a filter).
    public var onlyCurrentFilter: Bool
    public var path: TextField
    public var focusedRow = 0

    public init(filter: DirectoryFilter, filterLabel: String, directory: String, date: Date = Date()) {
        self.filter = filter
        self.filterLabel = filterLabel
        onlyCurrentFilter = !filter.isEmpty
        let stamp = ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withFullDate])
        path = TextField(directory + "/clientele-\(stamp).csv", maxLength: 4096)
    }

    /// The filter the export applies: the current one, or none for the whole directory.
    public var exportedFilter: DirectoryFilter { onlyCurrentFilter ? filter : DirectoryFilter() }

    /// Keeps the file name's extension in step with the format.
    mutating func setFormat(_ newFormat: ExportFormat) {
        let old = "." + format.fileExtension
        format = newFormat
        if path.text.hasSuffix(old) { path.setText(String(path.text.dropLast(old.count)) + "." + newFormat.fileExtension) }
    }
}
