import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: a merge and its undo of profiles that hold nothing but themselves, with plans built
/// from the profiles alone (so that they run on a backend whose other parts are still being ported):
/// the transaction boundaries, the stale-plan conflict, two counters racing, the ignored pairs, ids
/// never reused after a purge — once per backend.
@Suite struct MergeOfProfilesTests {
    let now = Date(timeIntervalSince1970: 1_760_000_000)
    let day: TimeInterval = 86_400

    func plan(_ store: any ClienteleStoring, _ survivor: CustomerID, _ absorbed: CustomerID) throws -> MergePlan {
        MergePlan(survivor: CustomerCard(customer: try #require(try store.customers.customer(id: survivor))),
                  absorbed: CustomerCard(customer: try #require(try store.customers.customer(id: absorbed))))
    }

    func twins(_ store: any ClienteleStoring) throws -> (ana: Customer, anna: Customer) {
        let ana = try store.customers.create(Customer(givenName: "Ana", familyName: "Silva", emailAddress: "ana@example.com",
                                                      memo: "Prefers mornings"), now: now)
        let anna = try store.customers.create(Customer(givenName: "Anna", familyName: "Silva", emailAddress: "ANA@example.com",
                                                       phoneNumber: "+1 415 555 0199"), now: now.addingTimeInterval(60))
        return (ana, anna)
    }

    @Test(arguments: StoreBackend.all)
    func aMergeFoldsTheProfileAndItsUndoGivesBothBack(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let (ana, anna) = try twins(store)
        let record = try store.merges.apply(try plan(store, ana.id!, anna.id!), now: now.addingTimeInterval(120))
        #expect(record.survivorID == ana.id && record.absorbedID == anna.id && record.absorbedName == anna.displayName && record.undoneAt == nil)
        #expect(try store.customers.customer(id: anna.id!) == nil)
        let merged = try #require(try store.customers.customer(id: ana.id!))
        #expect(merged.phoneNumber == "+1 415 555 0199" && merged.memo == "Prefers mornings" && merged.version == ana.version + 1)
        #expect(try store.merges.record(id: record.id) == record)
        #expect(try store.merges.history(of: ana.id!) == [record])

        let undone = try store.merges.undo(mergeID: record.id, now: now.addingTimeInterval(180))
        #expect(undone.undoneAt == now.addingTimeInterval(180))
        let back = try #require(try store.customers.customer(id: anna.id!))
        #expect(back.givenName == "Anna" && back.phoneNumber == "+1 415 555 0199" && back.createdAt == anna.createdAt)
        let survivor = try #require(try store.customers.customer(id: ana.id!))
        #expect(survivor.phoneNumber == "" && survivor.memo == "Prefers mornings" && survivor.updatedAt == ana.updatedAt)
        #expect(throws: MergeRefusal.alreadyUndone(mergeID: record.id)) { try store.merges.undo(mergeID: record.id, now: now) }
        #expect(throws: StoreError.self) { try store.merges.undo(mergeID: record.id + 100, now: now) }
    }

    @Test(arguments: StoreBackend.all)
    func aPlanMadeBeforeASaveIsAConflictAndChangesNothing(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let (ana, anna) = try twins(store)
        let stale = try plan(store, ana.id!, anna.id!)
        var edited = try #require(try store.customers.customer(id: anna.id!))
        edited.memo = "Saved at the other counter"
        let saved = try store.customers.update(edited, now: now.addingTimeInterval(90))
        do {
            try store.merges.apply(stale, now: now.addingTimeInterval(120))
            Issue.record("a stale plan was applied")
        } catch StoreError.conflict(let current) {
            #expect(current.id == anna.id && current.version == saved.version)
        }
        #expect(try store.customers.customer(id: anna.id!) == saved)
        #expect(try store.customers.customer(id: ana.id!) == ana)
        #expect(try store.merges.history(of: ana.id!).isEmpty)
        #expect(throws: MergeRefusal.sameProfile) { try store.merges.proposedPlan(ana.id!, ana.id!, keep: nil) }
    }

    /// Two counters merge the same pair at once: one merge happens, the other is refused (the
    /// absorbed profile gone or the survivor changed), never a second merge record.
    @Test(arguments: StoreBackend.all)
    func twoCountersMergingOnePairMergeItOnce(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let other = try backend.secondCounter(to: store)
        for round in 0..<4 {
            let (ana, anna) = try twins(store)
            let plans = [try plan(store, ana.id!, anna.id!), try plan(other, ana.id!, anna.id!)]
            let stores = [store, other]
            let outcomes = Outcomes()
            let group = DispatchGroup()
            for index in 0..<2 {
                group.enter()
                Thread {
                    do {
                        _ = try stores[index].merges.apply(plans[index], now: now.addingTimeInterval(Double(round)))
                        outcomes.add("merged")
                    } catch StoreError.conflict {
                        outcomes.add("refused")
                    } catch StoreError.notFound {
                        outcomes.add("refused")
                    } catch {
                        outcomes.add("\(error)")
                    }
                    group.leave()
                }.start()
            }
            group.wait()
            #expect(outcomes.all.sorted() == ["merged", "refused"], "round \(round)")
            #expect(try store.merges.history(of: ana.id!).count == 1)
            #expect(try store.customers.customer(id: anna.id!) == nil)
        }
    }

    @Test(arguments: StoreBackend.all)
    func pairsIgnoredWithTheAbsorbedProfileComeBackWithItsUndo(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let (ana, anna) = try twins(store)
        let luis = try store.customers.create(Customer(givenName: "Luis", phoneNumber: "+1 415 555 0199"), now: now)
        try store.duplicates.ignore(DuplicateCluster(kind: .exact, reasons: [], customerIDs: [anna.id!, luis.id!]), now: now)
        let record = try store.merges.apply(try plan(store, ana.id!, anna.id!), now: now.addingTimeInterval(120))
        #expect(try store.duplicates.ignoredPairs().isEmpty)
        try store.merges.undo(mergeID: record.id, now: now.addingTimeInterval(180))
        #expect(try store.duplicates.ignoredPairs().map { [$0.firstID, $0.secondID] } == [[anna.id!, luis.id!]])
    }

    /// A purge leaves a marker of each record: undo says why it cannot, the history still lists it,
    /// and the next merge never takes its id.
    @Test(arguments: StoreBackend.all)
    func aPurgedMergeLeavesAMarkerAndItsIDIsNeverTakenAgain(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let (ana, anna) = try twins(store)
        let record = try store.merges.apply(try plan(store, ana.id!, anna.id!), now: now)
        #expect(try store.merges.purgeableCount(olderThanDays: 1, now: now.addingTimeInterval(2 * day)) == 1)
        #expect(try store.merges.purgeHistory(olderThanDays: 1, now: now.addingTimeInterval(2 * day)) == MergePurge(records: 1, files: 0))
        #expect(try store.merges.record(id: record.id) == nil)
        #expect(try store.merges.history(of: ana.id!).map(\.purgedAt) == [now.addingTimeInterval(2 * day)])
        do {
            try store.merges.undo(mergeID: record.id, now: now)
            Issue.record("a purged merge was undone")
        } catch MergeRefusal.purged(let marker) {
            #expect(marker.id == record.id && marker.absorbedName == anna.displayName)
        }
        let luis = try store.customers.create(Customer(givenName: "Luis", familyName: "Silva"), now: now)
        let next = try store.merges.apply(try plan(store, ana.id!, luis.id!), now: now.addingTimeInterval(3 * day))
        #expect(next.id == record.id + 1)
        #expect(try store.merges.purgeableCount(olderThanDays: 1, now: now.addingTimeInterval(3 * day)) == 0)
    }
}

/// What the racing threads report.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [String] = []
    func add(_ outcome: String) { lock.lock(); outcomes.append(outcome); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return outcomes }
}
