import Foundation
import CustomerStore
import SampleCustomers

/// 16 MB PNG-headed files in `folder`, each ending in bytes of its own (seeded), so that each
/// attach writes new content: for the tests that kill a `documents add` midway.
public struct ScanFiles {
    public let folder: URL
    private var noise: SplitMix64

    public init(in folder: URL, seed: UInt64) {
        self.folder = folder
        noise = SplitMix64(seed: seed)
    }

    /// A new file named after `tag`: its path, its content's hash and its size.
    public mutating func write(_ tag: String) throws -> (path: String, hash: String, bytes: Int) {
        let path = folder.appendingPathComponent("scan-\(tag).png").path
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        data.append(Data(count: 16 << 20))
        data.append(Data((0..<64).map { _ in UInt8(truncatingIfNeeded: noise.next()) }))
        try data.write(to: URL(fileURLWithPath: path))
        return (path, AttachmentFileStore.hash(data), data.count)
    }
}
