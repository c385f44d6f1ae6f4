import Foundation

/// File name completion for the path fields (the import wizard, attaching and saving documents), like a shell's Tab.
enum PathCompletion {
    static func expand(_ path: String) -> String {
        path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst() : path
    }

    /// The longest common completion and the candidates (folders end with "/").
    static func complete(_ typed: String) -> (String, [String]) {
        let expanded = expand(typed)
        let directory = expanded.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let prefix = expanded.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return (typed, []) }
        let matches = names.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.sorted().map { name -> String in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return isDirectory.boolValue ? name + "/" : name
        }
        guard let first = matches.first else { return (typed, []) }
        var common = first
        for match in matches.dropFirst() { while !match.hasPrefix(common) { common.removeLast() } }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return (base + common, matches.count > 1 ? matches : [])
    }
}
