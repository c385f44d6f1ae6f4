import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: purging the merge history (PRODUCT §5, "until the user purges history") — older
/// records go, newer stay, and the undo of a purged merge says it was purged — once per backend.
@Suite struct MergePurgeTests {
    let t0 = Date(timeIntervalSince1970: 1_760_000_000)
    let day: TimeInterval = 86_400

    func pair(_ store: any ClienteleStoring, _ given: String, at time: Date) throws -> (survivor: CustomerID, absorbed: CustomerID) {
        let survivor = try store.customers.create(Customer(givenName: given, familyName: "Silva"), now: time).id!
        let absorbed = try store.customers.create(Customer(givenName: given + "a", familyName: "Silva"), now: time.addingTimeInterval(1)).id!
        return (survivor, absorbed)
    }

    @Test(arguments: StoreBackend.all)
    func aPurgeTakesTheMergesOlderThanTheDaysAndKeepsTheNewerOnes(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let old = try pair(store, "Ana", at: t0), recent = try pair(store, "Eva", at: t0)
        let undoneOld = try pair(store, "Ivo", at: t0)
        let oldMerge = try store.merges.merge(old.survivor, absorbing: old.absorbed, keepNewestDocuments: false, now: t0)
        let undone = try store.merges.merge(undoneOld.survivor, absorbing: undoneOld.absorbed, keepNewestDocuments: false, now: t0)
        try store.merges.undo(mergeID: undone.id, now: t0.addingTimeInterval(60))
        let recentMerge = try store.merges.merge(recent.survivor, absorbing: recent.absorbed, keepNewestDocuments: false,
                                                 now: t0.addingTimeInterval(20 * day))
        let now = t0.addingTimeInterval(31 * day)

        #expect(try store.merges.purgeableCount(olderThanDays: 30, now: now) == 2, "undone or not")
        #expect(try store.merges.purgeableCount(olderThanDays: 5, now: now) == 3)
        let purge = try store.merges.purgeHistory(olderThanDays: 30, now: now)
        #expect(purge == MergePurge(records: 2, files: 0))
        #expect(try store.merges.record(id: oldMerge.id) == nil)
        #expect(try store.merges.record(id: recentMerge.id) != nil)
        #expect(try store.merges.purgeableCount(olderThanDays: 30, now: now) == 0)

        // The history still lists the purged merge, marked, so the card can say why it cannot be undone.
        let history = try store.merges.history(of: old.survivor)
        #expect(history.count == 1 && history[0].id == oldMerge.id && history[0].isPurged && !history[0].isUndone)
        #expect(history[0].purgedAt == now && history[0].absorbedName == "Anaa Silva" && history[0].createdAt == oldMerge.createdAt)
        // The newer one is untouched and still undoes.
        try store.merges.undo(mergeID: recentMerge.id, now: now)
        #expect(try store.customers.customer(id: recent.absorbed) != nil)
    }

    @Test(arguments: StoreBackend.all)
    func theUndoOfAPurgedMergeIsRefusedSayingItWasPurged(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let ana = try pair(store, "Ana", at: t0)
        let merge = try store.merges.merge(ana.survivor, absorbing: ana.absorbed, keepNewestDocuments: false, now: t0)
        let now = t0.addingTimeInterval(10 * day)
        try store.merges.purgeHistory(olderThanDays: 7, now: now)

        let purged = MergeRecord(id: merge.id, survivorID: ana.survivor, absorbedID: ana.absorbed, absorbedName: "Anaa Silva",
                                 createdAt: merge.createdAt, undoneAt: nil, purgedAt: now)
        #expect(throws: MergeRefusal.purged(purged)) { try store.merges.undo(mergeID: merge.id, now: now) }
        #expect("\(MergeRefusal.purged(purged))".contains("was purged from the history"))
        #expect(try store.customers.customer(id: ana.absorbed) == nil, "nothing came back")
        // A merge that never was is still "not found", not "purged".
        #expect(throws: StoreError.notFound(what: "merge", id: 999)) { try store.merges.undo(mergeID: 999, now: now) }
    }

    @Test(arguments: StoreBackend.all)
    func aMergeAfterAPurgeNeverTakesThePurgedMergesID(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let ana = try pair(store, "Ana", at: t0), eva = try pair(store, "Eva", at: t0)
        let first = try store.merges.merge(ana.survivor, absorbing: ana.absorbed, keepNewestDocuments: false, now: t0)
        try store.merges.purgeHistory(olderThanDays: 1, now: t0.addingTimeInterval(2 * day))
        let next = try store.merges.merge(eva.survivor, absorbing: eva.absorbed, keepNewestDocuments: false, now: t0.addingTimeInterval(2 * day))
        #expect(next.id > first.id)
        #expect(throws: MergeRefusal.self) { try store.merges.undo(mergeID: first.id) }
        try store.merges.undo(mergeID: next.id)
    }

    @Test(arguments: StoreBackend.all)
    func fewerThanOneDayIsRefused(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        #expect(throws: StoreError.self) { try store.merges.purgeHistory(olderThanDays: 0, now: t0) }
    }

    /// Documents left out of a merge (past the 100 limit) live on in its snapshot only: the purge
    /// takes their file, unless another profile's document holds the same bytes.
    @Test func filesOnlyAPurgedSnapshotKeptGoAndSharedOnesStay() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let ana = try store.customers.create(Customer(givenName: "Ana"), now: t0).id!
        let twin = try store.customers.create(Customer(givenName: "Ana", familyName: "B"), now: t0).id!
        let luis = try store.customers.create(Customer(givenName: "Luis"), now: t0).id!
        for index in 0..<AttachmentRules.maximumFilesPerCustomer {
            _ = try store.attachments.attach(data: png + Data("ana \(index)".utf8), fileName: "a\(index).png", to: ana,
                                             now: t0.addingTimeInterval(Double(index + 10)))
        }
        let alone = try store.attachments.attach(data: png + Data("twin alone".utf8), fileName: "alone.png", to: twin, now: t0)
        let shared = try store.attachments.attach(data: png + Data("shared bytes".utf8), fileName: "shared.png", to: twin, now: t0)
        _ = try store.attachments.attach(data: png + Data("shared bytes".utf8), fileName: "luis.png", to: luis, now: t0)
        let aloneFile = try store.attachments.contentFile(of: alone), sharedFile = try store.attachments.contentFile(of: shared)
        try store.merges.merge(ana, absorbing: twin, keepNewestDocuments: true, now: t0)
        #expect(try store.attachments.attachment(id: alone.id!) == nil && FileManager.default.fileExists(atPath: aloneFile.path),
                "left out of the merge, kept for its undo")

        let purge = try store.merges.purgeHistory(olderThanDays: 1, now: t0.addingTimeInterval(2 * day))
        #expect(purge == MergePurge(records: 1, files: 1))
        #expect(!FileManager.default.fileExists(atPath: aloneFile.path), "only the purged snapshot kept it")
        #expect(FileManager.default.fileExists(atPath: sharedFile.path), "Luis's document holds the same bytes")
        #expect(try store.maintenance.integrityProblems().isEmpty)
    }
}
