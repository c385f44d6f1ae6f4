import CustomerCore
import Foundation
import TerminalCore

/// The export dialog (`x`): format, scope (the whole directory or the current filter) and where to write.
public struct ExportDialogState: Equatable, Sendable {
    public var format: ExportFormat = .csv
    /// The directory's filter when the dialog opened (empty: there is only the whole directory to offer).
    public var filter: DirectoryFilter
    /// The groups the filter may name, to put it in words when drawn.
    public var groups: [CustomerGroup]
    /// Export only what the current filter shows (the default when there is a filter).
    public var onlyCurrentFilter: Bool
    public var path: TextField
    public var focusedRow = 0
    /// Why the last attempt wrote nothing; the choices stay as they were.
    public var problem: ExportProblem?
    /// Asked to write; waiting for the answer.
    public var isWriting = false

    public init(filter: DirectoryFilter, groups: [CustomerGroup], directory: String, date: Date = Date()) {
        self.filter = filter
        self.groups = groups
        onlyCurrentFilter = !filter.isEmpty
        let stamp = ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withFullDate])
        path = TextField(directory + "/clientele-\(stamp).csv", maxLength: 4096)
    }

    /// The filter in words, for the scope row ("status client, group “VIP”"), in the interface's language.
    public var filterLabel: String { AppText.current.filterWords(filter, groups) }

    /// The filter the export applies: the current one, or none for the whole directory.
    public var exportedFilter: DirectoryFilter { onlyCurrentFilter ? filter : DirectoryFilter() }

    /// Keeps the file name's extension in step with the format.
    mutating func setFormat(_ newFormat: ExportFormat) {
        let old = "." + format.fileExtension
        format = newFormat
        if path.text.hasSuffix(old) { path.setText(String(path.text.dropLast(old.count)) + "." + newFormat.fileExtension) }
    }
}

/// Why an export wrote nothing, shown in the dialog.
public enum ExportProblem: Equatable, Sendable {
    case noFolder(String)
    case cannotWrite(String)

    /// In the interface's language.
    var text: String {
        switch self {
        case .noFolder(let path): AppText.current.exportNoFolder(path)
        case .cannotWrite(let path): AppText.current.cannotWrite(path)
        }
    }
}
