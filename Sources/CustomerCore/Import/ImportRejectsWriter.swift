import Foundation

/// Writes the refused rows of an imported file to a rejects file as CSV, with a first column saying
/// what is wrong, so the file can be fixed and imported again. It reads only the file and the
/// summary: the same on every backend.
public enum ImportRejectsWriter {
    /// The rejects file is written as the source was — encoding, byte order mark, delimiter and line
    /// end — so the spreadsheet that made the file opens it the same way; importing it again ignores
    /// the Problem column. Streamed through a file beside the destination, 1 MB at a time, then
    /// renamed over it: memory does not grow with the number of refused rows, and a failure half-way
    /// leaves no half-written rejects file.
    public static func write(of path: String, summary: ImportSummary, to rejectsPath: String) throws {
        let reader = try CSVReader(path: path)
        guard let header = try reader.next() else { return }
        var reasons: [Int: [String]] = [:]
        for issue in summary.rejected { reasons[issue.line, default: []].append((issue.column.isEmpty ? "" : "\(issue.column): ") + issue.reason) }
        let destination = URL(fileURLWithPath: rejectsPath)
        let partial = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: partial.path) else {
            throw StoreError.fileProblem("cannot write the rejects file in \(destination.deletingLastPathComponent().path)")
        }
        do {
            // The refused rows are written back for fixing, but never a card number: a row refused
            // for one would otherwise put it in a file beside the shop's exports (masked, `•••• 1111`).
            let mask = SensitiveDataGuard.maskingCardNumbers
            let encoder = RejectsEncoder(encoding: reader.encoding, byteOrderMark: reader.hasByteOrderMark)
            func line(_ cells: [String]) -> String {
                CSVWriter.line(cells, delimiter: reader.delimiter, lineEnding: reader.lineEnding.rawValue)
            }
            var text = line([ColumnMapping.rejectsProblemHeader] + header.fields.map(mask))
            try handle.write(contentsOf: encoder.byteOrderMark)
            while !summary.rejectedLines.isEmpty, let record = try reader.next() {
                guard let reason = reasons[record.line] else { continue }
                text += line([mask("line \(record.line): " + reason.joined(separator: "; "))] + record.fields.map(mask))
                if text.utf8.count >= 1 << 20 {
                    try handle.write(contentsOf: encoder.bytes(text))
                    text = ""
                }
            }
            try handle.write(contentsOf: encoder.bytes(text))
            try handle.close()
            guard rename(partial.path, destination.path) == 0 else {
                throw StoreError.fileProblem("cannot write \(destination.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }
}
