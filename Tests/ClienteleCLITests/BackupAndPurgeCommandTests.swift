import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import CustomerStore
import GRDB
import SampleCustomers

/// `clientele backup FILE` and `clientele merge --purge-older-than DAYS` as scripts use them: the
/// real binary on a real file, with other real processes writing meanwhile.
@Suite(.serialized) struct BackupAndPurgeCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-backup-cli")
    }

    func run(_ arguments: [String], db: String? = nil) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db ?? self.db], environment: ["TZ": "UTC"])
    }

    func json(_ outcome: ClienteleProcess.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any], "\(outcome.standardOutput)")
    }

    func customer(_ given: String, db: String? = nil) throws -> Int64 {
        let outcome = try run(["add", "--given-name", given, "--family-name", "Ruiz", "--json"], db: db)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return (try json(outcome)["id"] as! NSNumber).int64Value
    }

    func png(_ tag: String) throws -> String {
        let path = directory.appendingPathComponent("\(tag).png").path
        try (Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(String(repeating: tag, count: 8).utf8)).write(to: URL(fileURLWithPath: path))
        return path
    }

    // MARK: backup

    @Test func aBackupWithDocumentsPassesTheCheckAndItsDocumentsOpenFromIt() throws {
        let ana = try customer("Ana")
        let added = try run(["documents", "add", String(ana), try png("consent"), "--name", "consent.png"])
        #expect(added.status == 0, "\(added.standardError)")
        let document = try #require(Int64(added.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))
        let file = directory.appendingPathComponent("saved/shop-backup.sqlite").path
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)

        let backup = try run(["backup", file, "--json"])
        #expect(backup.status == 0, "\(backup.standardError)")
        let summary = try json(backup)
        #expect(Set(summary.keys) == ["file", "customers", "documents", "bytes", "seconds"])
        #expect(summary["file"] as? String == file && summary["customers"] as? Int == 1 && summary["documents"] as? Int == 1)
        #expect((summary["bytes"] as? Int ?? 0) > 0)

        let check = try run(["check"], db: file)
        #expect(check.status == 0 && check.standardOutput == "ok\n", "\(check.standardError)")
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(try run(["documents", String(ana), "--json"], db: file).standardOutput.utf8))
                                  as? [[String: Any]])
        #expect(listed.map { $0["name"] as? String } == ["consent.png"])
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let exported = try run(["documents", "export", String(document), "--to", out.path], db: file)
        #expect(exported.status == 0, "\(exported.standardError)")
        #expect(try Data(contentsOf: out.appendingPathComponent("consent.png")) == Data(contentsOf: URL(fileURLWithPath: try png("consent"))))

        let human = try run(["backup", directory.appendingPathComponent("saved/second.sqlite").path])
        #expect(human.status == 0 && human.standardOutput.contains("Backed up 1 customer and 1 document to "), "\(human.standardOutput)")
    }

    @Test func aBackupNeverReplacesAFileAndSaysWhyAFolderWillNotDo() throws {
        _ = try customer("Ana")
        let file = directory.appendingPathComponent("backup.sqlite").path
        #expect(try run(["backup", file]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        _ = try customer("Eva")

        let again = try run(["backup", file])
        #expect(again.status == 3 && again.standardError.contains("already exists"), "\(again.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "untouched")
        let missing = try run(["backup", directory.appendingPathComponent("no/such/folder/b.sqlite").path])
        #expect(missing.status == 3 && missing.standardError.contains("does not exist"), "\(missing.standardError)")
        let underAFile = try run(["backup", file + "/b.sqlite"])
        #expect(underAFile.status == 3 && underAFile.standardError.contains("is not a folder"), "\(underAFile.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!names.contains { $0.contains(".partial-") }, "\(names)")
        #expect(try run(["backup"]).status == 64)
    }

    /// Another process imports a list (one transaction) and two more add customers with documents
    /// while backups are taken: each backup passes the check, holds the import wholly or not at all,
    /// says the count it holds, and has every document file it refers to. From a file, or from a
    /// server (one snapshot of it, in the PostgreSQL pass).
    @Test func aBackupTakenWhileOtherProcessesWriteIsOneCommittedState() throws {
        #expect(try run(["demo", "--count", "300"]).status == 0)
        let importedBefore = try ShopFolder.integer("SELECT count(*) FROM customer WHERE creation_source = 'import'", in: db)
        let csv = try SampleListFile.write(CustomerListOptions(rows: 20_000, layout: .square), in: directory)
        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: ClienteleProcess.binaryPath)
        importer.arguments = ["import", csv, "--db", db, "--json", "--no-group"]
        let importOutput = Pipe()
        importer.standardOutput = importOutput
        importer.standardError = FileHandle.nullDevice

        let stop = ThreadFlag()
        let adders = (0..<2).map { counter in
            Thread {
                var index = 0
                while !stop.isSet {
                    index += 1
                    guard let outcome = try? ClienteleProcess.run(["add", "--given-name", "Counter\(counter) \(index)", "--json", "--db", self.db]),
                          outcome.status == 0,
                          let object = try? JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any],
                          let id = (object["id"] as? NSNumber)?.int64Value,
                          let file = try? self.png("c\(counter)-\(index)") else { continue }
                    _ = try? ClienteleProcess.run(["documents", "add", String(id), file, "--db", self.db])
                }
            }
        }
        adders.forEach { $0.start() }
        try importer.run()
        var summaries: [[String: Any]] = []
        var whileImporting = 0
        func backup() throws {
            let importing = importer.isRunning
            let outcome = try run(["backup", directory.appendingPathComponent("during-\(summaries.count).sqlite").path, "--json"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            summaries.append(try json(outcome))
            if importing && importer.isRunning { whileImporting += 1 }
        }
        while importer.isRunning && summaries.count < 20 {
            Thread.sleep(forTimeInterval: 0.2)
            try backup()
        }
        importer.waitUntilExit()
        Thread.sleep(forTimeInterval: 1)
        try backup()  // after the import, the others still adding
        stop.set()
        adders.forEach { while $0.isExecuting { Thread.sleep(forTimeInterval: 0.02) } }
        let imported = (try JSONSerialization.jsonObject(with: importOutput.fileHandleForReading.readDataToEndOfFile()) as? [String: Any])?["imported"] as? Int
        let importedRows = try #require(imported)
        #expect(importedRows > 10_000)

        for (round, summary) in summaries.enumerated() {
            let path = directory.appendingPathComponent("during-\(round).sqlite").path
            #expect(try run(["check"], db: path).standardOutput == "ok\n")
            let copy = try DatabaseQueue(path: path)
            try copy.read { db in
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") == summary["customers"] as? Int)
                let fromImport = try Int.fetchOne(db, sql: "SELECT count(*) FROM customer WHERE creation_source = 'import'") ?? -1
                #expect(fromImport == importedBefore || fromImport == importedBefore + importedRows,
                        "the import wholly or not at all: \(fromImport) of \(importedBefore) + \(importedRows)")
                let files = AttachmentFileStore(root: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("attachments"))
                for row in try Row.fetchAll(db, sql: "SELECT content_hash, byte_count FROM attachment") {
                    let attributes = try? FileManager.default.attributesOfItem(atPath: files.url(forHash: row["content_hash"]).path)
                    #expect((attributes?[.size] as? NSNumber)?.intValue == row["byte_count"] as Int, "the file of \(row["content_hash"] as String)")
                }
            }
            try copy.close()
        }
        #expect(whileImporting > 0, "no backup ran while the import did")
        #expect(summaries.last?["customers"] as? Int ?? 0 > 300 + importedRows, "the import and the others' adds are in the last one: \(summaries)")
    }

    // MARK: merge --purge-older-than

    @Test func aPurgeAsksForYesThenSaysWhatWentAndUndoSaysItWasPurged() throws {
        // Ana is the newer, so the merge keeps her name (each field keeps the most recently updated value).
        let twin = try customer("Anita"), ana = try customer("Ana")
        let merged = try run(["merge", String(ana), String(twin), "--keep", String(ana), "--json"])
        #expect(merged.status == 0, "\(merged.standardError)")
        let mergeID = (try json(merged)["mergeId"] as! NSNumber).int64Value
        // Made 40 days ago, as far as the history knows.
        try ShopFolder.runSQL("UPDATE merge_record SET created_at = created_at - \(Int64(40 * 86_400_000))", in: db)

        #expect(try run(["merge", "--purge-older-than", "0", "--yes"]).status == 64)
        #expect(try run(["merge", "--purge-older-than", "30", String(ana)]).status == 64)
        let asked = try run(["merge", "--purge-older-than", "30"])
        #expect(asked.status == 3 && asked.standardError.contains("1 merge record is older than 30 days") && asked.standardError.contains("--yes"),
                "\(asked.standardError)")
        let kept = try run(["merge", "--purge-older-than", "50", "--yes", "--json"])
        let keptRecords = try json(kept)["records"] as? Int
        #expect(kept.status == 0 && keptRecords == 0, "\(kept.standardError)")

        let purged = try run(["merge", "--purge-older-than", "30", "--yes"])
        #expect(purged.status == 0 && purged.standardOutput.contains("Purged 1 merge record older than 30 days"), "\(purged.standardOutput)")
        let undo = try run(["merge", "--undo", String(mergeID)])
        #expect(undo.status == 3, "\(undo.standardError)")
        #expect(undo.standardError.contains("the merge of Anita Ruiz into Ana Ruiz on ") && undo.standardError.contains("was purged from the history on ")
                && undo.standardError.contains("it can no longer be undone"), "\(undo.standardError)")
        #expect(try run(["merge", "--undo", "999"]).status == 1, "a merge that never was is still not found")
    }
}
