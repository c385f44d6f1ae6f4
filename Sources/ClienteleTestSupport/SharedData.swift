import Foundation

/// The project's shared folder (`../shared` beside the checkout): the customer generator and the
/// import floor. Tests that need it fail with this message when it is missing, never skip in
/// silence — CI has it beside the clone, and a test that quietly does not run proves nothing.
public enum SharedData {
    public struct Missing: Error, CustomStringConvertible {
        public let looked: [String]
        public var description: String {
            "cannot find shared/data/generate_customers.py (looked in \(looked.joined(separator: ", "))); set CLIENTELE_SHARED to the shared folder"
        }
    }

    /// `$CLIENTELE_SHARED`, else `shared/` beside the package's folder.
    public static func directory() throws -> String {
        var candidates: [String] = []
        if let path = ProcessInfo.processInfo.environment["CLIENTELE_SHARED"] { candidates.append(path) }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // Sources/ClienteleTestSupport
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent("../shared").standardizedFileURL.path)
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/data/generate_customers.py") {
            return candidate
        }
        throw Missing(looked: candidates)
    }

    /// `generate_customers.py`.
    public static func generator() throws -> String { try directory() + "/data/generate_customers.py" }
}
