import Foundation

/// The file formats the directory exports to: CSV with Square's headers, vCard 4.0, JSON.
public enum DirectoryExportFormat: String, CaseIterable, Sendable {
    case csv, vcard, json
}
