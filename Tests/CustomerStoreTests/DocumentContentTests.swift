import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
import CustomerStore

/// Contract: what a document's content is, once per backend — named by the SHA-256 of its bytes,
/// stored once however often it is attached, read back whole, and refused early (from the size read
/// or the first chunk) without anything kept. Backend-independent halves of `StreamedAttachTests`.
@Suite struct DocumentContentTests {
    let now = Date(timeIntervalSince1970: 1_796_288_400)
    static let pngHead: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 1, count: 24)

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func sparse(_ head: [UInt8], size: Int, named name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(head))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        return path
    }

    @Test(arguments: StoreBackend.all)
    func aSparseTwoGigabyteFileIsRefusedAndNothingIsKept(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let id = try store.customers.create(Fixtures.maria()).id!
        let here = try folder()
        defer { try? FileManager.default.removeItem(at: here) }
        let path = try sparse(Self.pngHead, size: 2 << 30, named: "huge.png", in: here)
        let started = Date()
        #expect(throws: StoreError.attachmentRefused(.tooLarge(fileName: "huge.png", bytes: 2 << 30, content: .accepted(.png)))) {
            try store.attachments.attach(fileAt: path, to: id, now: now)
        }
        #expect(Date().timeIntervalSince(started) < 60, "refused after reading about the limit, not 2 GB")
        #expect(try store.attachments.attachments(for: id).isEmpty)
        // Still room for a real one: nothing half-stored blocks the next attach.
        let small = here.appendingPathComponent("small.png")
        try Data(Self.pngHead).write(to: small)
        #expect(try store.attachments.attach(fileAt: small.path, to: id, now: now).byteCount == Self.pngHead.count)
    }

    @Test(arguments: StoreBackend.all)
    func aFileOfAnotherTypeIsRefusedFromItsFirstChunk(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let id = try store.customers.create(Fixtures.maria()).id!
        let here = try folder()
        defer { try? FileManager.default.removeItem(at: here) }
        let path = try sparse([0, 0, 0, 0x18] + Array("ftypmp42".utf8) + Array(repeating: 0, count: 20), size: 300 << 20, named: "film.pdf", in: here)
        #expect(throws: StoreError.attachmentRefused(.unsupportedType(fileName: "film.pdf", content: .mp4, bytes: 300 << 20))) {
            try store.attachments.attach(fileAt: path, to: id, now: now)
        }
        #expect(try store.attachments.attachments(for: id).isEmpty)
        let empty = here.appendingPathComponent("empty.pdf")
        FileManager.default.createFile(atPath: empty.path, contents: Data())
        #expect(throws: StoreError.attachmentRefused(.empty(fileName: "empty.pdf"))) { try store.attachments.attach(fileAt: empty.path, to: id, now: now) }
    }

    /// 3 MB: more than one chunk (1 MiB) on PostgreSQL, read back in order.
    @Test(arguments: StoreBackend.all)
    func theContentIsNamedByItsHashStoredOnceAndReadBackWhole(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let maria = try store.customers.create(Fixtures.maria()).id!
        let jose = try store.customers.create(Fixtures.jose()).id!
        let here = try folder()
        defer { try? FileManager.default.removeItem(at: here) }
        let bytes = Data(Self.pngHead + (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let path = here.appendingPathComponent("photo.png")
        try bytes.write(to: path)
        let fromFile = try store.attachments.attach(fileAt: path.path, to: maria, now: now)
        let hash = AttachmentFileStore.hash(bytes)  // SHA-256, hex
        #expect(fromFile.contentHash == hash && fromFile.byteCount == bytes.count && fromFile.fileType == .png)
        #expect(try Data(contentsOf: try store.attachments.contentFile(of: fromFile)) == bytes)

        let fromData = try store.attachments.attach(data: bytes, fileName: "same.png", to: jose, now: now)
        #expect(fromData.contentHash == hash, "the same bytes, the same content")
        #expect(try Data(contentsOf: try store.attachments.contentFile(of: fromData)) == bytes)
        let out = here.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let exported = try store.attachments.export(fromData, to: out.path, replacing: false)
        #expect(try Data(contentsOf: URL(fileURLWithPath: exported)) == bytes)

        // Deleting one keeps the content for the other; deleting both lets it go.
        try store.attachments.delete(id: fromFile.id!)
        #expect(try Data(contentsOf: try store.attachments.contentFile(of: fromData)) == bytes)
        try store.attachments.delete(id: fromData.id!)
        #expect(throws: StoreError.self) { try store.attachments.contentFile(of: fromData) }
        #expect(throws: StoreError.self) { try store.attachments.export(fromData, to: out.path, replacing: true) }
    }

    @Test(arguments: StoreBackend.all)
    func anotherCounterReadsTheDocumentAndSeesItsDeletion(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let id = try store.customers.create(Fixtures.maria()).id!
        let other = try backend.secondCounter(to: store)
        let attached = try store.attachments.attach(data: Data("%PDF-1.4 signed consent".utf8), fileName: "consent.pdf", to: id, now: now)
        let seen = try #require(try other.attachments.attachments(for: id).first)
        #expect(seen == attached)
        #expect(try Data(contentsOf: try other.attachments.contentFile(of: seen)) == Data("%PDF-1.4 signed consent".utf8))
        try store.attachments.delete(id: attached.id!)
        #expect(throws: StoreError.self) { try other.attachments.contentFile(of: seen) }
    }
}
