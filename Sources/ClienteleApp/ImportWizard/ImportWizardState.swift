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

    public init(path: String, encoding: TextEncoding, delimiter: Character, headers: [String], sampleRows: [[String]], proposedTargets: [ImportTarget]) {
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

/// The import wizard (`i`), a state machine: file → mapping → group → importing → summary.
public struct ImportWizardState: Equatable, Sendable {
    public enum Step: Equatable, Sendable {
        case choosingFile
        case mapping
        case choosingGroup
        /// The file would create this many custom fields (more than `ImportPlan.customFieldsWithoutConfirmation`): yes or no first.
        case confirmingCustomFields(Int)
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
        return plan
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

    public init(imported: Int, rejectedRows: Int, problems: [ImportRowIssue], possibleDuplicates: Int, groupName: String?, seconds: Double, rejectsPath: String?) {
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
