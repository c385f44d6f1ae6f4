import Foundation
import Testing
@testable import CustomerCore

/// Previews drawn by outside tools (issue 13, point 7): chafa for images, pdftotext for a PDF's first
/// page; a missing tool names its package; what a tool prints is cleaned; a tool that hangs is stopped.
@Suite struct DocumentPreviewTests {
    static func hasControl(_ line: String) -> Bool {
        line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
    }

    @Test func chafaDrawsAnImageInPlainSymbolsWithinTheCellsAsked() throws {
        let path = try DocumentSamples.write(DocumentSamples.png(width: 3, height: 2), named: "tiny.png", in: DocumentSamples.folder())
        #expect(DocumentPreview.locate("chafa") != nil, "chafa is installed here (scripts/install-deps)")
        for (width, height) in [(12, 4), (40, 10), (3, 1)] {
            let outcome = DocumentPreview.image(at: path, width: width, height: height)
            guard case .lines(let lines) = outcome else {
                Issue.record("chafa: \(outcome)")
                continue
            }
            #expect(!lines.isEmpty)
            #expect(lines.count <= height, "\(lines)")
            #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
            #expect(!lines.contains(where: Self.hasControl), "\(lines.map { $0.unicodeScalars.map(\.value) })")
            #expect(lines.contains { $0.contains { !$0.isWhitespace } }, "something is drawn")
        }
    }

    @Test func pdftotextGivesTheFirstPagesText() throws {
        let path = try DocumentSamples.write(DocumentSamples.pdf(), named: "two.pdf", in: DocumentSamples.folder())
        let outcome = DocumentPreview.pdfFirstPage(at: path, maxLines: 20)
        guard case .lines(let lines) = outcome else {
            Issue.record("pdftotext: \(outcome)")
            return
        }
        #expect(lines.first?.trimmingCharacters(in: .whitespaces) == "Hello Clientele", "\(lines)")
        #expect(lines.last?.isEmpty == false, "no trailing blank lines")
        #expect(!lines.contains(where: Self.hasControl))
        #expect(DocumentPreview.pdfFirstPage(at: path, maxLines: 0) == .lines([]))
    }

    @Test func aMissingToolNamesThePackageThatBringsIt() throws {
        let empty = try DocumentSamples.folder()
        let image = try DocumentSamples.write(DocumentSamples.png(width: 3, height: 2), named: "tiny.png", in: empty)
        #expect(DocumentPreview.image(at: image, width: 10, height: 5, searchPath: empty.path) == .toolMissing(tool: "chafa", package: "chafa"))
        #expect(DocumentPreview.pdfFirstPage(at: image, maxLines: 5, searchPath: empty.path)
                == .toolMissing(tool: "pdftotext", package: "poppler-utils"))
        // A file of that name that cannot be run is not the tool.
        _ = try DocumentSamples.write(Data("#!/bin/sh\n".utf8), named: "chafa", in: empty)
        #expect(DocumentPreview.locate("chafa", searchPath: empty.path) == nil)
        #expect(DocumentPreview.locate("chafa", searchPath: "/nowhere:\(empty.path)") == nil)
        #expect(DocumentPreview.locate("sh") != nil)
    }

    @Test func escapeSequencesAndControlsFromAToolAreCleanedAway() throws {
        let folder = try DocumentSamples.folder()
        // Colours, a hidden cursor, a window title (OSC … BEL), a DCS string, an 8-bit CSI, a bidi override,
        // a tab, CR LF, a NEL, and blank lines at the end.
        _ = try DocumentSamples.script(#"printf '\033[?25l\033[31mred\033[0m \342\200\256evil\n\033]0;title\007\tok\r\n\033P1;2qdata\033\\plain\302\233\061mX\302\205\n\033(Bdone\033]8;;http://x\033\\\n\n \n\n'"#,
                                       named: "chafa", in: folder)
        let outcome = DocumentPreview.image(at: "/dev/null", width: 20, height: 10, searchPath: folder.path)
        #expect(outcome == .lines(["red evil", "    ok", "plainX", "done"]))
    }

    @Test func aToolsFailureIsReportedInItsOwnCleanedWordsOnOneLine() throws {
        let folder = try DocumentSamples.folder()
        _ = try DocumentSamples.script(#"printf 'Syntax Error: \033[31mCouldn'"'"'t find trailer\nsecond line\n' >&2; exit 1"#,
                                       named: "pdftotext", in: folder)
        #expect(DocumentPreview.pdfFirstPage(at: "/dev/null", maxLines: 5, searchPath: folder.path)
                == .failed("Syntax Error: Couldn't find trailer second line"))
        _ = try DocumentSamples.script("exit 3", named: "chafa", in: folder)
        #expect(DocumentPreview.image(at: "/dev/null", width: 5, height: 5, searchPath: folder.path) == .failed("chafa stopped with status 3"))
        // The real pdftotext on a file that is no PDF fails in its own words.
        let junk = try DocumentSamples.write(Data("junk".utf8), named: "junk.pdf", in: folder)
        guard case .failed(let words) = DocumentPreview.pdfFirstPage(at: junk, maxLines: 5) else {
            Issue.record("pdftotext accepted junk")
            return
        }
        #expect(!words.isEmpty && !Self.hasControl(words))
    }

    @Test func aToolThatHangsIsKilledAndReportedAsFailed() throws {
        let folder = try DocumentSamples.folder()
        let pidFile = folder.appendingPathComponent("pid").path
        _ = try DocumentSamples.script("echo $$ > '\(pidFile)'\nprintf 'partial'\nexec sleep 30", named: "chafa", in: folder)
        #expect(DocumentPreview.timeLimit == 5)
        let start = Date()
        let outcome = DocumentPreview.image(at: "/dev/null", width: 5, height: 5, searchPath: folder.path, timeLimit: 1)
        let elapsed = Date().timeIntervalSince(start)
        #expect(outcome == .failed("chafa took longer than 1 seconds and was stopped"))
        #expect(elapsed < 4, "stopped after \(elapsed) s")
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) != 0, "the tool is no longer running")
    }

    @Test func aToolsOutputIsCapped() throws {
        let folder = try DocumentSamples.folder()
        // 2 MB of output: the run keeps 256 KB, reads the rest without blocking the tool, and ends.
        _ = try DocumentSamples.script("head -c 2000000 /dev/zero | tr '\\0' 'x'; echo", named: "chafa", in: folder)
        let run = ToolRun(try #require(DocumentPreview.locate("chafa", searchPath: folder.path)), [], timeLimit: 5)
        #expect(run.ending == .exited(0))
        #expect(run.output.count == DocumentPreview.outputLimit)
    }
}
