import Foundation
import GRDB
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import CustomerStore

/// `Maintenance.backup` on SQLite files: the copy opens as a store with its documents beside it, a
/// name already taken or an unusable folder is refused with nothing written, and a copy taken while
/// another counter writes is one committed state with every file it refers to.
@Suite struct BackupFileTests {
    let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theBackupOpensAsAStoreWithItsDocumentsBesideIt() throws {
        let temp = try TemporaryStore()
        let ana = try temp.store.customers.create(Fixtures.maria()).id!
        let jose = try temp.store.customers.create(Fixtures.jose()).id!
        let scan = try temp.store.attachments.attach(data: png + Data("scan".utf8), fileName: "scan.png", to: ana)
        _ = try temp.store.attachments.attach(data: png + Data("scan".utf8), fileName: "same.png", to: jose)
        _ = try temp.store.attachments.attach(data: png + Data("other".utf8), fileName: "other.png", to: jose)
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("copy.sqlite").path

        let summary = try temp.store.maintenance.backup(to: path)
        #expect(summary.customers == 2 && summary.documents == 3 && summary.files == 2, "\(summary)")
        #expect(summary.file == path && summary.bytes > 0 && summary.seconds >= 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["attachments", "copy.sqlite"], "no partial left")

        let copy = ClienteleStore(database: try AppDatabase(path: path), region: "US")
        #expect(try copy.maintenance.integrityProblems().isEmpty)
        #expect(try copy.customers.count() == 2)
        let restored = try #require(try copy.attachments.attachment(id: scan.id!))
        #expect(try Data(contentsOf: try copy.attachments.contentFile(of: restored)) == png + Data("scan".utf8))
        // Hard-linked on one file system: the same file, not a second copy of its bytes.
        let live = try FileManager.default.attributesOfItem(atPath: try temp.store.attachments.contentFile(of: scan).path)
        let copied = try FileManager.default.attributesOfItem(atPath: try copy.attachments.contentFile(of: restored).path)
        #expect(live[.systemFileNumber] as? Int == copied[.systemFileNumber] as? Int)
    }

    @Test func aNameAlreadyTakenOrAnUnusableFolderIsRefusedWithNothingWritten() throws {
        let temp = try TemporaryStore()
        _ = try temp.store.customers.create(Fixtures.maria())
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let taken = out.appendingPathComponent("taken.sqlite")
        try Data("keep me".utf8).write(to: taken)

        #expect(throws: StoreError.fileExists(path: taken.path)) { try temp.store.maintenance.backup(to: taken.path) }
        #expect(try Data(contentsOf: taken) == Data("keep me".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["taken.sqlite"])

        let missing = out.appendingPathComponent("nowhere/copy.sqlite").path
        #expect(throws: StoreError.self) { try temp.store.maintenance.backup(to: missing) }
        do {
            try temp.store.maintenance.backup(to: missing)
        } catch StoreError.unusableDestination(_, let reason) {
            #expect(reason.contains("does not exist"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["taken.sqlite"])
    }

    /// Another counter adds customers, each with a document, while the backup runs: the copy holds
    /// whole transactions only (every customer has its document) and every file it names.
    @Test func aBackupTakenWhileAnotherCounterWritesIsOneCommittedState() throws {
        let temp = try TemporaryStore()
        try temp.store.demo.load(count: 2_000)
        let other = try temp.secondCounter()
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let stop = LockedFlag()
        let writer = Thread {
            var index = 0
            while !stop.isSet {
                index += 1
                // A customer, then its document (two transactions): the copy may hold either state, never half of one.
                guard let id = try? other.customers.create(Customer(givenName: "Writer \(index)")).id else { continue }
                _ = try? other.attachments.attach(data: self.png + Data("writer \(index)".utf8), fileName: "w\(index).png", to: id)
            }
        }
        writer.start()
        Thread.sleep(forTimeInterval: 0.2)
        var summaries: [BackupSummary] = []
        for round in 0..<3 {
            summaries.append(try temp.store.maintenance.backup(to: out.appendingPathComponent("copy\(round).sqlite").path))
        }
        stop.set()
        while writer.isExecuting { Thread.sleep(forTimeInterval: 0.01) }

        for (round, summary) in summaries.enumerated() {
            let copy = ClienteleStore(database: try AppDatabase(path: out.appendingPathComponent("copy\(round).sqlite").path), region: "US")
            #expect(try copy.maintenance.integrityProblems().isEmpty)
            #expect(try copy.customers.count() == summary.customers)
            try copy.database.writer.read { db in
                for hash in try String.fetchAll(db, sql: "SELECT DISTINCT content_hash FROM attachment") {
                    #expect(FileManager.default.fileExists(atPath: copy.attachments.files.url(forHash: hash).path), "file \(hash) of the copy")
                }
            }
        }
        #expect(summaries.last!.customers > 2_000, "the other counter wrote meanwhile: \(summaries.map(\.customers))")
    }
}

/// A flag one thread sets and another reads.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
