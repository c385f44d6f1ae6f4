import Foundation

/// How `--theme` is read: a path to a file or a name looked up in the search paths, and the
/// choices an unknown one is answered with.
public enum ThemeLookup {
    /// A value with a "/" or ending in ".theme" is a file, so `--theme ./mine.theme` and
    /// `--theme ~/x/shop.theme` work without copying the file into a search path.
    public static func isPath(_ value: String) -> Bool {
        value.contains("/") || value.hasSuffix(".theme")
    }

    /// The shipped names first, then every other `NAME.theme` found in the search paths, once each.
    public static func availableNames(in searchPaths: [String]) -> [String] {
        var names = Theme.shippedNames
        for directory in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files.sorted() where file.hasSuffix(".theme") {
                let name = String(file.dropLast(".theme".count))
                if !name.isEmpty, !names.contains(name) { names.append(name) }
            }
        }
        return names
    }

    /// An unknown theme name or an unreadable theme file. Its message is a sentence for the person who
    /// typed it, not a "file:line:" diagnostic: there is no file to point at.
    public struct NotFound: Error, Equatable, CustomStringConvertible {
        public let requested: String
        public let isPath: Bool
        public let choices: [String]

        public var description: String {
            let what = isPath ? "cannot read the theme file “\(requested)”" : "no theme named “\(requested)”"
            return "\(what); choose one of \(choices.joined(separator: ", ")), or give the path to a .theme file"
        }
    }
}
