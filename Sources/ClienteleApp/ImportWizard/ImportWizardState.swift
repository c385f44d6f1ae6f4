import CustomerCore
import Foundation
import TerminalCore

/// What the wizard shows of a file before importing: how it was read and its first rows.
public struct ImportPreview: Equatable, Sendable {
    public var path: String
    public var encoding: TextEncoding
    public var delimiter: Character
    public var headers: [String]
    public var sampleRows: [[String]]
    public var proposedTargets: [ImportTarget]
    /// The shop's country, which reads phone numbers written without a country code.
    public var shopRegion: String
    /// The file's phone numbers read better as another country's (from its first rows).
    public var phoneGuess: PhoneRegionGuess?

    public init(path: String, encoding: TextEncoding, delimiter: Character, headers: [String], sampleRows: [[String]], proposedTargets: [ImportTarget],
                shopRegion: String = "US", phoneGuess: PhoneRegionGuess? = nil) {
        self.shopRegion = shopRegion
        self.phoneGuess = phoneGuess
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        self.headers = headers
        self.sampleRows = sampleRows
        self.proposedTargets = proposedTargets
    }
}

/// Progress of a running import, posted from its worker thread.
public struct ImportProgress: Equatable, Sendable {
    public var rows: Int
    public var fraction: Double
    public var rowsPerSecond: Double
}

/// The import wizard (ctrl+o), a state machine: file → mapping → group → options → importing → summary.
public struct ImportWizardState: Equatable, Sendable {
    public enum Step: Equatable, Sendable {
        case choosingFile
        case mapping
        case choosingGroup
        /// The file would create this many custom fields (more than `ImportPlan.customFieldsWithoutConfirmation`): yes or no first.
        case confirmingCustomFields(Int)
        /// The last look before starting: how phone numbers are read, what happens to a row whose
        /// phone cannot be read, and whether this is a dry run.
        case choosingOptions
        case importing(ImportProgress)
        case finished(ImportOutcome)
    }

    public var step: Step = .choosingFile
    public var path = TextField(maxLength: 4096)
    public var completions: [String] = []
    /// Why the chosen file could not be read.
    public var problem: ImportFileProblem?
    public var preview: ImportPreview?
    public var targets: [ImportTarget] = []
    public var selectedColumn = 0
    /// 0: a new group (named below), 1…n: existing groups, n+1: no group.
    public var groupChoice = 0
    public var newGroupName = TextField(maxLength: 100)
    /// The new group's name is an existing group's: adding to it must be chosen, not assumed.
    public var takenGroupName: String?
    public var isCancelling = false
    /// The country phone numbers without a country code are read as (nil: the shop's).
    public var phoneRegion: String?
    public var keepsUnreadablePhones = false
    public var isDryRun = false
    /// Which option line ↑↓ has selected.
    public var option: ImportOption = .phoneRegion
    /// The person's answer to "create N custom fields?".
    public var allowedNewCustomFields: Int?

    public init(startPath: String) { path.setText(startPath) }

    /// The name typed for the new group (none: the dated default, which is numbered if taken).
    func typedGroupName() -> String? {
        let name = newGroupName.text.trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    /// The plan the choices describe.
    /// `customFields`: the directory's, so a column naming one counts as no new field.
    public func plan(groups: [CustomerGroup], customFields: [CustomFieldDefinition]) -> ImportPlan? {
        guard let preview else { return nil }
        let group: ImportGroupChoice
        if groupChoice == 0 {
            let name = newGroupName.text.trimmingCharacters(in: .whitespaces)
            group = name.isEmpty ? .newDatedGroup(ImportPlan.defaultGroupName(fileName: URL(fileURLWithPath: preview.path).lastPathComponent)) : .newGroup(name)
        } else if groupChoice <= groups.count {
            group = .existingGroup(groups[groupChoice - 1].name)
        } else {
            group = .none
        }
        var plan = ImportPlan(headers: preview.headers, targets: targets, group: group)
        plan.existingCustomFieldLabels = customFields.map(\.label)
        plan.phoneRegion = phoneRegion
        plan.keepsUnreadablePhones = keepsUnreadablePhones
        if let allowedNewCustomFields { plan.allowedNewCustomFields = allowedNewCustomFields }
        return plan
    }

    /// The countries ←/→ cycles through for phone numbers: the shop's, the guessed one, then every other.
    public func phoneRegionChoices() -> [String?] {
        guard let preview else { return [nil] }
        let guessed = preview.phoneGuess.map(\.region)
        let others = PhoneNumberParser.supportedRegions.filter { $0 != preview.shopRegion && $0 != guessed }
        return [nil] + (guessed.map { [$0] } ?? []) + others.map { Optional($0) }
    }

    /// ←/→ on the selected option.
    mutating func changeOption(forward: Bool) {
        switch option {
        case .phoneRegion:
            let choices = phoneRegionChoices()
            let index = choices.firstIndex(of: phoneRegion) ?? 0
            phoneRegion = choices[(index + (forward ? 1 : choices.count - 1)) % choices.count]
        case .unreadablePhones: keepsUnreadablePhones.toggle()
        case .run: isDryRun.toggle()
        }
    }

    /// Where a column can go, in the order ←/→ cycles through them.
    public func options(forColumn index: Int) -> [ImportTarget] {
        guard let preview, preview.headers.indices.contains(index) else { return [] }
        var options: [ImportTarget] = [preview.proposedTargets[index]]
        for field in CustomerField.allCases { options.append(.field(field)) }
        options += [.oneCellAddress, .customField(preview.headers[index]), .memo, .ignore]
        var seen = Set<ImportTarget>()
        return options.filter { seen.insert($0).inserted }
    }
}

/// The lines of the wizard's options step, in order.
public enum ImportOption: Int, CaseIterable, Equatable, Sendable {
    case phoneRegion, unreadablePhones, run
}

/// How an import ended, for the summary step.
public enum ImportOutcome: Equatable, Sendable {
    case imported(ImportReport)
    case cancelled
    case failed(String)
}

/// The summary's figures (a Sendable copy of the store's `ImportSummary`).
public struct ImportReport: Equatable, Sendable {
    public var imported: Int
    public var rejectedRows: Int
    public var problems: [ImportRowIssue]
    public var possibleDuplicates: Int
    public var groupName: String?
    public var seconds: Double
    public var rejectsPath: String?
    /// Nothing was stored: the figures say what an import would do.
    public var isDryRun: Bool

    public init(imported: Int, rejectedRows: Int, problems: [ImportRowIssue], possibleDuplicates: Int, groupName: String?, seconds: Double, rejectsPath: String?,
                isDryRun: Bool = false) {
        self.isDryRun = isDryRun
        self.imported = imported
        self.rejectedRows = rejectedRows
        self.problems = problems
        self.possibleDuplicates = possibleDuplicates
        self.groupName = groupName
        self.seconds = seconds
        self.rejectsPath = rejectsPath
    }
}

/// Why the wizard could not read the chosen file, as a value (put into words when drawn).
public enum ImportFileProblem: Equatable, Sendable {
    case noSuchFile(String)
    case isAFolder(String)
    /// The file's name and the reader's own words.
    case unreadable(file: String, detail: String)

    /// In the interface's language.
    var text: String {
        switch self {
        case .noSuchFile(let path): AppText.current.noSuchFile(path)
        case .isAFolder(let path): AppText.current.isAFolder(path)
        case .unreadable(let file, let detail): "\(file): \(detail)"
        }
    }
}
