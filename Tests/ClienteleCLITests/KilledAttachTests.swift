import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import CustomerStore
import GRDB

/// `clientele documents add` killed (SIGKILL) at random moments while it streams a 20 MB file:
/// never a truncated file under a hash's name, never a row without its file; what is left is a
/// `.tmp-*` file, which the next attach or `clientele check` removes.
@Suite(.serialized, .enabled(if: ShopFolder.isSQLite, "about the SQLite file itself: run in the file pass only")) struct KilledAttachTests {
    @Test func anAttachKilledAtAnyMomentLeavesNoHalfFileAndNoRowWithoutItsFile() throws {
        let temporary = try TemporaryStore()
        let customerID = try temporary.store.customers.create(Fixtures.maria()).id!
        var generator = SystemRandomNumberGenerator()
        var killedWhileRunning = 0
        for round in 0..<6 {
            // A different 20 MB PNG-headed file each round, so that each writes new content.
            let path = temporary.directory.appendingPathComponent("scan-\(round).png").path
            var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, UInt8(round)])
            data.append(Data(count: AttachmentRules.maximumBytes - 9 - 1024))
            data.append(Data((0..<1024).map { _ in UInt8.random(in: 0...255, using: &generator) }))
            try data.write(to: URL(fileURLWithPath: path))
            // Every other round waits until the file is being streamed in (its temporary file exists), then
            // kills within 30 ms; the others kill at a random moment of the first quarter second.
            let root = try #require(temporary.store.database.attachmentsDirectory)
            let streaming = round % 2 == 0
            let settle = streaming ? Double.random(in: 0...0.03, using: &generator) : Double.random(in: 0...0.25, using: &generator)
            let started: () throws -> Bool = {
                !streaming || ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).contains { $0.hasPrefix(".tmp-") }
            }
            if try ClienteleProcess.killMidway(["documents", "add", String(customerID), path, "--db", temporary.path], settle: settle, once: started) {
                killedWhileRunning += 1
            }
            try Self.checkNothingHalfDone(temporary)
        }
        #expect(killedWhileRunning > 0, "every attach finished before it could be killed")

        // The check removes what the killed ones left.
        let check = try ClienteleProcess.run(["check", "--db", temporary.path])
        #expect(check.status == 0, "\(check.standardError)")
        let root = try #require(temporary.store.database.attachmentsDirectory)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.filter { $0.hasPrefix(".tmp-") } ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Every content file holds exactly the bytes its name hashes; every row has its file, of its size.
    static func checkNothingHalfDone(_ temporary: TemporaryStore) throws {
        guard let root = temporary.store.database.attachmentsDirectory, FileManager.default.fileExists(atPath: root.path) else { return }
        for prefix in try FileManager.default.contentsOfDirectory(atPath: root.path) where !prefix.hasPrefix(".") {
            for rest in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(prefix).path) {
                let file = root.appendingPathComponent(prefix).appendingPathComponent(rest)
                #expect(!rest.hasPrefix(".tmp-"), "temporary files live in the folder's root")
                #expect(AttachmentFileStore.hash(try Data(contentsOf: file)) == prefix + rest, "\(file.path) is not whole")
            }
        }
        let fresh = try temporary.secondCounter()
        let rows = try fresh.database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT content_hash, byte_count FROM attachment").map { ($0["content_hash"] as String, $0["byte_count"] as Int) }
        }
        for (hash, bytes) in rows {
            let attributes = try? FileManager.default.attributesOfItem(atPath: fresh.attachments.files.url(forHash: hash).path)
            #expect((attributes?[.size] as? NSNumber)?.intValue == bytes, "row \(hash.prefix(12)) without its whole file")
        }
    }
}
