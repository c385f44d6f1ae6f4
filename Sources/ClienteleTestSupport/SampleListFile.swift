import Foundation
import SampleCustomers

/// Sample customer lists (the project's own generator, no outside script) written among a test's
/// files.
public enum SampleListFile {
    /// Writes `options`' list in `directory` as `gen-XXXXXX.csv` (an import names its new group
    /// after the file: "Import gen-…"), and its truth file to `truth` when given; returns its path.
    public static func write(_ options: CustomerListOptions, in directory: URL, truth: String? = nil) throws -> String {
        let path = directory.appendingPathComponent("gen-\(UUID().uuidString.prefix(6)).csv").path
        try CustomerListFile.write(options, to: path, truth: truth)
        return path
    }
}
