import Foundation
import Synchronization
import Testing
import ClienteleTestSupport
import CustomerCore
import PostgresStore

/// Contract: open reminders and their notification, and documents streamed from disk, once per backend.
@Suite struct RemindersAndDocumentsTests {
    let now = Date(timeIntervalSince1970: 1_796_288_400)  // 2026-12-03 09:00 UTC
    let hour: TimeInterval = 3600

    func profiles(_ backend: StoreBackend, _ count: Int = 3) throws -> (store: any ClienteleStoring, ids: [CustomerID]) {
        let store = try backend.makeStore()
        let people = [Fixtures.maria(), Fixtures.jose(), Fixtures.camille()]
        return (store, try (0..<count).map { try store.customers.create(people[$0 % 3]).id! })
    }

    func reminderNote(_ store: any ClienteleStoring, _ customerID: CustomerID, _ body: String, at due: Date?, done: Date? = nil) throws -> Note {
        try store.notes.save(Note(customerID: customerID, body: body, createdAt: now, updatedAt: now,
                                  reminder: due.map { Reminder(dueAt: $0, doneAt: done) }), now: now)
    }

    // MARK: Reminders

    @Test(arguments: StoreBackend.all)
    func openRemindersAreEveryOneNotDoneSoonestFirstWithTheCustomer(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend)
        let later = try reminderNote(store, ids[0], "Call about the colour", at: now + 48 * hour)
        let overdue = try reminderNote(store, ids[1], "Deposit", at: now - 24 * hour)
        let soon = try reminderNote(store, ids[2], "Confirm Saturday", at: now + hour)
        _ = try reminderNote(store, ids[0], "Done already", at: now - 2 * hour, done: now - hour)
        _ = try reminderNote(store, ids[1], "No reminder", at: nil)
        let open = try store.notes.openReminders(limit: 10)
        #expect(open.map(\.note.id) == [overdue.id, soon.id, later.id])
        #expect(open.map(\.customerName) == ["José García", "Camille Lefèvre", "María Núñez"])
        #expect(try store.notes.openReminders(limit: 2).map(\.note.id) == [overdue.id, soon.id])
        #expect(try store.notes.openReminderCount() == 3)
        #expect(try store.notes.dueReminderCount(at: now) == 1)
        try store.notes.markReminderDone(noteID: soon.id!, at: now)
        #expect(try store.notes.openReminders(limit: 10).map(\.note.id) == [overdue.id, later.id])
        #expect(try store.notes.openReminderCount() == 2)
    }

    @Test(arguments: StoreBackend.all)
    func aNoteIsFoundByItsIDAndAnUnknownOneIsNil(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend, 1)
        let note = try reminderNote(store, ids[0], "Walk-in", at: now)
        #expect(try store.notes.note(id: note.id!) == note)
        #expect(try store.notes.note(id: 9_999) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func aDueReminderIsNotifiedOnceUntilItsTimeIsSetAgain(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend, 2)
        let due = try reminderNote(store, ids[0], "Deposit", at: now - hour)
        let upcoming = try reminderNote(store, ids[1], "Saturday", at: now + hour)
        #expect(try store.notes.remindersToNotify(at: now).map(\.note.id) == [due.id])
        try store.notes.markReminderNotified(noteID: due.id!, at: now)
        #expect(try store.notes.remindersToNotify(at: now).isEmpty, "sent once")
        #expect(try store.notes.dueReminderCount(at: now) == 1, "notified is still due until done")

        // Editing the text keeps it notified; a new time makes it notifiable again.
        var edited = try #require(try store.notes.note(id: due.id!))
        edited.body = "Deposit (40 €)"
        _ = try store.notes.save(edited, now: now)
        #expect(try store.notes.remindersToNotify(at: now).isEmpty)
        edited.reminder = Reminder(dueAt: now - 30 * 60)
        _ = try store.notes.save(edited, now: now)
        #expect(try store.notes.remindersToNotify(at: now).map(\.note.id) == [due.id])
        try store.notes.markReminderNotified(noteID: due.id!, at: now)

        // A snooze: sent again once its new time comes, not before.
        try store.notes.snoozeReminder(noteID: due.id!, until: now + 2 * hour)
        #expect(try store.notes.remindersToNotify(at: now).isEmpty)
        #expect(try store.notes.remindersToNotify(at: now + 3 * hour).map(\.note.id) == [upcoming.id, due.id], "soonest first")
        // Done: never sent.
        try store.notes.markReminderDone(noteID: upcoming.id!, at: now)
        #expect(try store.notes.remindersToNotify(at: now + 3 * hour).map(\.note.id) == [due.id])
        #expect(throws: StoreError.notFound(what: "reminder", id: 9_999)) { try store.notes.markReminderNotified(noteID: 9_999, at: now) }
    }

    @Test(arguments: StoreBackend.all)
    func theSameWordsAreDueAtDifferentTimesInDifferentZones(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend, 2)
        func calendar(_ zone: String) -> Calendar {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: zone)!
            return calendar
        }
        let typedAt = now - 48 * hour
        let paris = try ReminderTime.parse("3/12 10h", now: typedAt, calendar: calendar("Europe/Paris"), monthFirst: false)
        let mexico = try ReminderTime.parse("3/12 10h", now: typedAt, calendar: calendar("America/Mexico_City"), monthFirst: false)
        let inParis = try reminderNote(store, ids[0], "Paris shop", at: paris)
        _ = try reminderNote(store, ids[1], "Mexico City shop", at: mexico)
        // 09:30 UTC: 10:30 in Paris, 03:30 in Mexico City.
        let checked = now + 30 * 60
        #expect(try store.notes.dueReminders(at: checked, limit: 10).map(\.note.id) == [inParis.id])
        #expect(try store.notes.dueReminderCount(at: checked) == 1)
        #expect(try store.notes.dueReminderCount(at: now + 7 * hour) == 2, "16:00 UTC is 10:00 in Mexico City")
        #expect(try store.notes.note(id: inParis.id!)?.reminder?.dueAt == now, "stored as the UTC instant")
    }

    // MARK: Documents

    func file(_ bytes: [UInt8], padTo size: Int? = nil, name: String = "scan.png") throws -> (url: URL, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-attach-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        if let size {
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(size))
            try handle.close()
        }
        return (url, folder)
    }

    static let pngHead: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 24)

    @Test(arguments: StoreBackend.all)
    func exactlyTwentyMegabytesAreAcceptedAndOneByteMoreIsRefused(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend, 1)
        let limit = AttachmentRules.maximumBytes
        let exact = try file(Self.pngHead, padTo: limit, name: "exact.png")
        defer { try? FileManager.default.removeItem(at: exact.folder) }
        let attached = try store.attachments.attach(fileAt: exact.url.path, to: ids[0], now: now)
        #expect(attached.byteCount == limit && attached.fileType == .png && attached.fileName == "exact.png")
        #expect(try Data(contentsOf: try store.attachments.contentFile(of: attached)) == (try Data(contentsOf: exact.url)))

        let over = try file(Self.pngHead, padTo: limit + 1, name: "over.png")
        defer { try? FileManager.default.removeItem(at: over.folder) }
        #expect(throws: StoreError.attachmentRefused(.tooLarge(fileName: "over.png", bytes: limit + 1, content: .accepted(.png)))) {
            try store.attachments.attach(fileAt: over.url.path, to: ids[0], now: now)
        }
        #expect(try store.attachments.attachments(for: ids[0]) == [attached])
    }

    @Test(arguments: StoreBackend.all)
    func aFileOfAnotherTypeIsRefusedNamingWhatItIsAndItsSize(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend, 1)
        let zip = try file([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 60), padTo: 3_000, name: "contract.pdf")
        defer { try? FileManager.default.removeItem(at: zip.folder) }
        let refusal = AttachmentRules.Refusal.unsupportedType(fileName: "contract.pdf", content: .zip, bytes: 3_000)
        #expect(throws: StoreError.attachmentRefused(refusal)) { try store.attachments.attach(fileAt: zip.url.path, to: ids[0], now: now) }
        #expect(refusal.description.contains("a ZIP archive") && refusal.description.contains("2.9 KB"))
        #expect(try store.attachments.attachments(for: ids[0]).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func twoCountersAddingTheHundredthTogetherAddOnlyOne(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend, 1)
        let gif = Data("GIF89a-".utf8)
        for index in 0..<99 { _ = try store.attachments.attach(data: gif + Data([UInt8(index)]), fileName: "\(index).gif", to: ids[0]) }
        let other = try backend.secondCounter(to: store)
        // Big enough (16 MB) that both have read the count of 99 before either has stored its row.
        let files = try (0..<2).map { index in try file(Self.pngHead + Array(repeating: UInt8(index), count: 16 << 20), name: "counter\(index).png") }
        defer { files.forEach { try? FileManager.default.removeItem(at: $0.folder) } }
        let counters = [store, other]
        let outcomes = Mutex<[Result<CustomerCore.Attachment, StoreError>]>([])
        let ready = DispatchGroup()
        ready.enter(); ready.enter()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            ready.leave()
            ready.wait()
            let outcome: Result<CustomerCore.Attachment, StoreError>
            do { outcome = .success(try counters[index].attachments.attach(fileAt: files[index].url.path, to: ids[0], now: now)) } catch let error as StoreError {
                outcome = .failure(error)
            } catch { outcome = .failure(StoreError.fileProblem("\(error)")) }
            outcomes.withLock { $0.append(outcome) }
        }
        let results = outcomes.withLock { $0 }
        #expect(results.filter { if case .success = $0 { true } else { false } }.count == 1)
        #expect(results.contains { $0 == .failure(.attachmentRefused(.tooManyFiles(existing: 100))) })
        let stored = try store.attachments.attachments(for: ids[0])
        #expect(stored.count == 100)
        // The refused file's content is not kept: one content per stored document, nothing half-written.
        let kept = try Self.storedContents(store, backend, customerID: ids[0])
        #expect(kept == 100, "\(kept) contents stored")
    }

    /// How many contents the store keeps: files in the attachments folder (SQLite), hashes in the
    /// chunk table (PostgreSQL, where a content file is only this process's readable copy).
    static func storedContents(_ store: any ClienteleStoring, _ backend: StoreBackend, customerID: CustomerID) throws -> Int {
        switch backend {
        case .sqlite:
            guard let any = try store.attachments.attachments(for: customerID).first else { return 0 }
            let root = try store.attachments.contentFile(of: any).deletingLastPathComponent().deletingLastPathComponent()
            return FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }
                .filter { !($0 as NSString).lastPathComponent.hasPrefix(".") && $0.contains("/") }.count
        case .postgres:
            let postgres = try #require(store as? TemporaryPostgresStore)
            return Int(try postgres.store.link.int("SELECT count(DISTINCT content_hash) FROM attachment_content_chunk") ?? 0)
        }
    }

    @Test(arguments: StoreBackend.all)
    func theContentFileGoesOnlyWhenNoProfileRefersToIt(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend, 2)
        let scan = try file(Self.pngHead, name: "consent.png")
        defer { try? FileManager.default.removeItem(at: scan.folder) }
        let first = try store.attachments.attach(fileAt: scan.url.path, to: ids[0], now: now)
        let second = try store.attachments.attach(fileAt: scan.url.path, to: ids[1], now: now)
        #expect(first.contentHash == second.contentHash)
        let content = try store.attachments.contentFile(of: first)
        try store.attachments.delete(id: first.id!)
        #expect(FileManager.default.fileExists(atPath: content.path), "the other profile still refers to it")
        #expect(try store.attachments.attachment(id: first.id!) == nil)
        #expect(try store.attachments.attachment(id: second.id!) == second)
        try store.attachments.delete(id: second.id!)
        #expect(!FileManager.default.fileExists(atPath: content.path))
        #expect(throws: StoreError.self) { try store.attachments.contentFile(of: second) }
    }

    @Test(arguments: StoreBackend.all)
    func anExportNeverOverwritesUnlessToldTo(_ backend: StoreBackend) throws {
        let (store, ids) = try profiles(backend, 1)
        let scan = try file(Self.pngHead, name: "before.png")
        defer { try? FileManager.default.removeItem(at: scan.folder) }
        let attached = try store.attachments.attach(fileAt: scan.url.path, to: ids[0], now: now)
        let out = scan.folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let taken = out.appendingPathComponent("before.png")
        try Data("mine".utf8).write(to: taken)
        #expect(throws: StoreError.fileExists(path: taken.path)) { try store.attachments.export(attached, to: out.path, replacing: false) }
        #expect(try Data(contentsOf: taken) == Data("mine".utf8))
        // The convenience picks a free name.
        #expect(try store.attachments.export(attached, to: out.path) == out.appendingPathComponent("before (1).png").path)
        #expect(try store.attachments.export(attached, to: out.path) == out.appendingPathComponent("before (2).png").path)
        #expect(try store.attachments.export(attached, to: out.path, replacing: true) == taken.path)
        #expect(try Data(contentsOf: taken) == Data(Self.pngHead))
        let missing = out.appendingPathComponent("nowhere").path
        #expect(throws: StoreError.fileProblem("there is no folder \(missing)")) { try store.attachments.export(attached, to: missing, replacing: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["before (1).png", "before (2).png", "before.png"],
                "no temporary file left")
    }
}
