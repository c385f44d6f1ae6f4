import Foundation
import CustomerCore
import CustomerStore

/// `clientele-bench attach`: a 20 MB PNG-headed file through `attach(fileAt:)`: time beside a bare
/// copy of the same file (read + write + fsync, the floor), and the peak resident memory it added
/// (VmHWM, reset through /proc/self/clear_refs just before), against the file's size.
struct AttachBench {
    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-attach-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ClienteleStore(database: try AppDatabase(path: directory.appendingPathComponent("bench.sqlite").path), region: "US")
        let customerID = try store.customers.create(Customer(givenName: "Ana", familyName: "Ruiz")).id!
        let size = AttachmentRules.maximumBytes
        print("clientele-bench attach: a \(size / 1024 / 1024) MB PNG-headed file, chunks of \(AttachmentFileStore.chunkSize / 1024) KB")

        var samples = Samples(), floorSamples = Samples(), peaks: [Int] = []
        for round in 0..<5 {
            let path = directory.appendingPathComponent("scan-\(round).png").path
            try Self.writeFile(path, size: size, seed: UInt8(round))
            // Untimed: whichever write-and-fsync comes first after the file was made pays ~30 ms more (ext4's journal).
            let warm = directory.appendingPathComponent("attachments/warm-\(round)").path
            try Self.copy(path, to: warm)
            try? FileManager.default.removeItem(atPath: warm)

            Self.resetPeak()
            let before = Self.kilobytes("VmHWM")
            samples.add(try Stopwatch.measure { _ = try store.attachments.attach(fileAt: path, to: customerID, now: Date()) })
            peaks.append(Self.kilobytes("VmHWM") - before)

            // The floor, after the attach (both read a file the page cache holds): the same bytes read
            // and written in the same chunks into the same folder, fsynced; no hashing, rename or row.
            let copy = directory.appendingPathComponent("attachments/copy-\(round)").path
            floorSamples.add(try Stopwatch.measure { try Self.copy(path, to: copy) })
            try? FileManager.default.removeItem(atPath: copy)
        }
        Report.latency("attach 20 MB (stream, hash, fsync)", samples, floor: floorSamples)
        let peak = peaks.max() ?? 0
        Report.line("peak memory added by an attach", Double(peak) / 1024, unit: "MB")
        print("(the file is \(size / 1024 / 1024) MB; a chunk is \(AttachmentFileStore.chunkSize / 1024 / 1024) MB)")
    }

    static func writeFile(_ path: String, size: Int, seed: UInt8) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var chunk = [UInt8](repeating: seed, count: 1 << 20)
        chunk.replaceSubrange(0..<8, with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var written = 0
        while written < size {
            let part = min(chunk.count, size - written)
            try handle.write(contentsOf: chunk[0..<part])
            chunk[8] &+= 1
            written += part
        }
        // On disk before anything is timed: ext4's journal would otherwise make the first fsync pay for it.
        try handle.synchronize()
    }

    static func copy(_ source: String, to destination: String) throws {
        let input = open(source, O_RDONLY), output = open(destination, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { close(input); close(output) }
        var buffer = [UInt8](repeating: 0, count: AttachmentFileStore.chunkSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            _ = buffer.withUnsafeBytes { write(output, $0.baseAddress, count) }
        }
        fsync(output)
    }

    /// Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) to the current one.
    static func resetPeak() {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return }
        _ = write(descriptor, "5", 1)
        close(descriptor)
    }

    static func kilobytes(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
