import Foundation

/// What a document preview tool gave: clean text lines, the tool's absence (and the package that
/// brings it), or its failure in its own words.
public enum PreviewOutcome: Equatable, Sendable {
    /// Clean text lines: no control characters, escape sequences or bidi overrides.
    case lines([String])
    /// The tool is not on the path: `chafa` (package `chafa`) or `pdftotext` (package `poppler-utils`).
    case toolMissing(tool: String, package: String)
    /// The tool failed or was stopped: its own words (or what happened), cleaned, on one line.
    case failed(String)
}

/// Previews of a document drawn by outside tools — an image by `chafa`, a PDF's first page by
/// `pdftotext` — run without a shell, with a time limit and a cap on what they print, and their output
/// cleaned of everything that could drive the terminal.
public enum DocumentPreview {
    /// How long a tool may run before it is killed and the preview reported as failed.
    static let timeLimit: TimeInterval = 5
    /// What is kept of a tool's output; the rest is read and dropped.
    static let outputLimit = 256 * 1024

    /// The image drawn with `chafa` in plain symbols (no colour codes: e.g. --format=symbols
    /// --colors=none --animate=off --size=WxH; check the flags against the installed chafa,
    /// `chafa --help`), at most width×height cells.
    public static func image(at path: String, width: Int, height: Int, searchPath: String? = nil) -> PreviewOutcome {
        image(at: path, width: width, height: height, searchPath: searchPath, timeLimit: timeLimit)
    }

    static func image(at path: String, width: Int, height: Int, searchPath: String?, timeLimit: TimeInterval) -> PreviewOutcome {
        guard let chafa = locate("chafa", searchPath: searchPath) else { return .toolMissing(tool: "chafa", package: "chafa") }
        guard width > 0, height > 0 else { return .lines([]) }
        // Symbols only (no sixels or kitty images), no colour, no cursor-moving compression (-O 0),
        // narrow symbols only so a line is as many columns as characters. (Checked against chafa 1.12's
        // `--help`; no `--polite`, which is the default there and unknown to older versions.)
        let arguments = ["--format=symbols", "--colors=none", "--animate=off", "--optimize=0",
                         "--symbols=block+border+space-wide", "--size=\(width)x\(height)", "--", path]
        return outcome(of: ToolRun(chafa, arguments, timeLimit: timeLimit), tool: "chafa") { lines in
            Array(lines.prefix(height).map { String($0.prefix(width)) })
        }
    }

    /// The text of a PDF's first page with `pdftotext -f 1 -l 1 -layout FILE -`, at most `maxLines` lines.
    public static func pdfFirstPage(at path: String, maxLines: Int, searchPath: String? = nil) -> PreviewOutcome {
        pdfFirstPage(at: path, maxLines: maxLines, searchPath: searchPath, timeLimit: timeLimit)
    }

    static func pdfFirstPage(at path: String, maxLines: Int, searchPath: String?, timeLimit: TimeInterval) -> PreviewOutcome {
        guard let pdftotext = locate("pdftotext", searchPath: searchPath) else {
            return .toolMissing(tool: "pdftotext", package: "poppler-utils")
        }
        let run = ToolRun(pdftotext, ["-f", "1", "-l", "1", "-layout", path, "-"], timeLimit: timeLimit)
        return outcome(of: run, tool: "pdftotext") { lines in
            // A page's text often starts with blank lines of margin: a preview shows text instead.
            Array(lines.drop { $0.isEmpty }.prefix(max(0, maxLines)))
        }
    }

    /// Where a tool is on PATH (or `searchPath`), if anywhere.
    public static func locate(_ tool: String, searchPath: String? = nil) -> String? {
        guard !tool.isEmpty else { return nil }
        let manager = FileManager.default
        func runnable(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && manager.isExecutableFile(atPath: path)
        }
        if tool.contains("/") { return runnable(tool) ? tool : nil }
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = (String(folder) as NSString).appendingPathComponent(tool)
            if runnable(candidate) { return candidate }
        }
        return nil
    }

    /// A finished run as an outcome: its cleaned lines (shaped by `keep`) on success, else its words.
    static func outcome(of run: ToolRun, tool: String, keep: ([String]) -> [String]) -> PreviewOutcome {
        switch run.ending {
        case .couldNotStart(let reason):
            return .failed("\(tool) could not be started: \(cleanLine(reason))")
        case .timedOut:
            return .failed("\(tool) took longer than \(Int(run.timeLimit)) seconds and was stopped")
        case .exited(0):
            return .lines(keep(cleanLines(run.output)))
        case .exited(let status):
            let words = cleanLines(run.errors).filter { !$0.isEmpty }.joined(separator: " ")
            return .failed(words.isEmpty ? "\(tool) stopped with status \(status)" : cleanLine(words))
        }
    }

    /// The tool's output as text lines: escape sequences (CSI, OSC, DCS and the rest, in their 7- and
    /// 8-bit forms) removed whole, other C0/C1 controls and DEL dropped, bidi controls and invisible
    /// characters dropped, tabs as spaces, CR LF as a line break; trailing spaces and blank lines trimmed.
    static func cleanLines(_ data: Data) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var scalars = String(decoding: data, as: UTF8.self).unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return scalars.next()
        }
        func endLine() {
            var text = String(line)
            while text.last == " " { text.removeLast() }
            lines.append(text)
            line = String.UnicodeScalarView()
        }
        /// Skips a control string (OSC, DCS, SOS, PM, APC) up to its terminator: BEL, ST (ESC \) or 0x9C.
        func skipControlString() {
            while let scalar = next() {
                if scalar.value == 0x07 || scalar.value == 0x9C { return }
                if scalar.value == 0x1B {
                    if let following = next(), following != "\\" { pending = following }
                    return
                }
            }
        }
        /// Skips a CSI sequence: parameter and intermediate bytes, then one final byte.
        func skipCSI() {
            while let scalar = next() {
                if (0x40...0x7E).contains(scalar.value) { return }
                if !(0x20...0x3F).contains(scalar.value) { pending = scalar; return }
            }
        }
        while let scalar = next() {
            switch scalar.value {
            case 0x0A: endLine()
            case 0x09: line.append(contentsOf: "    ".unicodeScalars)
            case 0x1B:
                guard let kind = next() else { break }
                switch kind.value {
                case 0x5B: skipCSI()                                   // ESC [
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: skipControlString() // ESC ] P X ^ _
                case 0x20...0x2F:                                      // ESC, intermediates, a final byte
                    while let following = next() {
                        if !(0x20...0x2F).contains(following.value) {
                            if !(0x30...0x7E).contains(following.value) { pending = following }
                            break
                        }
                    }
                case 0x30...0x7E: break                                // ESC 7, ESC c, ESC =, …
                default: pending = kind                                // a lone ESC
                }
            case 0x9B: skipCSI()
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: skipControlString()
            case 0x00...0x1F, 0x7F...0x9F: continue                    // CR, BEL, FF, backspace, C1…
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: continue  // bidi controls
            case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0xFFFE, 0xFFFF: continue           // invisible
            case 0x2028, 0x2029: endLine()
            default: line.append(scalar)
            }
        }
        if !line.isEmpty { endLine() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Cleaned text on one line (a tool's message).
    static func cleanLine(_ text: String) -> String {
        cleanLines(Data(text.utf8)).filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// One run of an outside program: no shell, stdin from /dev/null, stdout and stderr read to their
/// end on background threads while it runs (so a chatty tool never blocks on a full pipe), at most
/// `outputLimit` bytes of stdout kept, and killed when it outlives its time limit.
struct ToolRun {
    enum Ending: Equatable {
        case exited(Int32)
        case timedOut
        case couldNotStart(String)
    }

    /// Bytes read from a pipe and kept up to a limit, written by a reader thread.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes = Data()
        private let limit: Int

        init(limit: Int) { self.limit = limit }

        func append(_ chunk: Data) {
            lock.lock()
            defer { lock.unlock() }
            let room = limit - bytes.count
            if room > 0 { bytes.append(chunk.prefix(room)) }
        }

        var data: Data {
            lock.lock()
            defer { lock.unlock() }
            return bytes
        }
    }

    let timeLimit: TimeInterval
    private(set) var ending: Ending = .exited(0)
    private(set) var output = Data()
    private(set) var errors = Data()

    init(_ executable: String, _ arguments: [String], timeLimit: TimeInterval,
         outputLimit: Int = DocumentPreview.outputLimit) {
        self.timeLimit = timeLimit
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            ending = .couldNotStart(error.localizedDescription)
            return
        }
        let readers = DispatchGroup()
        let out = Collected(limit: outputLimit), err = Collected(limit: 16 * 1024)
        for (pipe, collected) in [(stdout, out), (stderr, err)] {
            let handle = pipe.fileHandleForReading
            // A thread of its own, not the shared dispatch pool: when the pool is busy (tests run in
            // parallel, other work), a queued reader could start after the wait below had given up.
            readers.enter()
            Thread.detachNewThread {
                defer { readers.leave() }
                while true {
                    let chunk = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
                    if chunk.isEmpty { break }
                    collected.append(chunk)
                }
            }
        }
        if exited.wait(timeout: .now() + timeLimit) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 1) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
            ending = .timedOut
        } else {
            ending = .exited(process.terminationStatus)
        }
        // A child the tool left behind may hold the pipes open: wait a moment for the rest, not for it.
        _ = readers.wait(timeout: .now() + 2)
        output = out.data
        errors = err.data
    }
}
