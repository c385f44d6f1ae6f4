import Foundation
import TerminalCore
import Testing

/// Text on the captured screen that differs from one machine or run to the next (a temporary
/// folder, today's date), replaced before the screen is compared or recorded. Keep the
/// replacement as wide as what it replaces, or the rest of the line shifts and the snapshot no
/// longer shows the real layout.
public struct SnapshotReplacement: Sendable {
    let target: String
    let isPattern: Bool
    let replacement: String

    /// Replaces every occurrence of `text`.
    public static func text(_ text: String, with replacement: String) -> SnapshotReplacement {
        SnapshotReplacement(target: text, isPattern: false, replacement: replacement)
    }

    /// Replaces every match of the regular expression `pattern`.
    public static func pattern(_ pattern: String, with replacement: String) -> SnapshotReplacement {
        SnapshotReplacement(target: pattern, isPattern: true, replacement: replacement)
    }

    /// Throws when `pattern` is not a regular expression (the test's own mistake, reported as its failure).
    func apply(to text: String) throws -> String {
        guard isPattern else { return text.replacingOccurrences(of: target, with: replacement) }
        return text.replacing(try Regex(target), with: replacement)
    }
}

/// Plain-text screen snapshots (DESIGN §5, layer 5): the screen's lines, trailing spaces trimmed,
/// against `__Snapshots__/<name>.txt` beside the calling test. `RECORD_SNAPSHOTS=1` rewrites the
/// files and fails, so a recording run is never mistaken for a passing one.
public enum ScreenSnapshot {
    /// At most this many differing lines are shown in a failure; the count says how many there were.
    static let shownDifferences = 4

    public static var isRecording: Bool {
        let value = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] ?? ""
        return !value.isEmpty && value != "0"
    }

    /// The screen as it is compared: replacements made, trailing spaces trimmed per line.
    public static func normalised(_ lines: [String], replacing replacements: [SnapshotReplacement] = []) throws -> [String] {
        let text = try replacements.reduce(lines.joined(separator: "\n")) { try $1.apply(to: $0) }
        return text.components(separatedBy: "\n").map { line in
            var line = Substring(line)
            while line.last == " " { line = line.dropLast() }
            return String(line)
        }
    }

    /// The snapshot file for `name`, in `__Snapshots__` beside the test file `testFile`.
    public static func url(named name: String, besideTestFile testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__", isDirectory: true).appendingPathComponent(name + ".txt")
    }

    /// A screen line per file line, and a final newline, so the files read well in diffs and editors.
    static func fileText(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    static func lines(ofFileText text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Records (`RECORD_SNAPSHOTS`) or compares `actual` with the file at `url`: the failure's
    /// message, or nil when the screen matches. Recording always fails, and so does a missing file.
    static func check(_ actual: [String], named name: String, at url: URL) -> String? {
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileText(actual).write(to: url, atomically: true, encoding: .utf8)
                return "Recorded snapshot “\(name)” to \(url.path) (RECORD_SNAPSHOTS is set, so this run fails). "
                    + "Read the file, then run again without RECORD_SNAPSHOTS."
            } catch {
                return "Could not record snapshot “\(name)” to \(url.path): \(error)"
            }
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return "No snapshot “\(name)” at \(url.path). Record it with RECORD_SNAPSHOTS=1, read it, and commit it.\n"
                + "The screen now:\n" + actual.joined(separator: "\n")
        }
        guard let difference = difference(expected: lines(ofFileText: text), actual: actual) else { return nil }
        return "Screen differs from snapshot __Snapshots__/\(name).txt: \(difference)\n"
            + "If the change is intended, re-record with RECORD_SNAPSHOTS=1 and read the new file."
    }

    /// Nil when the two agree; else the first differing lines, expected above actual, with a caret
    /// under the first differing column.
    public static func difference(expected: [String], actual: [String]) -> String? {
        guard expected != actual else { return nil }
        let differing = (0..<max(expected.count, actual.count)).filter { index in
            (index < expected.count ? expected[index] : nil) != (index < actual.count ? actual[index] : nil)
        }
        var report = ["\(differing.count) of \(max(expected.count, actual.count)) lines differ"
                      + (expected.count == actual.count ? "" : " (expected \(expected.count) lines, got \(actual.count))") + ":"]
        for index in differing.prefix(shownDifferences) {
            let wanted = index < expected.count ? expected[index] : nil
            let got = index < actual.count ? actual[index] : nil
            report.append("line \(index + 1):")
            report.append("  expected: " + (wanted.map { "|\($0)|" } ?? "(no line)"))
            report.append("  actual:   " + (got.map { "|\($0)|" } ?? "(no line)"))
            if let wanted, let got {
                let same = zip(wanted, got).prefix { $0 == $1 }.count
                let column = DisplayWidth.of(String(wanted.prefix(same)))
                report.append("             " + String(repeating: " ", count: column) + "^ column \(column + 1)")
            }
        }
        if differing.count > shownDifferences { report.append("… and \(differing.count - shownDifferences) more") }
        return report.joined(separator: "\n")
    }
}

/// Compares `app`'s screen with the committed snapshot `name` (`__Snapshots__/<name>.txt` beside
/// the calling test), recording an issue with a line-by-line difference when they disagree.
/// A missing file fails too (asking for a recording); `RECORD_SNAPSHOTS=1` writes the file and fails.
public func assertSnapshot(of app: AppDriver, named name: String, replacing replacements: [SnapshotReplacement] = [],
                           filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual: [String]
    do {
        actual = try ScreenSnapshot.normalised(app.lines, replacing: replacements)
    } catch {
        Issue.record(Comment(rawValue: "A replacement for snapshot “\(name)” is not a regular expression: \(error)"), sourceLocation: sourceLocation)
        return
    }
    let url = ScreenSnapshot.url(named: name, besideTestFile: filePath)
    if let failure = ScreenSnapshot.check(actual, named: name, at: url) {
        Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    }
}
