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

/// The export dialog (`x`): format, scope and where to write.
public struct ExportDialogState: Equatable, Sendable {
    public var format: ExportFormat = .csv
    /// Export only the group the directory is filtered by (when it is).
    public var onlyFilteredGroup: Bool
    public var groupID: Int64?
    public var groupName: String?
    public var path: TextField
    public var focusedRow = 0

    public init(groupID: Int64?, groupName: String?, directory: String, date: Date = Date()) {
        self.groupID = groupID
        self.groupName = groupName
        onlyFilteredGroup = groupID != nil
        let stamp = ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withFullDate])
        path = TextField(directory + "/clientele-\(stamp).csv", maxLength: 4096)
    }

    /// Keeps the file name's extension in step with the format.
    mutating func setFormat(_ newFormat: ExportFormat) {
        let old = "." + format.fileExtension
        format = newFormat
        if path.text.hasSuffix(old) { path.setText(String(path.text.dropLast(old.count)) + "." + newFormat.fileExtension) }
    }
}
