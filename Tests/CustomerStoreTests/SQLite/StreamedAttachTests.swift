import Foundation
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// SQLite-specific: how `attach(fileAt:)` reads a file (chunks, never whole) and what it leaves in
/// the attachments folder (`.tmp-*` files only while an attach is running).
@Suite struct StreamedAttachTests {
    static let pngHead: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 1, count: 24)

    @Test func aSparseTwoGigabyteFileIsRefusedAfterReadingLittleMoreThanTheLimit() throws {
        let temp = try TemporaryStore()
        let customerID = try temp.store.customers.create(Fixtures.maria()).id!
        let path = temp.directory.appendingPathComponent("huge.png").path
        FileManager.default.createFile(atPath: path, contents: Data(Self.pngHead))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let counter = AttachmentFileStore.ByteCounter()
        #expect(throws: StoreError.attachmentRefused(.tooLarge(fileName: "huge.png", bytes: 2 << 30, content: .accepted(.png)))) {
            try temp.store.attachments.attach(fileAt: path, to: customerID, now: Date(), counter: counter)
        }
        #expect(counter.bytesRead > AttachmentRules.maximumBytes)
        #expect(counter.bytesRead <= AttachmentRules.maximumBytes + AttachmentFileStore.chunkSize, "read \(counter.bytesRead) bytes")
        #expect(try temp.store.attachments.attachments(for: customerID).isEmpty)
        #expect(try Self.files(in: temp).isEmpty, "nothing kept, no temporary file left")
    }

    @Test func aFileOfAnotherTypeIsRefusedFromItsFirstChunk() throws {
        let temp = try TemporaryStore()
        let customerID = try temp.store.customers.create(Fixtures.maria()).id!
        let path = temp.directory.appendingPathComponent("film.pdf").path
        FileManager.default.createFile(atPath: path, contents: Data([0, 0, 0, 0x18] + Array("ftypmp42".utf8) + Array(repeating: 0, count: 20)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 300 << 20)
        try handle.close()
        let counter = AttachmentFileStore.ByteCounter()
        #expect(throws: StoreError.attachmentRefused(.unsupportedType(fileName: "film.pdf", content: .mp4, bytes: 300 << 20))) {
            try temp.store.attachments.attach(fileAt: path, to: customerID, now: Date(), counter: counter)
        }
        #expect(counter.bytesRead <= AttachmentFileStore.chunkSize)
    }

    @Test func leftoversOfAKilledAttachGoWithTheNextAttachOrTheCheckButNotARunningOnes() throws {
        let temp = try TemporaryStore()
        let customerID = try temp.store.customers.create(Fixtures.maria()).id!
        let root = try #require(temp.store.database.attachmentsDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let leftover = root.appendingPathComponent(".tmp-killed")
        let running = root.appendingPathComponent(".tmp-running")
        FileManager.default.createFile(atPath: leftover.path, contents: Data(repeating: 1, count: 1000))
        FileManager.default.createFile(atPath: running.path, contents: Data(repeating: 2, count: 1000))
        // Another attach still writing holds its file's lock.
        let holder = open(running.path, O_RDONLY | O_CLOEXEC)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)

        let path = temp.directory.appendingPathComponent("scan.png").path
        FileManager.default.createFile(atPath: path, contents: Data(Self.pngHead))
        _ = try temp.store.attachments.attach(fileAt: path, to: customerID)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: running.path))

        FileManager.default.createFile(atPath: leftover.path, contents: Data(repeating: 1, count: 10))
        #expect(try temp.store.maintenance.removeLeftovers() == 1)
        #expect(!FileManager.default.fileExists(atPath: leftover.path) && FileManager.default.fileExists(atPath: running.path))
    }

    /// What a kill between placing the content file and committing its row leaves: the file and its
    /// unlocked `.placing-` name. The maintenance pass removes that file, and never a content file
    /// that was there before (a backup beside this database may name it) nor one a row names.
    @Test func aContentFilePlacedByAKilledAttachIsRemovedAndNoOtherOne() throws {
        let temp = try TemporaryStore()
        let customerID = try temp.store.customers.create(Fixtures.maria()).id!
        let files = temp.store.attachments.files
        let root = try #require(temp.store.database.attachmentsDirectory)
        func content(_ hash: String, _ bytes: [UInt8]) throws -> URL {
            let url = files.url(forHash: hash)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
            return url
        }
        let orphan = try content(String(repeating: "ab", count: 32), Self.pngHead)
        #expect(link(orphan.path, root.appendingPathComponent(".placing-\(String(repeating: "ab", count: 32))-x").path) == 0)
        // Another database's file of that name was there: the placing name is another file (not linked).
        let others = try content(String(repeating: "cd", count: 32), Self.pngHead + [1])
        FileManager.default.createFile(atPath: root.appendingPathComponent(".placing-\(String(repeating: "cd", count: 32))-y").path, contents: Data([1]))
        // A row names this one: its attach committed, then died before removing its placing name.
        let named = try temp.store.attachments.attach(data: Data(Self.pngHead + [2]), fileName: "named.png", to: customerID)
        #expect(link(files.url(forHash: named.contentHash).path, root.appendingPathComponent(".placing-\(named.contentHash)-z").path) == 0)

        #expect(try temp.store.maintenance.removeLeftovers() == 1)
        #expect(!FileManager.default.fileExists(atPath: orphan.path))
        #expect(FileManager.default.fileExists(atPath: others.path))
        #expect(FileManager.default.fileExists(atPath: files.url(forHash: named.contentHash).path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".placing-") }.isEmpty)
    }

    @Test func aFinishedAttachLeavesNoPlacingName() throws {
        let temp = try TemporaryStore()
        let customerID = try temp.store.customers.create(Fixtures.maria()).id!
        let path = temp.directory.appendingPathComponent("scan.png").path
        FileManager.default.createFile(atPath: path, contents: Data(Self.pngHead + [9]))
        let attached = try temp.store.attachments.attach(fileAt: path, to: customerID)
        _ = try temp.store.attachments.attach(data: Data(Self.pngHead + [8]), fileName: "b.png", to: customerID)
        let root = try #require(temp.store.database.attachmentsDirectory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }.isEmpty)
        #expect(FileManager.default.fileExists(atPath: temp.store.attachments.files.url(forHash: attached.contentHash).path))
    }

    @Test func theContentFileIsNamedByItsHashAndHoldsTheBytes() throws {
        let temp = try TemporaryStore()
        let customerID = try temp.store.customers.create(Fixtures.maria()).id!
        let bytes = Data(Self.pngHead + (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let path = temp.directory.appendingPathComponent("photo.png").path
        try bytes.write(to: URL(fileURLWithPath: path))
        let attached = try temp.store.attachments.attach(fileAt: path, to: customerID)
        #expect(attached.contentHash == AttachmentFileStore.hash(bytes))
        let content = try temp.store.attachments.contentFile(of: attached)
        #expect(content == temp.store.attachments.files.url(forHash: attached.contentHash))
        #expect(try Data(contentsOf: content) == bytes)
        #expect(try Self.files(in: temp) == [String(attached.contentHash.prefix(2)) + "/" + String(attached.contentHash.dropFirst(2))])
    }

    /// Every file under the attachments folder, relative to it.
    static func files(in temp: TemporaryStore) throws -> [String] {
        guard let root = temp.store.database.attachmentsDirectory, FileManager.default.fileExists(atPath: root.path) else { return [] }
        return FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }.filter { relative in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }
}
