import CustomerCore

/// Work for the export dialog.
public enum ExportEffect: Equatable, Sendable {
    /// Writes the profiles `filter` lets through (an empty filter: the whole directory). An existing
    /// file is replaced only with `overwrite` (the person said yes); otherwise the answer asks.
    case write(format: ExportFormat, filter: DirectoryFilter, path: String, overwrite: Bool)
}

/// The export formats offered by `x`.
public enum ExportFormat: String, CaseIterable, Equatable, Sendable {
    case csv, vcard, json

    /// In the interface's language.
    public var label: String { AppText.current.exportFormatLabel(self) }

    public var fileExtension: String { self == .vcard ? "vcf" : rawValue }
}
